"""站内搜索: the one entry point for the search page and the app API.

Matches come in tiers, best first, and the page says which is which:

1. 完全一致: every piece of the query as typed, its characters side by side;
2. 同处出现: the words of a piece cut apart (工会改革 → 工会 改革), all in the title or all
   in the lead (kicker, summary, tags): one short place, not a whole body apart;
3. 分散出现: those words anywhere in the article.

Tiers 2 and 3 exist only for a query with a piece of several words, and only beside the
first: when nothing holds the query as typed, the page says 没有找到 and offers the words
apart, with their count, rather than passing them off as hits. Within a tier, relevance puts
title matches first and the newest next (both weights are settings); the newest order is by
publish time."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F
from django.utils.safestring import SafeString

from news.models import Article

from .backends import get_backend
from .backends.base import Filters, SearchBackend
from .models import KEY_ID_RANGE, SearchDocument
from .query import QueryError, parse
from .snippets import highlight, snippet
from .text import as_words, is_han, runs_of

__all__ = ["MAX_RESULTS", "Hit", "QueryError", "SearchResults", "search"]

BEIJING = ZoneInfo("Asia/Shanghai")
ORDERS = ("relevance", "newest")
MAX_RESULTS = SearchBackend.count_cap  # no order pages further than this many results
TYPED, ONE_PLACE, APART = "typed", "one_place", "apart"
TIER_LABELS = {TYPED: "完全一致", ONE_PLACE: "同处出现", APART: "分散出现"}


@dataclass
class Hit:
    article: Article
    title_html: SafeString
    snippet_html: SafeString
    tier: str

    @property
    def tier_label(self):
        return TIER_LABELS[self.tier]


@dataclass
class SearchResults:
    total: int  # all matches shown, or the count cap when there are at least that many
    hits: list[Hit]
    reachable: int  # how many of them can be paged to
    capped: bool
    counts: dict = field(default_factory=dict)  # matches per tier (each up to the cap)
    words: tuple[str, ...] = ()  # the query's words, when they are searched apart
    apart: int = 0  # nothing as typed: how many hold the words apart (offered, not shown)

    @property
    def typed(self):
        return self.counts.get(TYPED, 0)

    @property
    def typed_capped(self):
        return self.typed >= MAX_RESULTS


def _day_start(day):
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def filters_for(channel=None, start=None, end=None):
    """Filters from a channel (sub-channels included) and Beijing dates, both ends inclusive."""
    return Filters(
        channel_ids=tuple(channel.list_channel_ids()) if channel is not None else None,
        since=_day_start(start) if start else None,
        until=_day_start(end + timedelta(days=1)) if end and end < date.max else None,
    )


def _ranked(rows, order, now):
    """Keys of one tier's rows (key, in the title), in the order shown."""
    if order == "newest":
        return [key for key, _ in rows]
    title_weight, half_life = settings.SEARCH_TITLE_WEIGHT, settings.SEARCH_HALF_LIFE_DAYS * 86400

    def score(row):
        key, in_title = row
        age = max(0, now - key // KEY_ID_RANGE)
        return title_weight * in_title + 0.5 ** (age / half_life)

    return [key for key, _ in sorted(rows, key=lambda row: (-score(row), -row[0]))]


def _holds(field, pieces):
    return all(piece.found_in(field) for piece in pieces)


def _in_title(title, pieces):
    """Whether the title holds every piece, and each piece of Chinese characters on word
    edges there: 化工会展 holds 工会 as typed, but a title about 工会 ranks first."""
    if not _holds(title, pieces):
        return False
    runs = [run for run in runs_of(title) if is_han(run)]
    return all(any(as_words(piece.text, run) for run in runs) for piece in pieces if is_han(piece.text))


def _fields(typed, anywhere):
    """(title, lead) terms of the documents of `anywhere`, and the titles of `typed`."""
    rows = SearchDocument.objects.filter(key__in=anywhere).values_list("key", "title", "lead")
    found = {key: (title, lead) for key, title, lead in rows}
    titles = SearchDocument.objects.filter(key__in=set(typed) - found.keys()).values_list("key", "title")
    return found | {key: (title, "") for key, title in titles}


def _tiers(engine, query, filters, parts):
    """(tier, rows of key and whether the title holds the tier's pieces), or None when
    only the words apart are to be offered. Where the pieces stand (title, lead) is read
    from the documents' own terms: two short fields of at most a count cap's rows, cheaper
    than asking the engine again."""
    typed = engine.matches(query.pieces, filters)
    if query.has_parts and not typed and not parts:
        return None
    # Past a count cap of matches as typed the words apart would rank beyond every page that
    # can be shown: not read, nor counted.
    apart_shown = query.has_parts and len(typed) < engine.count_cap
    anywhere = engine.matches(query.words, filters) if apart_shown else []
    fields = _fields(typed, anywhere)
    empty = ("", "")
    tiers = [(TYPED, [(key, _in_title(fields.get(key, empty)[0], query.pieces)) for key in typed])]
    if not apart_shown:
        return tiers
    typed_keys, one_place, apart = set(typed), [], []
    for key in (key for key in anywhere if key not in typed_keys):
        title, lead = fields.get(key, empty)
        if _holds(title, query.words) or _holds(lead, query.words):
            one_place.append((key, _in_title(title, query.words)))
        else:
            apart.append((key, False))
    return [*tiers, (ONE_PLACE, one_place), (APART, apart)]


def _hits(keys, tiers, marks):
    # Only what a result shows: the channel's title, not the channel page (building page
    # objects is most of a search's time). The app API fetches more for its own items.
    article_ids = dict(SearchDocument.objects.filter(key__in=keys).values_list("key", "article_id"))
    found = Article.objects.live().annotate(channel_title=F("primary_channel__title"))
    articles = found.in_bulk(article_ids.values())
    hits = []
    for key in keys:
        article = articles.get(article_ids.get(key))
        if article is None:  # unpublished since the index was read
            continue
        text = article.body_text() or article.summary
        hits.append(Hit(article, highlight(article.title, marks), snippet(text, marks), tiers[key]))
    return hits


def search(q, *, channel=None, start=None, end=None, order="relevance", offset=0, limit=20, parts=False):
    """Live articles matching `q` in tiers (see above), one page of them and the counts;
    `parts` shows the words apart when nothing holds the query as typed.

    Raises QueryError, with a message for the reader, when `q` cannot be searched."""
    if order not in ORDERS:
        raise QueryError("排序方式只能是按相关度或按时间。")
    if start and end and start > end:
        raise QueryError("开始日期不能晚于结束日期。")
    query, filters, engine = parse(q), filters_for(channel, start, end), get_backend()
    words = tuple(word.text for word in query.words) if query.has_parts else ()
    tiers = _tiers(engine, query, filters, parts)
    if tiers is None:
        return SearchResults(0, [], 0, False, {TYPED: 0}, words, apart=len(engine.matches(query.words, filters)))
    now = int(datetime.now().timestamp())
    ranked = [(key, tier) for tier, rows in tiers for key in _ranked(rows, order, now)][: engine.count_cap]
    counts = {tier: len(rows) for tier, rows in tiers}
    page = ranked[offset : offset + limit]
    hits = _hits([key for key, _ in page], dict(page), query.marks())
    capped = any(count >= engine.count_cap for count in counts.values()) or sum(counts.values()) > engine.count_cap
    return SearchResults(min(sum(counts.values()), engine.count_cap), hits, len(ranked), capped, counts, words)
