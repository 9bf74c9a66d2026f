"""Serve a reader's request from the page store when it can, and mark what may be cached.

A response is cached when its view asked for it (tags.cache_response), it is a plain
200/301/302/404 without cookies, and nothing it showed was purged while it rendered. It
then says so in its headers: `Cache-Control` for browsers and CDNs (revalidate every
time, so a publish is seen at once; serve stale if the origin fails), `Last-Modified` (when
this copy was rendered: every change renders it anew), `X-Accel-Expires` for nginx's
cache, and its tags are recorded in the index. Everything else is marked
private, so no cache between here and the reader keeps it."""

import time

from django.conf import settings
from django.utils.cache import add_never_cache_headers, get_conditional_response, has_vary_header
from django.utils.http import http_date, parse_http_date_safe

from . import tags
from .backends import page_stores
from .index import index

CACHEABLE_STATUS = {200, 301, 302, 404}


def cache_key(request):
    """The address a cached copy is filed under: what nginx passes in X-Cache-Key, or
    scheme://host/path?query (the same form) when there is no proxy in front."""
    if settings.DELIVERY_KEY_HEADER:
        given = request.headers.get(settings.DELIVERY_KEY_HEADER)
        if given:
            return given
    return f"{request.scheme}://{request.get_host().split(':')[0].lower()}{request.get_full_path()}"


class DeliveryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        key = cache_key(request)
        for store in page_stores():
            stored = store.lookup(key)
            if stored is not None:  # a browser's copy that is still current gets a 304
                modified = parse_http_date_safe(stored.get("Last-Modified", ""))
                return get_conditional_response(request, stored.get("ETag"), modified, stored)
        rendering = tags.begin(time.time())
        try:
            response = self.get_response(request)
        finally:
            tags.end()
        seconds = _seconds(rendering)
        if seconds and _shareable(response) and index().record(key, rendering.tags, seconds, rendering.started):
            _mark_public(response, seconds, rendering.started)
            if request.method == "GET":
                for store in page_stores():
                    store.store(key, response, seconds)
        elif not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response


def _seconds(rendering):
    if rendering.seconds is None:
        return 0
    seconds = rendering.seconds
    if rendering.until is not None:
        seconds = min(seconds, int(rendering.until.timestamp() - time.time()))
    return max(seconds, 0)


def _shareable(response):
    return (
        response.status_code in CACHEABLE_STATUS
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and "private" not in response.get("Cache-Control", "")
    )


def _mark_public(response, seconds, rendered):
    response.setdefault("Last-Modified", http_date(int(rendered)))
    response["Cache-Control"] = f"public, max-age=0, must-revalidate, stale-if-error={settings.DELIVERY_STALE_SECONDS}"
    response["X-Accel-Expires"] = str(seconds)
