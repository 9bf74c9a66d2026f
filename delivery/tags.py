"""What a response shows, declared while it is rendered: the cache tags (surrogate keys)
that later tell which cached addresses an edit touches.

A response is cached only when its view asked for it (`cache_response`). Any code that
reads content for a page declares what it read with `shows("a:12", "list:5")`; a purge of
a tag reaches every cached address whose rendering declared it. Outside a request (a
command, a test calling a helper directly) nothing is collected and nothing breaks.

Tags in use:
  a:<id>          an article (its page, and every list or box that showed it)
  page:<id>       any Wagtail page served as itself (topics, info pages, channels)
  list:all        lists of every channel (home's newest, site feed, sitemaps)
  list:<id>       lists that include the channel <id> (its descendants list their own ids)
  tag:<name>      lists of articles by tag (modules, 专题 sections)
  day:<date>      a Beijing day's articles (calendar day page, calendar counts)
  month:<yyyy-mm> a Beijing month's calendar
  module:<id>     a 推荐位 module
  topics          lists of 专题
  site            site-wide parts: nav, footer, settings, leaders; purging it purges all
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from functools import wraps

SITE = "site"
# How long a copy may live: a safety net for tagged content, which purges end at once; the
# real lifetime of what changes as views are counted (新闻排行).
TAGGED_SECONDS = 3600
COUNTED_SECONDS = 60


@dataclass
class Rendering:
    """What one response declared: its tags, whether and how long it may be cached."""

    started: float
    tags: set = field(default_factory=set)
    seconds: int | None = None  # None: not cacheable
    until: datetime | None = None  # content changes by itself then (a pin ends, an hour turns)
    memo_generation: str | None = None  # of remembered data (delivery.memo), read once


_current: ContextVar[Rendering | None] = ContextVar("delivery_rendering", default=None)


def begin(started: float) -> Rendering:
    rendering = Rendering(started)
    _current.set(rendering)
    return rendering


def end():
    _current.set(None)


def current() -> Rendering | None:
    return _current.get()


def shows(*tags):
    """Declare that the response being rendered shows what these tags name."""
    rendering = _current.get()
    if rendering is not None:
        rendering.tags.update(tags)


def changes_at(when: datetime | None):
    """The content being rendered changes by itself at `when` (no event will say so)."""
    rendering = _current.get()
    if rendering is not None and when is not None and (rendering.until is None or when < rendering.until):
        rendering.until = when


def cache_response(seconds: int):
    """The response being rendered is the same for every reader: cache it for up to
    `seconds` (tag purges end it sooner)."""
    rendering = _current.get()
    if rendering is not None:
        rendering.seconds = seconds


def cached(*tags, seconds=TAGGED_SECONDS):
    """View decorator: the view's responses are the same for every reader; cache them for
    up to `seconds`, and purge them with `tags` besides what the view declares."""

    def decorate(view):
        @wraps(view)
        def cached_view(request, *args, **kwargs):
            cache_response(seconds)
            shows(*tags)
            return view(request, *args, **kwargs)

        return cached_view

    return decorate


@contextmanager
def collecting(started: float):
    """A rendering inside the current one (a cached part of a page): what it declares is
    declared by the page too."""
    outer = _current.get()
    inner = Rendering(started, memo_generation=outer.memo_generation if outer is not None else None)
    token = _current.set(inner)
    try:
        yield inner
    finally:
        _current.reset(token)
        if outer is not None:
            outer.tags |= inner.tags
            if inner.until is not None and (outer.until is None or inner.until < outer.until):
                outer.until = inner.until
