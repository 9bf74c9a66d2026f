"""Which cached addresses showed which tags: filled as responses are cached, emptied as
tags are purged. `take(tags)` hands the addresses over once, so a burst of edits that
touch the same lists purges each cached address once, and again only after it was
rendered anew.

A tag purged after a rendering began refuses that rendering (`record` is False): it read
the database before the edit, and caching it would bring the old page back."""

import logging
import threading
import time
from collections import defaultdict
from functools import cache

from django.conf import settings

logger = logging.getLogger(__name__)

# How long a purge of a tag refuses renderings that began before it.
REFUSE_SECONDS = 300


class MemoryIndex:
    """One process's index: the embedded default, whose only cache is in the process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._keys = defaultdict(set)  # tag → addresses
        self._expires = {}  # address → when its cached copy ends
        self._purged = {}  # tag → when it was last purged
        self._prune_above = 2000

    def record(self, key, tags, seconds, started) -> bool:
        now = time.time()
        with self._lock:
            if any(self._purged.get(tag, 0) >= started for tag in tags):
                return False
            for tag in tags:
                self._keys[tag].add(key)
            self._expires[key] = now + seconds
            if len(self._expires) > self._prune_above:
                self._prune(now)
        return True

    def take(self, tags) -> set:
        now = time.time()
        with self._lock:
            keys = set()
            for tag in tags:
                keys |= self._keys.pop(tag, set())
                self._purged[tag] = now
        return keys

    def clear(self):
        with self._lock:
            self._keys.clear()
            self._expires.clear()
            self._purged.clear()

    def _prune(self, now):
        """Forget addresses whose copies have ended, and old purge times."""
        ended = {key for key, until in self._expires.items() if until < now}
        for key in ended:
            del self._expires[key]
        for tag in list(self._keys):
            self._keys[tag] -= ended
            if not self._keys[tag]:
                del self._keys[tag]
        self._purged = {tag: at for tag, at in self._purged.items() if at > now - REFUSE_SECONDS}
        self._prune_above = max(2000, 2 * len(self._expires))


# One round trip however many tags a page has (a home page shows hundreds of articles):
# KEYS are the tags' sets, then their purge marks; ARGV the address, its lifetime and when
# its rendering began. Refused (0) if a tag was purged since; a set lives as long as the
# longest copy it names.
RECORD_SCRIPT = """
local n = #KEYS / 2
for i = 1, n do
  local purged = redis.call('GET', KEYS[n + i])
  if purged and tonumber(purged) >= tonumber(ARGV[3]) then return 0 end
end
for i = 1, n do
  redis.call('SADD', KEYS[i], ARGV[1])
  if redis.call('TTL', KEYS[i]) < tonumber(ARGV[2]) then redis.call('EXPIRE', KEYS[i], ARGV[2]) end
end
return 1
"""


class RedisIndex:
    """The index shared by every app process and machine: a Redis set per tag.

    While Redis cannot be reached, pages are still served, but not cached (nothing could
    purge them), and a purge is logged as lost: copies made before end with their time
    to live."""

    def __init__(self, url):
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=0.5)
        self._errors = (redis.RedisError, OSError)
        self._record_script = self._redis.register_script(RECORD_SCRIPT)

    def record(self, key, tags, seconds, started) -> bool:
        try:
            return self._record(key, sorted(tags), seconds, started)
        except self._errors:
            logger.warning("Redis unreachable: %s is served uncached", key)
            return False

    def take(self, tags) -> set:
        try:
            return self._take(tags)
        except self._errors:
            logger.exception("Redis unreachable: the purge of %s is lost", sorted(tags))
            return set()

    def _record(self, key, tags, seconds, started) -> bool:
        if not tags:
            return True
        names = [f"delivery:tag:{tag}" for tag in tags] + [f"delivery:purged:{tag}" for tag in tags]
        return bool(self._record_script(keys=names, args=[key, seconds, started]))

    def _take(self, tags) -> set:
        if not tags:
            return set()
        names = [f"delivery:tag:{tag}" for tag in tags]
        now = str(time.time())
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.sunion(names)
            pipe.delete(*names)
            for tag in tags:
                pipe.set(f"delivery:purged:{tag}", now, ex=REFUSE_SECONDS)
            keys = pipe.execute()[0]
        return {key.decode() for key in keys}

    def clear(self):
        for name in self._redis.scan_iter("delivery:*", count=1000):
            self._redis.delete(name)


@cache
def index():
    """The index the settings name (DELIVERY_INDEX), made once per process."""
    if settings.DELIVERY_INDEX == "memory":
        return MemoryIndex()
    return RedisIndex(settings.DELIVERY_INDEX)
