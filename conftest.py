import threading

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler

from news.testing import home_page, make_channel


def _one_request_at_a_time(call):
    """The live server (browser tests, audits) answers one request at a time. Its threads share
    the in-memory test database in SQLite's shared-cache mode, where two queries at once can
    deadlock: one holds the cache's lock while calling back into Python for a date function,
    the other holds the GIL while waiting for that lock (seen as a Lighthouse run that hung)."""
    lock = threading.Lock()

    def serial(self, environ, start_response):
        with lock:
            return call(self, environ, start_response)

    return serial


StaticFilesHandler.__call__ = _one_request_at_a_time(StaticFilesHandler.__call__)


def pytest_collection_modifyitems(config, items):
    """Tests marked postgresql belong to `make test`'s PostgreSQL pass: on SQLite they are
    left out of the run, not counted as skipped."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    left_out = [item for item in items if item.get_closest_marker("postgresql")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("postgresql")]


@pytest.fixture
def home(db):
    return home_page()


@pytest.fixture
def channel(home):
    return make_channel("工会", "gonghui", home)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached pages, boxes (新闻排行) and beacon checks must not leak from one test to the next."""
    from delivery.testing import forget_cached_pages
    from ranking.beacon import forget_live_checks

    forget_cached_pages()
    forget_live_checks()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by emptying the database (Django's TransactionTestCase);
    Django's own runner runs such tests last for that reason, but xdist may hand the worker
    another file afterwards. Put back what the migrations made (site, groups, permissions,
    三审), so that the next test finds it whatever the order."""
    yield
    marker = item.get_closest_marker("django_db")
    # After the last test the session's fixtures are gone too: the test database with them.
    if nextitem is not None and marker and marker.kwargs.get("transaction"):
        from django.db import connections
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            for connection in connections.all(initialized_only=True):
                contents = getattr(connection, "_test_serialized_contents", None)
                if contents:
                    connection.creation.deserialize_db_from_string(contents)
                    _reset_sequences(connection)


def _reset_sequences(connection):
    """Rows came back with their ids; PostgreSQL's sequences must count on from them."""
    from django.apps import apps
    from django.core.management.color import no_style

    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)


@pytest.fixture(scope="session")
def redis_url():
    """A throwaway Redis server on 127.0.0.1 for this test process."""
    from portal.throwaway import redis_server

    with redis_server() as url:
        yield url
