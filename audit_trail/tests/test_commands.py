import csv
import json
from datetime import datetime, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from audit_trail.models import AuditEntry
from audit_trail.sealing import unsealed

FORMULA = '=HYPERLINK("http://evil.example","点这里")'


@pytest.fixture
def trail(db):
    return [
        AuditEntry.objects.append("auth.login", actor_name="王晓明", actor_ip="203.0.113.7"),
        AuditEntry.objects.append("wagtail.publish", target=("news.article", "7", "劳模座谈会召开")),
        AuditEntry.objects.append("auth.login_failed", actor_name=FORMULA, details={"username": FORMULA}),
        AuditEntry.objects.append("auth.logout", actor_name="+1-2", details={"备注": "-负数"}),
    ]


def verify(*args):
    out = []
    call_command("verify_audit_trail", *args, verbosity=0, stdout=_Lines(out))
    return "".join(out)


class _Lines:
    def __init__(self, out):
        self.out = out

    def write(self, text):
        self.out.append(text)

    def flush(self):
        pass


def tamper(sql, *params):
    """What someone with the database's keys could do: lift the triggers, change, put them back."""
    with unsealed(connection), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_an_untouched_trail_verifies(trail):
    assert f"共 4 条。最后一条 4:{trail[-1].hash}" in verify()


def test_an_empty_trail_verifies(db):
    assert "共 0 条" in verify()


def test_a_changed_entry_is_named(trail):
    tamper("UPDATE audit_trail_auditentry SET actor_name = %s WHERE sequence = 2", "李四")
    with pytest.raises(CommandError, match="第 2 条起不可信:内容与哈希不符"):
        verify()


def test_a_changed_entry_with_its_hash_recomputed_breaks_the_next_link(trail):
    changed = AuditEntry.objects.get(sequence=2)
    changed.object_label = "另一篇"
    tamper(
        "UPDATE audit_trail_auditentry SET object_label = %s, hash = %s WHERE sequence = 2",
        changed.object_label,
        changed.compute_hash(),
    )
    with pytest.raises(CommandError, match="第 3 条起不可信:记录的前一条哈希"):
        verify()


def test_a_removed_entry_is_named(trail):
    tamper("DELETE FROM audit_trail_auditentry WHERE sequence = 3")
    with pytest.raises(CommandError, match="缺少第 3 条"):
        verify()


def test_a_removed_tail_shows_only_against_the_noted_head(trail):
    head = f"4:{trail[-1].hash}"
    tamper("DELETE FROM audit_trail_auditentry WHERE sequence = 4")
    assert "共 3 条" in verify()
    with pytest.raises(CommandError, match="第 4 条已不是记下的那一条"):
        verify("--head", head)


def export(tmp_path, format, *args):
    target = tmp_path / f"trail.{format}"
    call_command("export_audit_trail", "--format", format, "-o", str(target), *args, verbosity=0, stdout=_Lines([]))
    return target


def test_csv_opens_in_a_spreadsheet_without_running_formulas(trail, tmp_path):
    target = export(tmp_path, "csv")
    assert target.read_bytes().startswith("\ufeff".encode())
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig", newline="")))
    assert [r["sequence"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0]["actor_name"] == "王晓明" and rows[1]["object_label"] == "劳模座谈会召开"
    assert rows[2]["actor_name"] == "'" + FORMULA
    assert rows[3]["actor_name"] == "'+1-2"
    assert json.loads(rows[2]["details"]) == {"username": FORMULA}  # inside JSON, a formula is inert
    assert rows[3]["hash"] == trail[3].hash


def test_json_carries_what_it_takes_to_check_the_hashes_again(trail, tmp_path):
    rows = json.loads(export(tmp_path, "json").read_text(encoding="utf-8"))
    assert rows[2]["actor_name"] == FORMULA and rows[3]["details"] == {"备注": "-负数"}
    for row in rows:
        entry = AuditEntry(**{**row, "recorded_at": datetime.fromisoformat(row["recorded_at"])})
        assert entry.compute_hash() == row["hash"]


def test_export_by_date_and_twice(trail, tmp_path):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    today = timezone.localdate().isoformat()
    assert json.loads(export(tmp_path, "json", "--until", yesterday).read_text()) == []
    export(tmp_path, "json", "--since", today, "--until", today)
    assert len(json.loads(export(tmp_path, "json", "--since", today).read_text())) == 4
    assert [p.name for p in tmp_path.iterdir()] == ["trail.json"]
