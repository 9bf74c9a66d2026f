"""PostgreSQL: a weighted tsvector of our own terms with a GIN index, ranked by ts_rank.

A bitmap scan of the GIN index yields table rows in no useful order, and every row read
costs more than the index lookup that found it. So the newest matches are sought span by
span: each document's vector holds its 30-day span as a term (migration 0003), and a search
asks first for the word AND the newest span, then the three spans before it, then eight
more, and only then the rest of the archive. A common word fills the count cap from the
newest spans and reads a few thousand rows, not the tens of thousands it matches in all."""

from ..models import KEY_ID_RANGE
from .base import TITLE_BONUS, Matches, SearchBackend, boolean_query

PERIOD_SECONDS = 30 * 24 * 3600  # the span of the "period<n>" term (migration 0003)
PROBES = (1, 4, 12)  # how many newest spans each window reaches back, before the rest

# ts_rank weights of D (body and its parts), C (summary), B (kicker, tags), A (title).
WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"


def _quoted(term):
    return "'" + term.replace("'", "''") + "'"


def tsquery(query):
    return boolean_query(query, _quoted, lambda words: "(" + " <-> ".join(map(_quoted, words)) + ")", "&", "|")


class PostgresBackend(SearchBackend):
    def _source(self, match, filters, since_key=None, before_key=None):
        bounds, bound_params = filters.key_bounds("d.key")
        clauses = ["d.vector @@ to_tsquery('simple', %s)", *bounds]
        params = [match, *bound_params]
        for clause, key in (("d.key >= %s", since_key), ("d.key < %s", before_key)):
            if key is not None:
                clauses.append(clause)
                params.append(key)
        if filters.channel_ids is not None:
            clauses.append("d.channel_id = ANY(%s)")
            params.append(list(filters.channel_ids))
        return f"FROM sitesearch_searchdocument d WHERE {' AND '.join(clauses)}", params

    def search(self, query, filters, order, offset, limit):
        # One read of the newest matches up to the cap gives the count, the page of the
        # newest order and the window to rank: on PostgreSQL a separate count reads as
        # many rows again.
        keys = self._newest_keys(query, filters)
        total = len(keys)
        reachable = total if order == "newest" else min(total, self.window)
        if offset >= reachable:
            rows = []
        elif order == "newest":
            rows = self._in_order(keys[offset : offset + limit])
        else:
            rows = self._ranked(query, keys[: self.window], offset, limit)
        return Matches(
            [row[0] for row in rows], [float(row[1]) for row in rows], total, reachable, total >= self.count_cap
        )

    def _newest_keys(self, query, filters):
        """Keys of the newest matches, up to the count cap, newest first: window by window,
        each older than the last, so no document is read twice."""
        match, keys, older_than = tsquery(query), [], None
        for first, last in self._windows(filters):
            spans = " | ".join(f"period{period}" for period in range(first, last + 1))
            since = first * PERIOD_SECONDS * KEY_ID_RANGE
            keys += self._keys(f"({match}) & ({spans})", filters, since, older_than)
            if len(keys) >= self.count_cap:
                return keys[: self.count_cap]
            older_than = since
        return keys + self._keys(match, filters, None, older_than, self.count_cap - len(keys))

    def _windows(self, filters):
        """The span ranges (first, last) asked for before the rest of the archive, newest
        first: ending with the newest document in the date filter, starting after its first day."""
        bounds, params = filters.key_bounds("key")
        where = " AND ".join(bounds) or "true"
        newest = self.run(f"SELECT max(key) FROM sitesearch_searchdocument WHERE {where}", params)[0][0]
        if newest is None:
            return []
        last = newest // KEY_ID_RANGE // PERIOD_SECONDS
        oldest = int(filters.since.timestamp()) // PERIOD_SECONDS if filters.since else None
        ends = [last + 1 - spans for spans in PROBES if oldest is None or last + 1 - spans > oldest]
        return [(first, newer - 1) for first, newer in zip(ends, [last + 1, *ends], strict=False)]

    def _keys(self, match, filters, since_key, before_key, limit=None):
        source, params = self._source(match, filters, since_key, before_key)
        return [
            row[0]
            for row in self.run(f"SELECT d.key {source} ORDER BY d.key DESC LIMIT {limit or self.count_cap}", params)
        ]

    def _in_order(self, keys):
        ids = dict(self.run("SELECT key, article_id FROM sitesearch_searchdocument WHERE key = ANY(%s)", [keys]))
        return [(ids[key], 0) for key in keys if key in ids]

    def _ranked(self, query, keys, offset, limit):
        return self.run(
            f"SELECT d.article_id, {TITLE_BONUS} * (d.title_vector @@ to_tsquery('simple', %s))::int "
            f"+ ts_rank('{WEIGHTS}', d.vector, to_tsquery('simple', %s)) AS score "
            "FROM sitesearch_searchdocument d WHERE d.key = ANY(%s) "
            "ORDER BY score DESC, d.key DESC LIMIT %s OFFSET %s",
            [tsquery(query), tsquery(query), keys, limit, offset],
        )
