import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from audit_trail.models import GENESIS, AuditEntry
from audit_trail.sealing import unsealed


def append(action="test.action", **fields):
    return AuditEntry.objects.append(action, **fields)


def test_entries_hang_on_the_one_before(db):
    first = append(details={"标题": "劳模表彰"})
    second = append(target=("news.article", "7", "稿件"))
    assert (first.sequence, first.previous_hash) == (1, GENESIS)
    assert (second.sequence, second.previous_hash) == (2, first.hash)


def test_the_hash_is_the_same_read_back(db):
    """What the database gives back (time, JSON, text) hashes as it did when it was written."""
    entry = append(actor_name="张三", actor_ip="2001:db8::1", details={"b": [1, "二"], "a": {"z": None, "y": True}})
    assert AuditEntry.objects.get(pk=entry.pk).compute_hash() == entry.hash


def test_text_the_database_could_not_keep_is_cut_before_hashing(db):
    entry = append(actor_name="x\x00y" * 100, target=("t", "1", "长" * 300))
    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.actor_name == ("xy" * 100)[:150]
    assert len(stored.object_label) == 255
    assert stored.compute_hash() == entry.hash


def test_the_database_refuses_to_change_or_remove_an_entry(db):
    entry = append()
    for attempt in (
        lambda: AuditEntry.objects.filter(pk=entry.pk).update(action="x"),
        lambda: AuditEntry.objects.filter(pk=entry.pk).delete(),
        lambda: _raw("UPDATE audit_trail_auditentry SET actor_name = 'x' WHERE id = %s", [entry.pk]),
        lambda: _raw("DELETE FROM audit_trail_auditentry"),
    ):
        with pytest.raises(DatabaseError, match="审计日志只能追加"), transaction.atomic():
            attempt()
    assert AuditEntry.objects.get(pk=entry.pk).action == "test.action"


@pytest.mark.postgresql  # TRUNCATE is PostgreSQL's
def test_truncate_is_refused_too(db):
    append()
    with pytest.raises(DatabaseError, match="审计日志只能追加"), transaction.atomic():
        _raw("TRUNCATE audit_trail_auditentry")


def test_the_triggers_come_back_after_being_lifted(db):
    entry = append()
    with unsealed(connection):
        _raw("UPDATE audit_trail_auditentry SET actor_name = 'x' WHERE id = %s", [entry.pk])
    with pytest.raises(DatabaseError), transaction.atomic():
        _raw("UPDATE audit_trail_auditentry SET actor_name = 'y' WHERE id = %s", [entry.pk])


def _raw(sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_flush_empties_the_trail_and_seals_it_again():
    """What every transactional test ends with: Django's flush, past the triggers (without the
    post_migrate that would make roles and their trail again: the test database's contents
    are put back after the test, as after every transactional test)."""
    append()
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    assert not AuditEntry.objects.exists()
    entry = append()
    with pytest.raises(DatabaseError, match="审计日志只能追加"), transaction.atomic():
        AuditEntry.objects.filter(pk=entry.pk).delete()
