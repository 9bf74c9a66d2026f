import pytest
from django.db import connection

from audit_trail.models import AuditEntry
from audit_trail.sealing import unsealed


@pytest.fixture(autouse=True)
def _empty_trail(request):
    """Each test reads a trail of its own making: the entries the migrations left (the roles
    granted on migrate) are lifted inside the test's transaction, which puts them back."""
    if "db" in request.fixturenames:
        request.getfixturevalue("db")
    elif not request.node.get_closest_marker("django_db"):
        return
    with unsealed(connection):
        AuditEntry.objects.all().delete()
