"""Beacons answered by nginx and counted from its log (the production profile).

nginx answers /ranking/hit/<id>/ itself and writes one line per answered beacon into a
file of the minute, beacons-YYYYMMDD-HHMM.log (deploy/nginx/portal.conf). No app process
is on a beacon's path: a beacon costs what a static file costs, and a worker killed with
-9, or every worker stopped, loses no view. `count_beacons` adds the lines to ViewCount:

- each file is read from where the previous pass ended, up to its last whole line, and
  the views and the new position are saved in one transaction: a pass killed at any
  point counts nothing twice and loses nothing;
- a file nginx has stopped writing (its minute is over) is deleted once read to its end.

A line is "<epoch seconds.ms> <method> <article id> <User-Agent>", the User-Agent as nginx
writes it (quotes, backslashes and bytes outside printable ASCII escaped as \\xNN)."""

import fcntl
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from django.db import transaction

from news.models import Article

from .admission import Verdict, judge
from .bots import is_bot
from .counting import hour_of
from .models import BeaconLogPosition, ViewCount

FILES = "beacons-*.log"
LOCK = ".counting"
# The reader's address and the page's token (a=… t=…) came with the site file of
# ranking.admission; lines without them were written before it and count as they did.
LINE = re.compile(
    rb"([0-9]{1,10}(?:\.[0-9]{1,3})?) ([A-Z]{1,10}) ([0-9]{1,18})(?: a=(\S{1,45}) t=(\S{0,64}))?(?: (.*))?"
)
COUNTED_METHODS = {b"GET", b"POST"}  # HEAD asks whether the pixel exists; nobody read
CHUNK = 4 << 20
# nginx writes a minute's file only during that minute: quiet this long, it is complete.
SETTLED_SECONDS = 90
PROBLEMS_KEPT = 10
IDS_PER_QUERY = 500


@dataclass
class Tally:
    """What passes read: lines, views stored, lines not counted and why."""

    lines: int = 0
    views: int = 0
    machines: int = 0  # crawlers, monitors, HEAD requests
    not_live: int = 0  # no such article, or not published
    turned_away: int = 0  # repeats, floods, no token (ranking.admission)
    malformed: int = 0
    files_done: int = 0  # read to their end and deleted
    problems: list = field(default_factory=list)  # "file @ byte offset: line" of malformed lines

    def add(self, other):
        for name in ("lines", "views", "machines", "not_live", "turned_away", "malformed", "files_done"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems = (self.problems + other.problems)[:PROBLEMS_KEPT]


def unread_bytes(folder) -> int:
    """Bytes of the logs in `folder` that no pass has counted yet (for a progress bar)."""
    paths = sorted(Path(folder).glob(FILES))
    read = dict(BeaconLogPosition.objects.filter(name__in=[p.name for p in paths]).values_list("name", "offset"))
    return sum(max(0, _size(p) - read.get(p.name, 0)) for p in paths)


def count_logged(folder, progress=None) -> Tally:
    """One pass over every beacon log in `folder`; `progress(n)` is told of bytes read.
    One pass at a time (a lock file in the folder, released even by kill -9): two passes
    reading from the same position would count the same lines twice."""
    tally = Tally()
    with (Path(folder) / LOCK).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for path in sorted(Path(folder).glob(FILES)):
            _count_file(path, tally, progress or (lambda n: None))
    return tally


def _count_file(path, tally, progress):
    position, _ = BeaconLogPosition.objects.get_or_create(name=path.name)
    offset = position.offset
    settled = time.time() - _mtime(path) > SETTLED_SECONDS
    with path.open("rb") as log:
        while True:
            log.seek(offset)
            chunk = log.read(CHUNK)
            whole = chunk[: chunk.rfind(b"\n") + 1]
            if not whole and settled and chunk:
                whole = chunk  # a line nginx never finished (it was killed): malformed
            if not whole:
                break
            views = _views(path.name, offset, whole, tally)
            with transaction.atomic():
                tally.views += ViewCount.objects.add(views) if views else 0
                offset += len(whole)
                BeaconLogPosition.objects.filter(pk=position.pk).update(offset=offset)
            progress(len(whole))
    if settled and offset >= _size(path):
        # The file first: were the row deleted first and the pass killed, the file would be read again.
        path.unlink(missing_ok=True)
        position.delete()
        tally.files_done += 1


def _views(name, offset, data, tally):
    """{(article_id, hour): views} of the readers' beacons among these lines."""
    seen, judged = [], []
    for line in data.splitlines(keepends=True):
        tally.lines += 1
        found = LINE.fullmatch(line.rstrip(b"\r\n"))
        user_agent = (found[6] or b"").decode("latin-1") if found else ""
        if found is None:
            tally.malformed += 1
            if len(tally.problems) < PROBLEMS_KEPT:
                tally.problems.append(f"{name} @ {offset}: {line[:80]!r}")
        elif found[2] not in COUNTED_METHODS or is_bot(user_agent):
            tally.machines += 1
        else:
            article_id, when = int(found[3]), float(found[1])
            seen.append((article_id, hour_of(datetime.fromtimestamp(when, UTC))))
            given = found[5].decode("latin-1") if found[5] not in (None, b"-") else ""
            address = found[4].decode("latin-1") if found[4] else None
            judged.append((len(seen) - 1, (article_id, address, user_agent, given, when), f"{name}@{offset}"))
        offset += len(line)
    live = _live({article_id for article_id, _ in seen})
    turned_away = _turned_away([item for item in judged if item[1][0] in live], tally)
    views = Counter(key for n, key in enumerate(seen) if key[0] in live and n not in turned_away)
    tally.not_live += sum(1 for key in seen if key[0] not in live)
    return views


def _turned_away(judged, tally):
    """Positions (in `seen`) of the beacons admission refuses; lines from before it (no
    address) are not judged."""
    judged = [item for item in judged if item[1][1] is not None]
    verdicts = judge([beacon for _, beacon, _ in judged], [origin for _, _, origin in judged])
    tally.turned_away += sum(verdict != Verdict.COUNTED for verdict in verdicts)
    return {n for (n, _, _), verdict in zip(judged, verdicts, strict=True) if verdict != Verdict.COUNTED}


def _live(ids):
    ids, live = sorted(ids), set()
    for start in range(0, len(ids), IDS_PER_QUERY):
        batch = ids[start : start + IDS_PER_QUERY]
        live.update(Article.objects.live().filter(pk__in=batch).values_list("pk", flat=True))
    return live


def _size(path):
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _mtime(path):
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return time.time()
