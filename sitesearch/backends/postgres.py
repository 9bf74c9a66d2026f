"""PostgreSQL: a weighted tsvector of our own terms with a GIN index, ranked by ts_rank."""

from .base import TITLE_BONUS, Matches, SearchBackend, boolean_query

# ts_rank weights of D (body and its parts), C (summary), B (kicker, tags), A (title).
WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"


def _quoted(term):
    return "'" + term.replace("'", "''") + "'"


def tsquery(query):
    return boolean_query(query, _quoted, lambda words: "(" + " <-> ".join(map(_quoted, words)) + ")", "&", "|")


class PostgresBackend(SearchBackend):
    def _source(self, query, filters):
        bounds, bound_params = filters.key_bounds("d.key")
        clauses = ["d.vector @@ to_tsquery('simple', %s)", *bounds]
        params = [tsquery(query), *bound_params]
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
        source, params = self._source(query, filters)
        return [row[0] for row in self.run(f"SELECT d.key {source} ORDER BY d.key DESC LIMIT {self.count_cap}", params)]

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
