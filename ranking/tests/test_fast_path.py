"""The beacon answered before Django (portal.wsgi): the same answers as the view."""

from io import BytesIO

import pytest
from django.core.wsgi import get_wsgi_application

from portal.testing import connection_kept_through_requests
from ranking.admission import token
from ranking.beacon import PIXEL, fast_path

READER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"
application = fast_path(get_wsgi_application())


@pytest.fixture(autouse=True)
def _as_a_server_calls_it():
    with connection_kept_through_requests():
        yield


def call(path, method="POST", agent=READER, query=""):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "REMOTE_ADDR": "192.0.2.7",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "HTTP_USER_AGENT": agent,
        "wsgi.input": BytesIO(b""),
        "wsgi.url_scheme": "http",
    }
    answered = {}

    def start_response(status, headers):
        answered.update(status=status, headers=dict(headers))

    body = b"".join(application(environ, start_response))
    return answered["status"], answered["headers"], body


def test_a_beacon_counts_and_answers_without_django(beacon_counter, article):
    signed = f"t={token(article.id)}"
    status, headers, body = call(f"/ranking/hit/{article.id}/", query=signed)
    assert status.startswith("204") and body == b""
    assert "no-store" in headers["Cache-Control"]
    status, headers, body = call(f"/ranking/hit/{article.id}/", method="GET", agent=READER + " 2", query=signed)
    assert status.startswith("200") and headers["Content-Type"] == "image/gif" and body == PIXEL
    call(f"/ranking/hit/{article.id}/", agent="Baiduspider", query=signed)
    call(f"/ranking/hit/{article.id}/", query=signed)  # the first reader again: a repeat
    call(f"/ranking/hit/{article.id}/", agent=READER + " 3")  # no token: not from our page
    assert beacon_counter.flush() == 2


def test_anything_else_goes_to_django(beacon_counter, article):
    assert call("/ranking/hit/999999999999/")[0].startswith("404")  # the portal's own 404 page
    assert call(f"/ranking/hit/{article.id}/", method="PUT")[0].startswith("405")
    assert call("/ranking/hit/x/", method="GET")[0].startswith("404")
    assert beacon_counter.flush() == 0
