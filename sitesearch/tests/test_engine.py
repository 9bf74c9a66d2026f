import os

import pytest
from django.db import connection

from sitesearch.backends import PostgresBackend, SQLiteBackend, get_backend


@pytest.mark.django_db
def test_the_engine_is_the_database_in_use():
    # `make test` runs the whole suite again on PostgreSQL, with TEST_DATABASE=postgresql.
    assert connection.vendor == os.environ.get("TEST_DATABASE", "sqlite")
    assert type(get_backend()) is {"sqlite": SQLiteBackend, "postgresql": PostgresBackend}[connection.vendor]
