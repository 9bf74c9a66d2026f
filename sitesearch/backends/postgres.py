"""PostgreSQL: a weighted tsvector of our own terms, ranked by ts_rank."""

from .base import SearchBackend, all_words


def _quoted(term):
    return "'" + term.replace("'", "''") + "'"


def _in_title(term):
    return _quoted(term) + ":A"


def tsquery(query):
    return all_words(query, _quoted, "&", "|")


class PostgresBackend(SearchBackend):
    def score(self, query):
        # Weights of D (body), C (summary), B (kicker, tags), A (title), as bm25's on SQLite.
        return "ts_rank('{0.1, 0.2, 0.4, 1.0}', d.vector, q)", []

    def in_title(self, query):
        return "(d.vector @@ to_tsquery('simple', %s))::int", [all_words(query, _in_title, "&", "|")]

    def source(self, query, filters):
        clauses, params = self.filter_sql(query, filters)
        where = " AND ".join(["d.vector @@ q", *clauses])
        return (
            f"FROM sitesearch_searchdocument d, to_tsquery('simple', %s) q WHERE {where}",
            [tsquery(query), *params],
        )
