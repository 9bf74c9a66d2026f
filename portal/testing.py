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


def readers_form(client, form_at, /, **fields):
    """POST data of a readers' form (投稿, 举报) as a reader sends it: the page's CSRF token and
    the CAPTCHA answered with what its picture shows (read from the store the picture is drawn
    from), then `fields`."""
    from bs4 import BeautifulSoup
    from captcha.models import CaptchaStore

    form = BeautifulSoup(client.get(form_at).content, "html.parser").select_one("form.stacked-form")
    hashkey = form.select_one("input[name=captcha_0]")["value"]
    data = {"csrfmiddlewaretoken": form.select_one("input[name=csrfmiddlewaretoken]")["value"]}
    data |= {"captcha_0": hashkey, "captcha_1": CaptchaStore.objects.get(hashkey=hashkey).response}
    return data | fields
