"""Helpers for tests that call the WSGI application directly, as a server would."""

from contextlib import contextmanager

from django.core.signals import request_finished, request_started
from django.db import close_old_connections


@contextmanager
def connection_kept_through_requests():
    """As Django's test client does: without it, the end of each request closes the
    database connection (on PostgreSQL), and the test's transaction with it."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
