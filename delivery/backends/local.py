"""The embedded default's page cache: whole responses in a Django cache of this process."""

import hashlib

from django.core.cache import caches
from django.http import HttpResponse

from .base import CacheBackend


class LocalPages(CacheBackend):
    serves_pages = True

    def __init__(self, cache="pages"):
        self._cache = caches[cache]

    def lookup(self, key):
        stored = self._cache.get(_name(key))
        if stored is None:
            return None
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response

    def store(self, key, response, seconds):
        headers = list(response.items())
        self._cache.set(_name(key), (response.status_code, headers, response.content), seconds)

    def purge(self, keys):
        self._cache.delete_many([_name(key) for key in keys])


def _name(key):
    """Addresses can be long; cache keys of any backend are short."""
    return "page:" + hashlib.sha256(key.encode()).hexdigest()
