"""SQLite FTS5: bm25 ranking with column weights, the embedded default engine."""

from .base import SearchBackend, all_words

# bm25 weights of the FTS5 columns title, marks (kicker, tags), summary, body.
WEIGHTS = "10.0, 4.0, 2.0, 1.0"


def _quoted(term):
    return '"' + term.replace('"', '""') + '"'


def match_expression(query):
    return all_words(query, _quoted, "AND", "OR")


class SQLiteBackend(SearchBackend):
    def score(self, query):
        # bm25 is lower for better matches; negated so that every engine reports higher = better.
        return f"-bm25(sitesearch_fts, {WEIGHTS})", []

    def in_title(self, query):
        return (
            "(d.article_id IN (SELECT rowid FROM sitesearch_fts WHERE sitesearch_fts MATCH %s))",
            [f"title : ({match_expression(query)})"],
        )

    def source(self, query, filters):
        clauses, params = self.filter_sql(query, filters)
        where = " AND ".join(["sitesearch_fts MATCH %s", *clauses])
        return (
            "FROM sitesearch_fts JOIN sitesearch_searchdocument d ON d.article_id = sitesearch_fts.rowid "
            f"WHERE {where}",
            [match_expression(query), *params],
        )
