"""SQLite FTS5, the embedded default: a contentless index keyed newest first, bm25 ranking.

Every constraint is part of the FTS5 query (the match, the channel as a term, dates as a
rowid range), so FTS5 walks its own doclists and nothing is looked up row by row."""

from .base import TITLE_BONUS, SearchBackend, boolean_query

# bm25 weights of the columns title, title_parts, marks, summary, body, parts, channel.
WEIGHTS = "10.0, 10.0, 4.0, 2.0, 1.0, 1.0, 0.0"


def _quoted(text):
    return '"' + text.replace('"', '""') + '"'


def match_expression(query, channel_ids=None, in_title=False):
    expression = boolean_query(query, _quoted, lambda words: _quoted(" ".join(words)), "AND", "OR")
    if in_title:
        expression = f"{{title title_parts}} : ({expression})"
    if channel_ids is None:
        return expression
    channels = " OR ".join(_quoted(f"c{channel_id}") for channel_id in channel_ids) or '"c0"'
    return f"({expression}) AND channel : ({channels})"


class SQLiteBackend(SearchBackend):
    def _where(self, query, filters, in_title=False):
        """WHERE … on the index `sitesearch_fts`, newest first along the rowid, and its params."""
        bounds, bound_params = filters.key_bounds("rowid")
        clauses = ["sitesearch_fts MATCH %s", *bounds]
        return " AND ".join(clauses), [match_expression(query, filters.channel_ids, in_title), *bound_params]

    def count(self, query, filters):
        where, params = self._where(query, filters)
        return self.run(
            f"SELECT count(*) FROM (SELECT 1 FROM sitesearch_fts WHERE {where} LIMIT {self.count_cap})", params
        )[0][0]

    def newest(self, query, filters, offset, limit):
        where, params = self._where(query, filters)
        return self._articles(
            f"SELECT rowid AS k, 0 AS score FROM sitesearch_fts WHERE {where} ORDER BY rowid DESC",
            params,
            offset,
            limit,
        )

    def best(self, query, filters, offset, limit):
        where, params = self._where(query, filters)
        window = f"SELECT rowid AS k FROM sitesearch_fts WHERE {where} ORDER BY rowid DESC LIMIT {self.window}"
        oldest = self.run(f"SELECT min(k) FROM ({window})", params)[0][0]
        title_where, title_params = self._where(query, filters, in_title=True)
        # bm25 is lower for better matches: negated, so that every engine reports higher = better.
        return self._articles(
            f"SELECT rowid AS k, {TITLE_BONUS} * (rowid IN (SELECT rowid FROM sitesearch_fts WHERE {title_where} "
            f"AND rowid >= %s)) - bm25(sitesearch_fts, {WEIGHTS}) AS score FROM sitesearch_fts "
            f"WHERE {where} AND rowid >= %s ORDER BY score DESC, rowid DESC",
            [*title_params, oldest, *params, oldest],
            offset,
            limit,
        )

    def _articles(self, ranked, params, offset, limit):
        """One page of `ranked` (rows of key, score) as article ids. The page is cut before the
        join: FTS5 ranks only where it drives the query."""
        return self.run(
            f"WITH page AS MATERIALIZED ({ranked} LIMIT %s OFFSET %s) "
            "SELECT d.article_id, page.score FROM page JOIN sitesearch_searchdocument d ON d.key = page.k "
            "ORDER BY page.score DESC, page.k DESC",
            [*params, limit, offset],
        )
