"""The interface every engine module implements, and what all engines share.

An engine answers one question: the keys of the newest documents, up to `count_cap`, that
hold some pieces (sitesearch.query.Piece: index terms side by side). Tiers, ranking and pages
are built from those answers by sitesearch.services, the same way for every engine. Reading
further than the newest thousand matches of a word found in half the archive would cost more
than any reader's patience; the date filter reaches older years.
"""

import contextlib
from dataclasses import dataclass
from datetime import datetime

from ..models import KEY_ID_RANGE


@dataclass(frozen=True)
class Filters:
    channel_ids: tuple[int, ...] | None = None  # a channel and its sub-channels
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive

    def key_bounds(self, column):
        """The dates as SQL bounds on the newest-first key `column`, and their params."""
        bounds = [(">=", self.since), ("<", self.until)]
        found = [(f"{column} {op} %s", int(moment.timestamp()) * KEY_ID_RANGE) for op, moment in bounds if moment]
        return [clause for clause, _ in found], [param for _, param in found]


class SearchBackend:
    count_cap = 1_000  # "1000 篇以上": counting further costs more than it tells a reader
    checks_text = False  # whether phrases are checked against sitesearch.models.SearchText

    def __init__(self, connection):
        self.connection = connection

    def matches(self, pieces, filters) -> list[int]:
        """Keys of the newest documents holding every one of `pieces`, newest first, at
        most `count_cap`."""
        raise NotImplementedError

    @contextlib.contextmanager
    def building(self):
        """Around a rebuild (sitesearch.rebuild): an engine may fill an empty index faster
        in bulk than document by document."""
        yield

    def execute(self, sql, params=()):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)

    def is_empty(self):
        return not self.run("SELECT EXISTS (SELECT 1 FROM sitesearch_searchdocument)", [])[0][0]

    def run(self, sql, params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
