"""Buffered view counting: a beacon adds to memory, a flush adds the buffer to ViewCount.

The hot path never writes the database. `counter` is what the beacon and the demo
content use; a Redis-backed counter (REDIS_URL, shared by all processes) would offer
the same hit() and flush() and take its place here."""

import atexit
import logging
import os
import signal
import threading
from collections import Counter
from datetime import UTC

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


class MemoryCounter:
    """Counts views in this process's memory, {(article_id, hour): views}.

    From the first hit on, a daemon thread flushes every RANKING_FLUSH_SECONDS; a clean
    shutdown flushes what is left (hooks installed at start-up by RankingConfig.ready).
    RANKING_FLUSH_SECONDS = 0 turns both off, so that only explicit flushes write
    (tests: nothing reaches another database at exit)."""

    def __init__(self):
        self._buffer = Counter()
        self._lock = threading.Lock()  # guards the buffer; held only for dict operations
        # One flush at a time. Reentrant: SIGTERM may interrupt a flush in the main thread.
        self._flush_lock = threading.RLock()
        self._started = False

    def hit(self, article_id, when=None, n=1):
        """Count n views of an article at `when` (now by default)."""
        if n < 1:
            raise ValueError("a hit counts at least one view")
        key = (article_id, hour_of(when or timezone.now()))
        with self._lock:
            self._buffer[key] += n
            start, self._started = not self._started, True
        if start:
            self._start_flushing()

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

    def _write(self, pending) -> int:
        return ViewCount.objects.add(pending)

    def flush_quietly(self):
        """flush() for the background thread and shutdown, where nobody could handle an error."""
        try:
            self.flush()
        except Exception:
            logger.exception("Could not store the buffered view counts")

    def flush_at_shutdown(self):
        """Flush at interpreter exit and on SIGTERM, then let the previous SIGTERM handler
        act. Called at start-up: a signal handler can only be installed from the main
        thread, and the first hit usually arrives in a server's worker thread."""
        atexit.register(self.flush_quietly)
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


counter = MemoryCounter()
