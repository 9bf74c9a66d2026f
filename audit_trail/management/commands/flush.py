"""Django's `flush`, which empties every table, the audit trail's included: the trail's
triggers (sealing.py) would refuse it, so they are lifted for that moment and put back. Tests
flush after every transactional test; on a live site, flushing is erasing everything."""

from django.core.management.commands import flush
from django.db import DEFAULT_DB_ALIAS, connections

from audit_trail.sealing import unsealed


class Command(flush.Command):
    def handle(self, **options):
        with unsealed(connections[options.get("database") or DEFAULT_DB_ALIAS]):
            super().handle(**options)
