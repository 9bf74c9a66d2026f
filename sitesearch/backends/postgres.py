"""PostgreSQL: a tsvector of the index terms with a GIN index, read in bitmap scans only.

Two costs rule a search here, and the plan keeps both small:

- A table row read. The row holds only the key, ids and the short title in line; the lead,
  body and vector live in TOAST (migration 0006), so the matches of a common pair fill a
  few thousand table pages, not one page each. The GIN index yields rows in no useful
  order, so the newest matches are sought window by window of publish time: each vector
  holds its publish day and 30-day span as terms (migrations 0006, 0003), and a window
  asks for the terms AND the days it covers, which the index cuts before any row is read.
  The first window is the newest two days; what it finds says how far back the next must
  reach, or that the rest of the archive holds so few that reading them all is cheapest.
- A phrase checked. The index keeps no positions, so a phrase of pairs (工会 会改 改革) is
  asked as their AND, which the index answers alone, and only the newest of those
  candidates, as many as the count cap still needs, are checked for the piece as typed in
  their text (sitesearch.models.SearchText: a table page each, where a vector is read back
  from TOAST at three times the cost). The planner is kept to bitmap scans: on its own it
  may walk the key index backwards and read the vector of every row it passes.

A rebuild from nothing makes the GIN index after the rows (sorted once, not merged batch by
batch); after any other rebuild the index's pending list (rows added but not yet merged,
which every search reads whole) is merged at once rather than left to autovacuum.
"""

import contextlib
import math
from dataclasses import dataclass

from django.db import transaction

from ..models import KEY_ID_RANGE
from .base import Filters, SearchBackend

PERIOD_SECONDS = 30 * 24 * 3600  # the span of the "period<n>" term (migration 0003)
DAY_SECONDS = 24 * 3600  # the span of the "day<n>" term (migration 0006)
MAX_DAY_TERMS = 62  # a longer window asks for 30-day spans
FIRST_WINDOW = 2 * 24 * 3600  # a common word has the count cap's matches within two days
WINDOWS = 3  # time-limited reads before the rest of the archive
VECTOR_INDEX = "CREATE INDEX sitesearch_vector ON sitesearch_searchdocument USING gin (vector)"  # as 0006 made it
CHECK_MARGIN = 1.2  # candidates checked per match still wanted: most candidates hold the phrase


def _lexeme(term, prefix=False):
    return "'" + term.replace("'", "''") + "'" + (":*" if prefix else "")


def _lexemes(piece):
    last = len(piece.terms) - 1
    return [_lexeme(term, piece.prefix and n == last) for n, term in enumerate(piece.terms)]


def candidates_tsquery(pieces):
    """Every term of the pieces, anywhere: what the GIN index answers without reading a row."""
    return " & ".join(lexeme for piece in pieces for lexeme in _lexemes(piece))


class PostgresBackend(SearchBackend):
    checks_text = True

    @contextlib.contextmanager
    def building(self):
        """An empty index is filled rows first and its GIN index made after, in one sorted
        pass; a build cut short leaves the index away, and the next rebuild sees that and
        makes it. Into a filled one, rows go one by one through the GIN pending list, which
        is merged at the end."""
        if self.is_empty() or not self._has_vector_index():
            self.execute("DROP INDEX IF EXISTS sitesearch_vector")
            try:
                yield
            finally:
                # Inside an outer transaction (a migration) the rows' deferred key checks
                # must run first: PostgreSQL makes no index over pending trigger events.
                self.execute("SET CONSTRAINTS ALL IMMEDIATE")
                self.execute(VECTOR_INDEX)
        else:
            try:
                yield
            finally:
                self.run("SELECT gin_clean_pending_list('sitesearch_vector')", [])

    def _has_vector_index(self):
        return bool(self.run("SELECT 1 FROM pg_indexes WHERE indexname = 'sitesearch_vector'", []))

    def matches(self, pieces, filters):
        span = self._time_span(filters)
        if span is None:
            return []
        with transaction.atomic(using=self.connection.alias):
            self.execute("SET LOCAL enable_seqscan = off")
            self.execute("SET LOCAL enable_indexscan = off")
            return self._newest(pieces, filters, *span)

    def _newest(self, pieces, filters, oldest, newest):
        """Window by window, each just older than the last, so no row is read twice."""
        reader = _Reader(self, pieces, filters)
        rows, lower, size = [], newest, FIRST_WINDOW
        for _ in range(WINDOWS):
            upper, lower = lower, max(lower - size, oldest)
            rows += reader.read(lower, upper, self.count_cap - len(rows))
            if len(rows) >= self.count_cap or lower <= oldest:
                return rows
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


def span_terms(since, before):
    """The day terms (migration 0006) of the seconds [since, before), or for a long window the
    30-day span terms (migration 0003) that cover it."""
    days = range(since // DAY_SECONDS, (before - 1) // DAY_SECONDS + 1)
    if len(days) <= MAX_DAY_TERMS:
        return [f"day{n}" for n in days]
    return [f"period{n}" for n in range(since // PERIOD_SECONDS, (before - 1) // PERIOD_SECONDS + 1)]


@dataclass
class _Reader:
    """Reads the matches of one search, window by window."""

    backend: PostgresBackend
    pieces: tuple
    filters: Filters

    @property
    def exact(self):
        """Whether the index answers alone: no piece needs its terms side by side."""
        return all(len(piece.terms) == 1 for piece in self.pieces)

    def read(self, since, before, limit):
        """Keys of at most `limit` matches published in [since, before) seconds, newest first.
        Candidates of a phrase are read a slice at a time, so that no more vectors are read
        back than the count cap needs."""
        if self.exact:
            return self._candidates(since, before, None, limit)
        found, below = [], None
        while len(found) < limit:
            wanted = math.ceil((limit - len(found)) * CHECK_MARGIN) + 16
            candidates = self._candidates(since, before, below, wanted)
            found += self._checked(candidates) if candidates else []
            if len(candidates) < wanted:
                break
            below = candidates[-1]
        return found[:limit]

    def _candidates(self, since, before, below, limit):
        """Keys of the newest documents holding every term, published in [since, before)
        seconds and keyed below `below`. A window with both ends also asks for the span
        terms of its seconds, so the GIN index does the cut."""
        match = candidates_tsquery(self.pieces)
        if since is not None and before is not None:
            match = f"({match}) & ({' | '.join(span_terms(since, before))})"
        inner, params = ["vector @@ to_tsquery('simple', %s)"], [match]
        if self.filters.channel_ids is not None:
            inner.append("channel_id = ANY(%s)")
            params.append(list(self.filters.channel_ids))
        outer, bound_params = self.filters.key_bounds("key")
        for clause, key in (
            ("key >= %s", None if since is None else since * KEY_ID_RANGE),
            ("key < %s", None if before is None else before * KEY_ID_RANGE),
            ("key < %s", below),
        ):
            if key is not None:
                outer.append(clause)
                bound_params.append(key)
        # Materialized, so that the planner cannot walk the key index instead of the GIN one.
        sql = (
            f"WITH found AS MATERIALIZED (SELECT key FROM sitesearch_searchdocument WHERE {' AND '.join(inner)}) "
            f"SELECT key FROM found WHERE {' AND '.join(outer) or 'true'} ORDER BY key DESC LIMIT {int(limit)}"
        )
        return [row[0] for row in self.backend.run(sql, [*params, *bound_params])]

    def _checked(self, candidates):
        """Those of `candidates` whose text holds every piece as typed, newest first."""
        pieces = [piece.spaced_runs for piece in self.pieces]
        holds = " AND ".join(["strpos(text, %s) > 0"] * len(pieces))
        rows = self.backend.run(
            f"SELECT key FROM sitesearch_searchtext WHERE key = ANY(%s) AND {holds} ORDER BY key DESC",
            [candidates, *pieces],
        )
        return [row[0] for row in rows]
