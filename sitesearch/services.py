"""站内搜索: the one entry point for the search page and the app API."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import F
from django.utils.safestring import SafeString

from news.models import Article

from .backends import get_backend
from .backends.base import Filters, SearchBackend
from .models import SearchDocument
from .query import QueryError, parse
from .snippets import highlight, snippet

__all__ = ["MAX_RESULTS", "Hit", "QueryError", "SearchResults", "search"]

BEIJING = ZoneInfo("Asia/Shanghai")
ORDERS = ("relevance", "newest")
MAX_RESULTS = SearchBackend.count_cap  # no order pages further than this many results


# Tiers of a hit, best first (shown on the results page).
TYPED, WORDS, PARTS = "typed", "words", "parts"


@dataclass
class Hit:
    article: Article
    title_html: SafeString
    snippet_html: SafeString
    score: float
    tier: str = WORDS


@dataclass
class SearchResults:
    total: int  # all matches, or the count cap when there are at least that many
    hits: list[Hit]
    reachable: int  # how many of them can be paged to in this order
    capped: bool
    typed: int = 0  # of them, those holding the query as typed (完全一致)
    typed_capped: bool = False
    parts_only: int = 0  # with nothing else found: the matches of the query's parts, offered instead


def _day_start(day):
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def filters_for(channel=None, start=None, end=None):
    """Filters from a channel (sub-channels included) and Beijing dates, both ends inclusive."""
    return Filters(
        channel_ids=tuple(channel.list_channel_ids()) if channel is not None else None,
        since=_day_start(start) if start else None,
        until=_day_start(end + timedelta(days=1)) if end and end < date.max else None,
    )


def _hits(ids, tiers, marks):
    # Only what a result shows: the channel's title, not the channel page (building page
    # objects is most of a search's time). The app API fetches more for its own items.
    articles = Article.objects.live().annotate(channel_title=F("primary_channel__title")).in_bulk(ids)
    hits = []
    for rank, article_id in enumerate(ids):
        article = articles.get(article_id)
        if article is None:  # unpublished since the index was read
            continue
        text = article.body_text() or article.summary
        hits.append(Hit(article, highlight(article.title, marks), snippet(text, marks), -rank, tiers[article_id]))
    return hits


def search(q, *, channel=None, start=None, end=None, order="relevance", offset=0, limit=20, parts=False):
    """Live articles matching `q`, one page of them and the counts, in tiers: the query as
    typed (its characters side by side, wherever the words were cut), then every word of it;
    within a tier the title first (as typed) and then relevance or the newest. When neither
    finds anything, the matches of the long words' parts are counted and offered (shown
    with `parts`), not passed off as hits.

    Raises QueryError, with a message for the reader, when `q` cannot be searched."""
    if order not in ORDERS:
        raise QueryError("排序方式只能是按相关度或按时间。")
    if start and end and start > end:
        raise QueryError("开始日期不能晚于结束日期。")
    query, filters, engine = parse(q), filters_for(channel, start, end), get_backend()
    typed = engine.as_typed(query, filters) if query.has_typed_form else []
    # Every match that can be paged to: the newest up to the cap, or the ranked window.
    reach = engine.count_cap if order == "newest" else engine.window
    words = engine.search(query.without_parts(), filters, order, 0, reach)
    if not typed and not words.total:
        return _parts(engine, query, filters, order, offset, limit, shown=parts)
    ranked, tiers = _tiered(typed, words, order)
    total = min(engine.count_cap, len(ranked) + max(0, words.total - len(words.ids)))
    page = ranked[offset : offset + limit]
    hits = _hits(page, tiers, query.marks())
    typed_capped = len(typed) >= engine.count_cap
    return SearchResults(total, hits, len(ranked), total >= engine.count_cap, len(typed), typed_capped)


def _tiered(typed, words, order):
    """Article ids in the order shown, and the tier of each."""
    tiers = dict.fromkeys(words.ids, WORDS) | {article_id: TYPED for _, article_id, _ in typed}
    found = set(words.ids)
    if order == "newest":
        keys = {article_id: key for key, article_id, _ in typed}
        keys |= dict(SearchDocument.objects.filter(article_id__in=found - keys.keys()).values_list("article_id", "key"))
        return sorted(tiers, key=lambda article_id: -keys.get(article_id, 0)), tiers
    # As typed: in the title first, then also found word for word (化工会展 holds 工会 as
    # typed, but not the word), then the newest.
    first = sorted(typed, key=lambda row: (not row[2], row[1] not in found, -row[0]))
    shown = [article_id for _, article_id, _ in first]
    return shown + [article_id for article_id in words.ids if tiers[article_id] == WORDS], tiers


def _parts(engine, query, filters, order, offset, limit, shown):
    matches = engine.search(query, filters, order, offset, limit)
    if not shown:
        return SearchResults(0, [], 0, False, parts_only=matches.total)
    hits = _hits(matches.ids, dict.fromkeys(matches.ids, PARTS), query.marks())
    return SearchResults(matches.total, hits, matches.reachable, matches.capped, parts_only=matches.total)
