"""A job run every N seconds on a daemon thread of the server process: the embedded
default's stand-in for cron and a task worker."""

import logging
import threading

from django.db import close_old_connections

logger = logging.getLogger(__name__)


class PeriodicJob:
    """Runs `job` every `seconds`, the first time one interval after start(). wake() runs
    it at once; stop() ends the loop and waits for a running job to finish."""

    def __init__(self, name, seconds, job):
        self.name, self.seconds, self.job = name, seconds, job
        self._wake = threading.Event()
        self._stopping = False
        self._thread = None

    def start(self):
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()
        return self

    def is_running(self):
        return self._thread is not None and self._thread.is_alive()

    def wake(self):
        self._wake.set()

    def stop(self):
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join()

    def tick(self):
        """One run of the job; an error is logged, and the next interval tries again."""
        try:
            self.job()
        except Exception:
            logger.exception("Periodic job %s failed", self.name)

    def _loop(self):
        while True:
            self._wake.wait(self.seconds)
            self._wake.clear()
            if self._stopping:
                return
            close_old_connections()  # this thread's connection may have aged or broken meanwhile
            self.tick()
