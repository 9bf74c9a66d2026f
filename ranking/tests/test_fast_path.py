"""The beacon answered before Django (portal.wsgi): the same answers as the view."""

from io import BytesIO

import pytest
from django.core.wsgi import get_wsgi_application

from portal.testing import connection_kept_through_requests
from ranking.beacon import PIXEL, fast_path

READER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"
application = fast_path(get_wsgi_application())


@pytest.fixture(autouse=True)
def _as_a_server_calls_it():
    with connection_kept_through_requests():
        yield


def call(path, method="POST", agent=READER):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
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
    status, headers, body = call(f"/ranking/hit/{article.id}/")
    assert status.startswith("204") and body == b""
    assert "no-store" in headers["Cache-Control"]
    status, headers, body = call(f"/ranking/hit/{article.id}/", method="GET")
    assert status.startswith("200") and headers["Content-Type"] == "image/gif" and body == PIXEL
    call(f"/ranking/hit/{article.id}/", agent="Baiduspider")
    assert beacon_counter.flush() == 2


def test_anything_else_goes_to_django(beacon_counter, article):
    assert call("/ranking/hit/999999999999/")[0].startswith("404")  # the portal's own 404 page
    assert call(f"/ranking/hit/{article.id}/", method="PUT")[0].startswith("405")
    assert call("/ranking/hit/x/", method="GET")[0].startswith("404")
    assert beacon_counter.flush() == 0
