"""Keyset paging of newest-first article lists.

A cursor names the (publish_time, id) of the last item shown; the next page holds only
articles strictly older in that order, so articles published meanwhile never shift a page.
Cursors are signed: the app passes back what it got, and anything else is refused."""

from datetime import datetime

from django.core import signing
from django.db.models import Q

from .queries import with_relations

SALT = "api.cursor"


class CursorError(ValueError):
    """A cursor this server did not issue, or one it can no longer read."""


def encode(article) -> str:
    return signing.dumps([article.publish_time.isoformat(), article.pk], salt=SALT)


def decode(cursor: str) -> tuple[datetime, int]:
    try:
        stamp, pk = signing.loads(cursor, salt=SALT)
        return datetime.fromisoformat(stamp), int(pk)
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise CursorError("翻页游标(cursor)无效或已被改动,请从第一页重新加载。") from error


def page_of(articles, cursor, limit):
    """One page of `articles` (ordered newest first, then by descending id) after `cursor`."""
    if cursor:
        stamp, pk = decode(cursor)
        articles = articles.filter(Q(publish_time__lt=stamp) | Q(publish_time=stamp, pk__lt=pk))
    items = list(articles[: limit + 1])
    more = len(items) > limit
    items = with_relations(items[:limit])
    return {"items": items, "next_cursor": encode(items[-1]) if more else None}
