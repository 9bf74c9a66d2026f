"""Old addresses: the key an old URL is stored under, and the 301 that answers it.

The site's own old hosts (settings.OLD_SITE_HOSTS) are the portal's now, so their paths
are keyed without a host and match whatever host the portal answers on; a sub-site host
(xz.example.cn) keeps its host in the key. Only a request that would be a 404 looks an
address up: one indexed query, so the 404 path stays fast at a million addresses."""

import hashlib
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from wagtail.models import Page

from mirror.addresses import to_mirror

from .models import OldAddress

MAX_KEY = 1000
WORDPRESS_QUERIES = {"p", "page_id"}


def key_of(address: str) -> str:
    """'http://www.example.cn/c/1.shtml' → '/c/1.shtml'; 'xz.example.cn/a.shtml' → 'xz.example.cn/a.shtml'."""
    parts = urlsplit(address if "://" in address else "//" + address.lstrip("/"))
    host = (parts.hostname or "").lower()
    path = unquote(parts.path) or "/"
    if parts.query:
        path += "?" + parts.query
    return bounded(path if not host or host in settings.OLD_SITE_HOSTS else host + path)


def bounded(key: str) -> str:
    """A key that fits the column: a longer one keeps its start and ends in its own hash,
    so two long addresses never share a key."""
    if len(key) <= MAX_KEY:
        return key
    return key[: MAX_KEY - 65] + "#" + hashlib.sha256(key.encode()).hexdigest()


def mirror_addresses(address: str) -> list[str]:
    """The old traditional mirror's addresses of a page (settings.OLD_MIRROR_ADDRESSES:
    templates such as 'big5.example.cn/gate/big5/{host}{path}')."""
    parts = urlsplit(address)
    if not parts.hostname:
        return []
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return [template.format(host=parts.hostname, path=path) for template in settings.OLD_MIRROR_ADDRESSES]


def _candidates(request):
    host = request.get_host().split(":")[0].lower()
    paths = [request.path]
    if request.META.get("QUERY_STRING"):
        paths.insert(0, f"{request.path}?{request.META['QUERY_STRING']}")
    return [bounded(key) for path in paths for key in (path, host + path)]


def answer(request):
    """The 301 for an old address of a live article, or None. A miss is one small query
    on the key's index; the article is read only for a hit."""
    if "\x00" in request.path:
        return None  # no key holds one (PostgreSQL refuses NUL in text)
    found = list(OldAddress.objects.filter(key__in=_candidates(request)).values_list("article_id", "traditional")[:1])
    if not found:
        return None
    article_id, traditional = found[0]
    article = Page.objects.filter(pk=article_id, live=True).first()
    if article is None:
        return None
    url = article.get_url(request)
    return HttpResponsePermanentRedirect(to_mirror(url, request.get_host()) if traditional else url)


class OldAddressMiddleware:
    """A 404 on GET or HEAD asks the old addresses before it reaches the reader. So does
    the home page asked with a WordPress post's query (/?p=123), which would not be a 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reading = request.method in ("GET", "HEAD")
        if reading and request.path == "/" and WORDPRESS_QUERIES.intersection(request.GET):
            redirect = answer(request)
            if redirect is not None:
                return redirect
        response = self.get_response(request)
        if response.status_code == 404 and reading:
            return answer(request) or response
        return response
