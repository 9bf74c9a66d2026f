"""The embedded default's page cache: whole responses in this process's memory.

Kept as they are, not pickled into a Django cache: answering a warm page is then a dict
look-up and a copy of its headers. The oldest copies go first past MAX_ENTRIES."""

import threading
import time
from collections import OrderedDict

from django.http import HttpResponse

from .base import CacheBackend

MAX_ENTRIES = 5000


class LocalPages(CacheBackend):
    serves_pages = True

    def __init__(self, max_entries=MAX_ENTRIES):
        self._pages = OrderedDict()  # address → (until, status, headers, content)
        self._lock = threading.Lock()
        self._max_entries = max_entries

    def lookup(self, key):
        stored = self._pages.get(key)
        if stored is None:
            return None
        until, status, headers, content = stored
        if until < time.monotonic():
            self.purge([key])
            return None
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response

    def store(self, key, response, seconds):
        with self._lock:
            self._pages[key] = (
                time.monotonic() + seconds,
                response.status_code,
                list(response.items()),
                response.content,
            )
            self._pages.move_to_end(key)
            while len(self._pages) > self._max_entries:
                self._pages.popitem(last=False)

    def purge(self, keys):
        with self._lock:
            for key in keys:
                self._pages.pop(key, None)

    def clear(self):
        with self._lock:
            self._pages.clear()
