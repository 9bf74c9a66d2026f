"""The page store answered before Django (the embedded default, `make run`): a warm page
is a dict look-up and its stored headers, as fast as the framework's own ceiling allows.

Only plain addresses are looked up here (ASCII, nothing that Django would re-encode), so
the key is the one DeliveryMiddleware files the page under; anything else, and every
miss, goes through Django as usual."""

import re

from .backends import page_stores

PLAIN = re.compile(r"[A-Za-z0-9/_.\-~=&]*")


def serve_stored(django_application):
    def application(environ, start_response):
        stored = _stored(environ) if environ.get("REQUEST_METHOD") in ("GET", "HEAD") else None
        if stored is None:
            return django_application(environ, start_response)
        if _still_current(environ, stored):
            start_response("304 Not Modified", [(k, v) for k, v in stored.items() if k.lower() != "content-length"])
            return []
        start_response(f"{stored.status_code} {stored.reason_phrase}", list(stored.items()))
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [stored.content]

    return application


def _still_current(environ, stored):
    """The browser's copy is this one: by its ETag, or (without one) its Last-Modified as
    nginx compares it (exactly)."""
    etag = environ.get("HTTP_IF_NONE_MATCH")
    if etag:
        return etag == stored.get("ETag")
    since = environ.get("HTTP_IF_MODIFIED_SINCE")
    return bool(since) and since == stored.get("Last-Modified")


def _stored(environ):
    path, query = environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", "")
    host = environ.get("HTTP_HOST", "").split(":")[0].lower()
    if not (PLAIN.fullmatch(path) and PLAIN.fullmatch(query) and host):
        return None
    key = f"{environ.get('wsgi.url_scheme', 'http')}://{host}{path}{'?' + query if query else ''}"
    for store in page_stores():
        found = store.lookup(key)
        if found is not None:
            return found
    return None
