"""SQLite FTS5, the embedded default: a contentless index keyed newest first, bm25 ranking."""

from .base import COUNT_CAP, TITLE_BONUS, WINDOW, SearchBackend, boolean_query

# bm25 weights of the columns title, title_parts, marks, summary, body, parts.
WEIGHTS = "10.0, 10.0, 4.0, 2.0, 1.0, 1.0"


def _quoted(text):
    return '"' + text.replace('"', '""') + '"'


def match_expression(query):
    return boolean_query(query, _quoted, lambda words: _quoted(" ".join(words)), "AND", "OR")


class SQLiteBackend(SearchBackend):
    def _source(self, query, filters):
        """FROM … WHERE … of the matching index rows `f`, newest first along the rowid."""
        clauses, params = ["sitesearch_fts MATCH %s"], [match_expression(query)]
        low, high = filters.key_range()
        if low is not None:
            clauses.append("f.rowid >= %s")
            params.append(low)
        if high is not None:
            clauses.append("f.rowid < %s")
            params.append(high)
        join = ""
        if filters.channel_ids is not None:
            join = "JOIN sitesearch_searchdocument d ON d.key = f.rowid "
            clauses.append(f"d.channel_id IN ({', '.join(['%s'] * len(filters.channel_ids))})")
            params.extend(filters.channel_ids)
        return f"FROM sitesearch_fts f {join}WHERE {' AND '.join(clauses)}", params

    def count(self, query, filters):
        source, params = self._source(query, filters)
        return self.run(f"SELECT count(*) FROM (SELECT 1 {source} LIMIT {COUNT_CAP})", params)[0][0]

    def newest(self, query, filters, offset, limit):
        source, params = self._source(query, filters)
        return self.run(
            f"WITH page AS MATERIALIZED (SELECT f.rowid AS k {source} ORDER BY f.rowid DESC LIMIT %s OFFSET %s) "
            "SELECT d.article_id, 0 FROM page JOIN sitesearch_searchdocument d ON d.key = page.k ORDER BY page.k DESC",
            [*params, limit, offset],
        )

    def best(self, query, filters, offset, limit):
        source, params = self._source(query, filters)
        expression = match_expression(query)
        # bm25 is lower for better matches: negated, so that every engine reports higher = better.
        return self.run(
            f"WITH w AS MATERIALIZED (SELECT f.rowid AS k {source} ORDER BY f.rowid DESC LIMIT {WINDOW}), "
            "oldest AS MATERIALIZED (SELECT min(k) AS k FROM w), "
            f"ranked AS MATERIALIZED (SELECT rowid AS k, {TITLE_BONUS} * (rowid IN (SELECT rowid FROM sitesearch_fts "
            "WHERE sitesearch_fts MATCH %s AND rowid >= (SELECT k FROM oldest))) "
            f"- bm25(sitesearch_fts, {WEIGHTS}) AS score FROM sitesearch_fts "
            "WHERE sitesearch_fts MATCH %s AND rowid >= (SELECT k FROM oldest) AND rowid IN (SELECT k FROM w) "
            "ORDER BY score DESC, rowid DESC LIMIT %s OFFSET %s) "
            "SELECT d.article_id, ranked.score FROM ranked JOIN sitesearch_searchdocument d ON d.key = ranked.k "
            "ORDER BY ranked.score DESC, ranked.k DESC",
            [*params, f"{{title title_parts}} : ({expression})", expression, limit, offset],
        )
