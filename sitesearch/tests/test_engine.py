import os

import pytest
from django.db import connection

from sitesearch.backends import PostgresBackend, SQLiteBackend, get_backend


@pytest.mark.django_db
def test_the_engine_is_the_database_in_use():
    # test_postgres.py runs this file again with DATABASE_URL set and SITESEARCH_ENGINE=postgresql.
    assert connection.vendor == os.environ.get("SITESEARCH_ENGINE", connection.vendor)
    assert type(get_backend()) is {"sqlite": SQLiteBackend, "postgresql": PostgresBackend}[connection.vendor]
