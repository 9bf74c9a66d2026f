"""Buffered view counting: a beacon adds to a buffer, a flush adds the buffer to ViewCount.

The hot path never writes the database. `counter` is what the beacon and the demo
content use: this process's memory by default, Redis when REDIS_URL is set, so that
every app process counts into one buffer that survives a worker killed with -9."""

import contextlib
import logging
import multiprocessing.util
import os
import signal
import threading
import uuid
from collections import Counter
from datetime import UTC, datetime

from django.conf import settings
from django.utils import timezone

from portal.periodic import PeriodicJob

from .models import ViewCount

logger = logging.getLogger(__name__)


def hour_of(when):
    """The start of the hour of `when`, in UTC so one instant is one key whatever its
    time zone; Beijing is UTC+8, so it is also the start of the Beijing hour."""
    if timezone.is_naive(when):
        raise ValueError("a view's time must be an aware datetime")
    return when.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


class BufferedCounter:
    """hit() adds to a buffer, flush() adds it to ViewCount; subclasses keep the buffer.

    From the first hit on, a daemon thread flushes every RANKING_FLUSH_SECONDS; a clean
    shutdown flushes what is left (hooks installed at start-up by RankingConfig.ready).
    RANKING_FLUSH_SECONDS = 0 turns both off, so that only explicit flushes write
    (tests: nothing reaches another database at exit)."""

    _started = False

    def hit(self, article_id, when=None, n=1):
        """Count n views of an article at `when` (now by default)."""
        if n < 1:
            raise ValueError("a hit counts at least one view")
        self._add(article_id, hour_of(when or timezone.now()), n)
        if not self._started:
            self._started = True
            self._start_flushing()

    def _add(self, article_id, hour, n):
        raise NotImplementedError

    def flush(self) -> int:
        raise NotImplementedError

    def _write(self, pending) -> int:
        return ViewCount.objects.add(pending)

    def flush_quietly(self):
        """flush() for the background thread and shutdown, where nobody could handle an error."""
        try:
            self.flush()
        except Exception:
            logger.exception("Could not store the buffered view counts")

    def flush_at_shutdown(self):
        """Flush at process exit and on SIGTERM, then let the previous SIGTERM handler act.
        Called at start-up: a signal handler can only be installed from the main thread,
        and the first hit usually arrives in a server's worker thread.

        The exit hook is multiprocessing's, not atexit: a server's worker processes
        (granian's) are forked children that end with os._exit(), which skips atexit,
        after running these; the main process runs them at exit as well."""
        self.at_exit = multiprocessing.util.Finalize(None, self.flush_quietly, exitpriority=10)
        if threading.current_thread() is threading.main_thread():
            previous = signal.getsignal(signal.SIGTERM)
            signal.signal(signal.SIGTERM, lambda signum, frame: self._on_sigterm(previous, signum, frame))

    def _on_sigterm(self, previous, signum, frame):
        self.flush_quietly()
        if callable(previous):
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            # End the way SIGTERM would have ended the process, now that nothing is lost.
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    def _start_flushing(self):
        seconds = settings.RANKING_FLUSH_SECONDS
        if seconds <= 0:
            return
        PeriodicJob("ranking-flush", seconds, self.flush_quietly).start()


class MemoryCounter(BufferedCounter):
    """Counts views in this process's memory, {(article_id, hour): views}: the embedded
    default, one process."""

    def __init__(self):
        self._buffer = Counter()
        self._lock = threading.Lock()  # guards the buffer; held only for dict operations
        # One flush at a time. Reentrant: SIGTERM may interrupt a flush in the main thread.
        self._flush_lock = threading.RLock()

    def _add(self, article_id, hour, n):
        with self._lock:
            self._buffer[(article_id, hour)] += n

    def flush(self) -> int:
        """Add the buffer to ViewCount; returns the views stored. Hits that arrive during
        the write go to a fresh buffer; if the write fails, its counts go back into the
        buffer for the next flush and the error is raised."""
        with self._flush_lock:
            with self._lock:
                pending, self._buffer = self._buffer, Counter()
            if not pending:
                return 0
            try:
                return self._write(pending)
            except Exception:
                with self._lock:
                    self._buffer.update(pending)
                raise


class RedisCounter(BufferedCounter):
    """Counts views in one Redis hash shared by every process, field "article_id:hour".

    One process flushes at a time (a lock that ends by itself if its holder dies). A flush
    renames the hash (atomic: hits that arrive meanwhile start a new one), writes it to the
    database and deletes it. A flush that fails, or a process killed before the delete,
    leaves the renamed hash behind, and the next flush of any process writes it."""

    PENDING = "ranking:pending"
    FLUSHING = "ranking:flushing:"
    LOCK_SECONDS = 120

    def __init__(self, url):
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=0.5)
        self._errors = (redis.RedisError, OSError)
        # While Redis cannot be reached, this process counts in its own memory.
        self._fallback = MemoryCounter()

    def _add(self, article_id, hour, n):
        try:
            self._redis.hincrby(self.PENDING, f"{article_id}:{int(hour.timestamp())}", n)
        except self._errors:
            self._fallback._add(article_id, hour, n)

    def flush(self) -> int:
        stored = self._fallback.flush()
        with self._redis.lock("ranking:flush-lock", timeout=self.LOCK_SECONDS, blocking_timeout=self.LOCK_SECONDS):
            return stored + self._flush()

    def _flush(self) -> int:
        import redis

        with contextlib.suppress(redis.ResponseError):  # no such key: nothing counted since
            self._redis.rename(self.PENDING, f"{self.FLUSHING}{uuid.uuid4().hex}")
        stored = 0
        for name in self._redis.scan_iter(f"{self.FLUSHING}*"):
            pending = Counter()
            for field, views in self._redis.hgetall(name).items():
                article_id, hour = field.decode().split(":")
                pending[(int(article_id), datetime.fromtimestamp(int(hour), UTC))] += int(views)
            if pending:
                stored += self._write(pending)
            self._redis.delete(name)
        return stored


def _make_counter():
    return RedisCounter(settings.REDIS_URL) if settings.REDIS_URL else MemoryCounter()


counter = _make_counter()
