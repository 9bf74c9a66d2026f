"""Two workers appending at once still make one chain (PostgreSQL: each thread its own
connection; SQLite's in-memory test database cannot be shared by threads that write)."""

import threading

import pytest
from django.db import connection

from audit_trail.models import AuditEntry
from audit_trail.verification import verify

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.postgresql,  # writers at once need a database server
]
WORKERS, EACH = 4, 25


def test_concurrent_appends_keep_one_chain():
    start = threading.Barrier(WORKERS)
    failures = []

    def work(n):
        try:
            start.wait()
            for i in range(EACH):
                AuditEntry.objects.append("test.concurrent", details={"worker": n, "i": i})
        except Exception as error:  # reported below, in the test's own thread
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    verdict = verify(AuditEntry.objects.order_by("sequence"))
    assert verdict.intact and verdict.checked == WORKERS * EACH
