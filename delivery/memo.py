"""Data that many pages show (the nav, a channel's trail, the leaders, the home page's
blocks) computed once and kept in the cache until what it read changes: the same tags and
the same purge as whole pages, so it is never older than a page built after an edit.

    blocks = remember(f"home-blocks:{home.pk}", lambda: newest_by_channel(...))

On a hit the tags it read are declared again, so the page around it is purged with it."""

import time

from django.core.cache import cache

from . import tags as rendering_tags
from .index import index

PREFIX = "memo:"


def remember(name, compute, seconds=rendering_tags.TAGGED_SECONDS):
    key = PREFIX + name
    stored = cache.get(key)
    if stored is not None:
        value, shown, until = stored
        rendering_tags.shows(*shown)
        rendering_tags.changes_at(until)
        return value
    with rendering_tags.collecting(time.time()) as inner:
        value = compute()
    if index().record(key, inner.tags, seconds, inner.started):
        lifetime = seconds if inner.until is None else min(seconds, max(1, int(inner.until.timestamp() - time.time())))
        cache.set(key, (value, inner.tags, inner.until), lifetime)
    return value


def forget(keys):
    """Drop remembered values among purged keys; returns the keys that are addresses."""
    names = [key for key in keys if key.startswith(PREFIX)]
    if names:
        cache.delete_many(names)
    return keys - set(names) if names else keys
