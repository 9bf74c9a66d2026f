"""nginx's proxy cache, emptied through its purge location (ngx_cache_purge).

The site (deploy/nginx/portal.conf) keys its cache by `$scheme://$host$request_uri`, hands
that key to the app in `X-Cache-Key`, and forgets the copy whose key a request to
`/_purge` names in `X-Purge-Key` (allowed from the app machines only). One kept-alive
connection per purge call; a copy that is not cached answers 404, which is no error."""

import http.client
import logging
from urllib.parse import urlsplit

from .base import CacheBackend

logger = logging.getLogger(__name__)


class NginxPurge(CacheBackend):
    def __init__(self, location, timeout=2):
        parts = urlsplit(location)
        self._host, self._port, self._path = parts.hostname, parts.port or 80, parts.path or "/_purge"
        self._timeout = timeout

    def purge(self, keys):
        if not keys:
            return
        connection = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
        try:
            for key in keys:
                connection.request("PURGE", self._path, headers={"X-Purge-Key": key})
                response = connection.getresponse()
                response.read()
                if response.status not in (200, 404):
                    logger.warning("nginx purge of %s answered %s", key, response.status)
        finally:
            connection.close()
