"""A reader's view of an article, counted: what the beacon view and its WSGI fast path share.

Behind the production nginx a beacon never reaches the app (nginx answers and logs it:
beacon_log). Without nginx (`make run`, a server without the site file) the app answers
it: `fast_path` before Django's request handling (no middleware, no URL resolving), about
a tenth of the work of a view."""

import base64
import re
import time
from types import SimpleNamespace
from urllib.parse import parse_qs

from portal.clients import client_address

from .admission import Verdict, judge
from .bots import is_bot
from .counting import counter
from .queries import is_live_article

# A 1×1 transparent GIF for <noscript><img>.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
BEACON = re.compile(r"/ranking/hit/([0-9]{1,18})/")
NEVER_CACHE = ("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private")
# How long this process trusts an answer of is_live_article (the shared cache keeps it as long).
LOCAL_SECONDS = 10

_live = {}  # article id → (until, live): no Redis round trip for the same article again


def count_view(article_id, user_agent, address, given_token) -> bool:
    """Count a view unless the reader is a crawler or admission turns it away (ranking.admission);
    False if there is no such live article. Either way the reader gets the same answer."""
    if not _is_live(article_id):
        return False
    if not is_bot(user_agent):
        verdict = judge([(article_id, address, user_agent, given_token, time.time())])[0]
        if verdict == Verdict.COUNTED:
            counter.hit(article_id)
    return True


def _is_live(article_id):
    now = time.monotonic()
    until, live = _live.get(article_id, (0, False))
    if until < now:
        live = is_live_article(article_id)
        if len(_live) > 100_000:
            _live.clear()
        _live[article_id] = (now + LOCAL_SECONDS, live)
    return live


def forget_live_checks():
    _live.clear()


def fast_path(django_application):
    """The WSGI application: beacons of live articles answered here, everything else (an
    unknown article's 404 page included) by Django."""

    def application(environ, start_response):
        found = BEACON.fullmatch(environ.get("PATH_INFO", ""))
        method = environ.get("REQUEST_METHOD")
        if found is None or method not in ("GET", "POST"):
            return django_application(environ, start_response)
        address = client_address(SimpleNamespace(META=environ))
        given = parse_qs(environ.get("QUERY_STRING", "")).get("t", [""])[0]
        if not count_view(int(found.group(1)), environ.get("HTTP_USER_AGENT", ""), address, given):
            return django_application(environ, start_response)
        if method == "POST":
            start_response("204 No Content", [NEVER_CACHE])
            return []
        start_response("200 OK", [("Content-Type", "image/gif"), ("Content-Length", str(len(PIXEL))), NEVER_CACHE])
        return [PIXEL]

    return application
