"""PostgreSQL: a weighted tsvector of the index terms with a GIN index.

A bitmap scan of the GIN index yields table rows in no useful order, and every row read
costs more than the index lookup that found it. So the newest matches are sought window by
window of publish time: each document's vector holds its 30-day span as a term (migration
0003), and a window asks for the pieces AND the spans it covers. The first window is the
newest two weeks; the matches found there say how far back the next must reach, or that the
rest of the archive holds so few that reading them all is cheapest. A common word fills the
count cap from recent windows and reads little more than the cap's thousand rows, not the
tens of thousands it matches in all."""

import math
from dataclasses import dataclass

from ..models import KEY_ID_RANGE
from .base import Filters, SearchBackend

PERIOD_SECONDS = 30 * 24 * 3600  # the span of the "period<n>" term (migration 0003)
FIRST_WINDOW = 14 * 24 * 3600  # a common word has the count cap's matches within two weeks
WINDOWS = 3  # time-limited reads before the rest of the archive


def _lexeme(term, prefix=False):
    return "'" + term.replace("'", "''") + "'" + (":*" if prefix else "")


def phrase(piece):
    last = len(piece.terms) - 1
    return "(" + " <-> ".join(_lexeme(term, piece.prefix and n == last) for n, term in enumerate(piece.terms)) + ")"


def tsquery(pieces):
    return " & ".join(map(phrase, pieces))


class PostgresBackend(SearchBackend):
    def matches(self, pieces, filters):
        """Window by window, each just older than the last, so no row is read twice."""
        span = self._time_span(filters)
        if span is None:
            return []
        oldest, newest = span
        reader = _Reader(self, tsquery(pieces), filters)
        rows, lower, size = [], newest, FIRST_WINDOW
        for _ in range(WINDOWS):
            upper, lower = lower, max(lower - size, oldest)
            rows += reader.read(lower, upper)
            if len(rows) >= self.count_cap or lower <= oldest:
                return rows[: self.count_cap]
            rate = len(rows) / (newest - lower)  # matches per second so far
            if rate * (lower - oldest) <= 2 * self.count_cap:
                break
            size = math.ceil((self.count_cap - len(rows)) / rate * 1.25)
        return rows + reader.read(None, lower, self.count_cap - len(rows))

    def _time_span(self, filters):
        """Publish times (seconds) of the oldest and newest documents in the date filter."""
        bounds, params = filters.key_bounds("key")
        where = " AND ".join(bounds) or "true"
        oldest, newest = self.run(f"SELECT min(key), max(key) FROM sitesearch_searchdocument WHERE {where}", params)[0]
        return None if newest is None else (oldest // KEY_ID_RANGE, newest // KEY_ID_RANGE + 1)


@dataclass
class _Reader:
    """Reads the matches of one search, window by window."""

    backend: PostgresBackend
    match: str  # the tsquery of the pieces
    filters: Filters

    def read(self, since, before, limit=None):
        """Keys of matches published in [since, before) seconds, newest
        first. A window with both ends also asks for the span terms of its seconds, so the
        GIN index does the cut."""
        match = self.match
        if since is not None and before is not None:
            spans = range(since // PERIOD_SECONDS, (before - 1) // PERIOD_SECONDS + 1)
            match = f"({match}) & ({' | '.join(f'period{n}' for n in spans)})"
        source, params = self._source(match, since, before)
        limit = limit or self.backend.count_cap
        return [row[0] for row in self.backend.run(f"SELECT d.key {source} ORDER BY d.key DESC LIMIT {limit}", params)]

    def _source(self, match, since, before):
        bounds, bound_params = self.filters.key_bounds("d.key")
        clauses = ["d.vector @@ to_tsquery('simple', %s)", *bounds]
        params = [match, *bound_params]
        for clause, seconds in (("d.key >= %s", since), ("d.key < %s", before)):
            if seconds is not None:
                clauses.append(clause)
                params.append(seconds * KEY_ID_RANGE)
        if self.filters.channel_ids is not None:
            clauses.append("d.channel_id = ANY(%s)")
            params.append(list(self.filters.channel_ids))
        return f"FROM sitesearch_searchdocument d WHERE {' AND '.join(clauses)}", params
