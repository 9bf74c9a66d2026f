"""PostgreSQL: a weighted tsvector of our own terms, ranked by ts_rank."""

from .base import TITLE_BONUS, SearchBackend, boolean_query

# ts_rank weights of D (body and its parts), C (summary), B (kicker, tags), A (title).
WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"


def _quoted(term, weight=""):
    return "'" + term.replace("'", "''") + "'" + weight


def tsquery(query, weight=""):
    def word(term):
        return _quoted(term, weight)

    def phrase(words):
        return "(" + " <-> ".join(map(word, words)) + ")"

    return boolean_query(query, word, phrase, "&", "|")


class PostgresBackend(SearchBackend):
    def _source(self, query, filters):
        clauses, params = ["d.vector @@ to_tsquery('simple', %s)"], [tsquery(query)]
        low, high = filters.key_range()
        if low is not None:
            clauses.append("d.key >= %s")
            params.append(low)
        if high is not None:
            clauses.append("d.key < %s")
            params.append(high)
        if filters.channel_ids is not None:
            clauses.append("d.channel_id = ANY(%s)")
            params.append(list(filters.channel_ids))
        return f"FROM sitesearch_searchdocument d WHERE {' AND '.join(clauses)}", params

    def count(self, query, filters):
        source, params = self._source(query, filters)
        return self.run(f"SELECT count(*) FROM (SELECT 1 {source} LIMIT {self.count_cap}) AS c", params)[0][0]

    def newest(self, query, filters, offset, limit):
        source, params = self._source(query, filters)
        return self.run(
            f"SELECT d.article_id, 0 {source} ORDER BY d.key DESC LIMIT %s OFFSET %s", [*params, limit, offset]
        )

    def best(self, query, filters, offset, limit):
        source, params = self._source(query, filters)
        return self.run(
            f"WITH w AS MATERIALIZED (SELECT d.key {source} ORDER BY d.key DESC LIMIT {self.window}) "
            f"SELECT d.article_id, {TITLE_BONUS} * (d.vector @@ to_tsquery('simple', %s))::int "
            f"+ ts_rank('{WEIGHTS}', d.vector, to_tsquery('simple', %s)) AS score "
            "FROM w JOIN sitesearch_searchdocument d ON d.key = w.key "
            "ORDER BY score DESC, d.key DESC LIMIT %s OFFSET %s",
            [*params, tsquery(query, ":A"), tsquery(query), limit, offset],
        )
