"""审计日志: every privileged action, one row each, never changed or removed (triggers in the
database refuse it, see sealing.py), each row hashed together with the previous row's hash so
that a changed, removed or inserted row breaks the chain (`verify_audit_trail`)."""

import hashlib
import json
from datetime import UTC, datetime, time, timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, models, router, transaction
from django.utils import timezone

GENESIS = "0" * 64  # the "previous hash" of the first entry
# Key of PostgreSQL's transaction lock that lines up appenders (any 64-bit number of our own).
CHAIN_LOCK = 0x6175646974


def _text(value, limit):
    """Text as PostgreSQL can store it (no NUL) and as long as the column allows, so that
    what was hashed is exactly what is read back."""
    return str(value or "").replace("\x00", "")[:limit]


class AuditEntryQuerySet(models.QuerySet):
    def recorded_between(self, since=None, until=None):
        """Entries of the days from `since` to `until` (dates, both included, Beijing time)."""
        entries = self
        if since:
            entries = entries.filter(recorded_at__gte=_start_of(since))
        if until:
            entries = entries.filter(recorded_at__lt=_start_of(until + timedelta(days=1)))
        return entries


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


class AuditTrail(models.Manager.from_queryset(AuditEntryQuerySet)):
    def append(self, action, *, actor=None, actor_name="", actor_ip=None, target=None, details=None):
        """Add an entry at the end of the chain. `target` is (type, id, label) of what was acted on."""
        object_type, object_id, object_label = target or ("", "", "")
        entry = self.model(
            recorded_at=timezone.now(),
            actor_id=getattr(actor, "pk", None),
            actor_name=_text(actor_name or (actor.get_username() if actor else ""), 150),
            actor_ip=actor_ip,
            action=_text(action, 100),
            object_type=_text(object_type, 100),
            object_id=_text(object_id, 64),
            object_label=_text(object_label, 255),
            # As the database gives it back: JSON's own types, keys in any order.
            details=json.loads(json.dumps(details or {}, cls=DjangoJSONEncoder)),
        )
        using = router.db_for_write(self.model)
        with transaction.atomic(using=using):
            _line_up(connections[using])
            last = self.using(using).order_by("-sequence").values_list("sequence", "hash").first()
            entry.sequence, entry.previous_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
            entry.hash = entry.compute_hash()
            entry.save(using=using, force_insert=True)
        return entry


def _line_up(connection):
    """One appender at a time, so two never hang their entries on the same last one. On
    PostgreSQL a transaction lock, held until commit, after which the next appender's query
    sees the new last entry; SQLite lets one writer in at a time anyway (transactions begin
    IMMEDIATE, see settings), and the unique sequence refuses a fork if ever it did not."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK])


class AuditEntry(models.Model):
    sequence = models.PositiveBigIntegerField("序号", unique=True)
    recorded_at = models.DateTimeField("时间", db_index=True)
    # Copied, not linked: the entry outlives the account.
    actor_id = models.BigIntegerField("操作人编号", null=True, blank=True)
    actor_name = models.CharField("操作人", max_length=150, blank=True)
    actor_ip = models.CharField("IP 地址", max_length=45, null=True, blank=True)
    action = models.CharField("操作", max_length=100, db_index=True)
    object_type = models.CharField("对象类型", max_length=100, blank=True)
    object_id = models.CharField("对象编号", max_length=64, blank=True)
    object_label = models.CharField("对象", max_length=255, blank=True)
    details = models.JSONField("详情", default=dict, blank=True)
    previous_hash = models.CharField("前一条哈希", max_length=64)
    hash = models.CharField("哈希", max_length=64, unique=True)

    objects = AuditTrail()

    class Meta:
        verbose_name = verbose_name_plural = "审计日志"
        ordering = ["-sequence"]
        # Read only, for everyone: nobody can be given the right to add, change or delete.
        default_permissions = ("view",)

    def __str__(self):
        return f"#{self.sequence} {self.action} {self.actor_name}"

    def canonical(self):
        """The entry as one JSON text, the same on every database and Python version."""
        fields = {
            "sequence": self.sequence,
            "recorded_at": self.recorded_at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "actor_ip": self.actor_ip,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "object_label": self.object_label,
            "details": self.details,
            "previous_hash": self.previous_hash,
        }
        return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def compute_hash(self):
        return hashlib.sha256(self.canonical().encode()).hexdigest()
