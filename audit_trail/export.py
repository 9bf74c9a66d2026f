"""The trail as CSV or JSON, streamed a row at a time, every field as stored, so that whoever
receives a file can check the hashes again. CSV opens in a spreadsheet: it starts with a BOM
(Excel then reads UTF-8), and a cell that a spreadsheet would run as a formula is written
with a leading apostrophe."""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

FIELDS = [
    "sequence",
    "recorded_at",
    "actor_id",
    "actor_name",
    "actor_ip",
    "action",
    "object_type",
    "object_id",
    "object_label",
    "details",
    "previous_hash",
    "hash",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def row(entry):
    values = {field: getattr(entry, field) for field in FIELDS}
    values["recorded_at"] = timezone.localtime(entry.recorded_at).isoformat(timespec="microseconds")
    return values


def json_chunks(entries):
    yield "["
    for n, entry in enumerate(entries):
        yield ("\n" if n == 0 else ",\n") + json.dumps(row(entry), ensure_ascii=False, cls=DjangoJSONEncoder)
    yield "\n]\n"


class _Line:
    def write(self, text):
        return text


def csv_lines(entries):
    writer = csv.writer(_Line())
    yield BOM + writer.writerow(FIELDS)
    for entry in entries:
        yield writer.writerow([_cell(value) for value in row(entry).values()])


def _cell(value):
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


FORMATS = {"csv": csv_lines, "json": json_chunks}
