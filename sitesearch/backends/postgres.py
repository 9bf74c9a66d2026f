"""PostgreSQL: a weighted tsvector of our own terms with a GIN index, ranked by ts_rank."""

from django.db import transaction

from .base import TITLE_BONUS, SearchBackend, boolean_query

# ts_rank weights of D (body and its parts), C (summary), B (kicker, tags), A (title).
WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"


def _quoted(term):
    return "'" + term.replace("'", "''") + "'"


def tsquery(query):
    return boolean_query(query, _quoted, lambda words: "(" + " <-> ".join(map(_quoted, words)) + ")", "&", "|")


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
        # The planner prices a sequential scan under LIMIT as cheap, not knowing that each
        # row's @@ reads its vector; the GIN bitmap reads only the index and matching rows.
        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"SELECT count(*) FROM (SELECT 1 {source} LIMIT {self.count_cap}) AS c", params)
            return cursor.fetchone()[0]

    def newest(self, query, filters, offset, limit):
        source, params = self._source(query, filters)
        return self.run(
            f"SELECT d.article_id, 0 {source} ORDER BY d.key DESC LIMIT %s OFFSET %s", [*params, limit, offset]
        )

    def best(self, query, filters, offset, limit):
        source, params = self._source(query, filters)
        return self.run(
            f"WITH w AS MATERIALIZED (SELECT d.key {source} ORDER BY d.key DESC LIMIT {self.window}) "
            f"SELECT d.article_id, {TITLE_BONUS} * (d.title_vector @@ to_tsquery('simple', %s))::int "
            f"+ ts_rank('{WEIGHTS}', d.vector, to_tsquery('simple', %s)) AS score "
            "FROM w JOIN sitesearch_searchdocument d ON d.key = w.key "
            "ORDER BY score DESC, d.key DESC LIMIT %s OFFSET %s",
            [*params, tsquery(query), tsquery(query), limit, offset],
        )
