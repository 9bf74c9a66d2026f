"""站内搜索: the one entry point for the search page and the app API."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import F
from django.utils.safestring import SafeString

from news.models import Article

from .backends import get_backend
from .backends.base import Filters, SearchBackend
from .query import QueryError, parse
from .snippets import highlight, snippet

__all__ = ["MAX_RESULTS", "Hit", "QueryError", "SearchResults", "search"]

BEIJING = ZoneInfo("Asia/Shanghai")
ORDERS = ("relevance", "newest")
MAX_RESULTS = SearchBackend.count_cap  # no order pages further than this many results


@dataclass
class Hit:
    article: Article
    title_html: SafeString
    snippet_html: SafeString
    score: float


@dataclass
class SearchResults:
    total: int  # all matches, or the count cap when there are at least that many
    hits: list[Hit]
    reachable: int  # how many of them can be paged to in this order
    capped: bool


def _day_start(day):
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def filters_for(channel=None, start=None, end=None):
    """Filters from a channel (sub-channels included) and Beijing dates, both ends inclusive."""
    return Filters(
        channel_ids=tuple(channel.list_channel_ids()) if channel is not None else None,
        since=_day_start(start) if start else None,
        until=_day_start(end + timedelta(days=1)) if end and end < date.max else None,
    )


def _hits(ids, scores, marks):
    # Only what a result shows: the channel's title, not the channel page (building page
    # objects is most of a search's time). The app API fetches more for its own items.
    articles = Article.objects.live().annotate(channel_title=F("primary_channel__title")).in_bulk(ids)
    hits = []
    for article_id, score in zip(ids, scores, strict=True):
        article = articles.get(article_id)
        if article is None:  # unpublished since the index was read
            continue
        text = article.body_text() or article.summary
        hits.append(Hit(article, highlight(article.title, marks), snippet(text, marks), score))
    return hits


def search(q, *, channel=None, start=None, end=None, order="relevance", offset=0, limit=20):
    """Live articles matching `q`, best first (or newest first), one page of them and the total.

    Raises QueryError, with a message for the reader, when `q` cannot be searched."""
    if order not in ORDERS:
        raise QueryError("排序方式只能是按相关度或按时间。")
    if start and end and start > end:
        raise QueryError("开始日期不能晚于结束日期。")
    query = parse(q)
    matches = get_backend().search(query, filters_for(channel, start, end), order, offset, limit)
    hits = _hits(matches.ids, matches.scores, query.marks())
    return SearchResults(matches.total, hits, matches.reachable, matches.capped)
