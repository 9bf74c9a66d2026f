"""The interface every engine module implements, and what all engines share.

A search counts the matches (up to `count_cap`), then reads one page: newest first along the
engine's key order, or by relevance among the newest `window` matches. Ranking every match of
a word found in half the archive would cost more than any reader's patience; a news search
that prefers recent coverage is what readers expect, and the date filter reaches older years.
"""

from dataclasses import dataclass
from datetime import datetime

from ..models import KEY_ID_RANGE

TITLE_BONUS = 1000  # a title holding every word ranks above any body match


@dataclass(frozen=True)
class Filters:
    channel_ids: tuple[int, ...] | None = None  # a channel and its sub-channels
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive

    def key_bounds(self, column):
        """The dates as SQL bounds on the newest-first key `column`, and their params."""
        bounds = [(">=", self.since), ("<", self.until)]
        found = [(f"{column} {op} %s", int(moment.timestamp()) * KEY_ID_RANGE) for op, moment in bounds if moment]
        return [clause for clause, _ in found], [param for _, param in found]


@dataclass(frozen=True)
class Matches:
    ids: list[int]  # article ids, in the order asked for
    scores: list[float]  # higher is better, comparable only within one search
    total: int  # all matches, or the count cap when there are at least that many
    reachable: int  # how many can be paged to in the order asked for
    capped: bool  # total stopped at the cap


def boolean_query(query, word, phrase, both, either):
    """Every word matches, itself or all of its parts, and every phrase; in FTS5 terms:
    ("全国总工会" OR ("全国" AND "总工会")) AND "夜间 施工"."""
    groups = []
    for item in query.words:
        whole = word(item.text)
        groups.append(f"({whole} {either} ({f' {both} '.join(map(word, item.parts))}))" if item.parts else whole)
    groups += [phrase(item.words) for item in query.phrases]
    return f" {both} ".join(groups)


class SearchBackend:
    window = 1000  # relevance ranks the newest this many matches
    count_cap = 1_000  # "1000 篇以上", as many as relevance ranks: counting further costs more than it tells a reader

    def __init__(self, connection):
        self.connection = connection

    def count(self, query, filters) -> int:
        raise NotImplementedError

    def newest(self, query, filters, offset, limit) -> list[tuple[int, float]]:
        raise NotImplementedError

    def best(self, query, filters, offset, limit) -> list[tuple[int, float]]:
        raise NotImplementedError

    def search(self, query, filters, order, offset, limit) -> Matches:
        total = self.count(query, filters)
        reachable = total if order == "newest" else min(total, self.window)
        rows = []
        if offset < reachable:
            rows = (self.newest if order == "newest" else self.best)(query, filters, offset, limit)
        ids, scores = [row[0] for row in rows], [float(row[1]) for row in rows]
        return Matches(ids, scores, total, reachable, total >= self.count_cap)

    def run(self, sql, params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
