"""The interface every engine module implements: match, filter, rank, count in one query."""

import re
from dataclasses import dataclass
from datetime import datetime

_LIKE_SPECIAL = re.compile(r"[\\%_]")


@dataclass(frozen=True)
class Filters:
    channel_ids: tuple[int, ...] | None = None  # a channel and its sub-channels
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


@dataclass(frozen=True)
class Matches:
    ids: list[int]  # article ids, best first
    scores: list[float]  # higher is better, comparable only within one search
    total: int


def all_words(query, quote, both, either):
    """A boolean match where every word matches, itself or all of its parts, e.g. in FTS5:
    ("全国总工会" OR ("全国" AND "总工会")) AND "召开"."""
    groups = []
    for word in query.words:
        whole = quote(word.text)
        groups.append(f"({whole} {either} ({f' {both} '.join(map(quote, word.parts))}))" if word.parts else whole)
    return f" {both} ".join(groups)


TITLE_BONUS = 1000
ORDERS = {
    "relevance": "score DESC, publish_time DESC, article_id DESC",
    "newest": "publish_time DESC, article_id DESC",
}


class SearchBackend:
    """One engine. A module per engine supplies the match and the score; the rest is shared:
    filters on the document row `d`, the order, and the total counted in the same query."""

    def __init__(self, connection):
        self.connection = connection

    def source(self, query, filters) -> tuple[str, list]:
        """FROM … WHERE … selecting the matching document rows `d`, and its params."""
        raise NotImplementedError

    def score(self, query) -> tuple[str, list]:
        """SQL for the engine's relevance of row `d` (higher is better), and its params."""
        raise NotImplementedError

    def in_title(self, query) -> tuple[str, list]:
        """SQL that is 1 when every word is in the title of row `d`, else 0, and its params."""
        raise NotImplementedError

    def ranking(self, query):
        """A title holding every word ranks above any body match. Engines' own scores shrink
        to nothing for a word in most articles (bm25's IDF); the title still tells."""
        score, score_params = self.score(query)
        in_title, title_params = self.in_title(query)
        return f"{TITLE_BONUS} * {in_title} + {score}", [*title_params, *score_params]

    def search(self, query, filters, order, offset, limit) -> Matches:
        ranking, ranking_params = self.ranking(query)
        source, params = self.source(query, filters)
        # The engine's match and score in an inner query (FTS5 allows bm25() only there),
        # the total of all matches counted over it in the same pass.
        sql = (
            "SELECT article_id, score, count(*) OVER () FROM ("
            f"SELECT d.article_id AS article_id, {ranking} AS score, d.publish_time AS publish_time {source}"
            f") AS m ORDER BY {ORDERS[order]} LIMIT %s OFFSET %s"
        )
        rows = self.run(sql, [*ranking_params, *params, limit, offset])
        if rows:
            return Matches([r[0] for r in rows], [float(r[1]) for r in rows], rows[0][2])
        total = self.run(f"SELECT count(*) {source}", params)[0][0] if offset else 0
        return Matches([], [], total)

    def filter_sql(self, query, filters):
        """WHERE clauses on the document row `d` shared by every engine, and their params."""
        clauses, params = [], []
        for phrase in query.phrases:
            clauses.append("d.text LIKE %s ESCAPE '\\'")
            params.append("%" + _LIKE_SPECIAL.sub(r"\\\g<0>", phrase) + "%")
        if filters.channel_ids is not None:
            clauses.append(f"d.channel_id IN ({', '.join(['%s'] * len(filters.channel_ids))})")
            params.extend(filters.channel_ids)
        adapt = self.connection.ops.adapt_datetimefield_value
        if filters.since is not None:
            clauses.append("d.publish_time >= %s")
            params.append(adapt(filters.since))
        if filters.until is not None:
            clauses.append("d.publish_time < %s")
            params.append(adapt(filters.until))
        return clauses, params

    def run(self, sql, params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
