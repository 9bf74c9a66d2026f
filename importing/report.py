"""The report of an import: every file (or item of a file) with its result, as CSV written
while the import runs (a run cut short keeps what it did) and as JSON at the end."""

import csv
import json
from collections import Counter
from dataclasses import asdict, fields
from pathlib import Path

from .archive import Outcome

COLUMNS = [f.name for f in fields(Outcome)]


class Report:
    def __init__(self, base: Path, dry_run: bool):
        self.csv_path, self.json_path = base.with_suffix(".csv"), base.with_suffix(".json")
        self.csv_path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.csv_path, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 - kept open while the import runs
        self._writer = csv.DictWriter(self._file, COLUMNS)
        self._writer.writeheader()
        self.rows: list[dict] = []
        self.counts: Counter = Counter()
        self.dry_run = dry_run

    def add(self, outcome: Outcome):
        row = asdict(outcome)
        self._writer.writerow(row)
        self._file.flush()  # a run killed with kill -9 keeps its report up to that row
        self.rows.append(row)
        self.counts[outcome.result] += 1

    def close(self):
        self._file.close()
        summary = {"dry_run": self.dry_run, "counts": dict(self.counts), "items": self.rows}
        self.json_path.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
