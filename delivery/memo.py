"""Data that many pages show (the nav, a channel's trail, the leaders, the home page's
blocks) computed once and kept in the cache until what it read changes: the same tags and
the same purge as whole pages, so it is never older than a page built after an edit.

    leaders = remember("leaders", read)
    nav = remember_html(f"html:nav:{site.pk}", "siteconfig/nav.html", make_context)

On a hit the tags it read are declared again, so the page around it is purged with it.

Each process also keeps what it read in its own memory, tried first while a request
renders: a page reads a dozen remembered values, and one look at the shared cache per
request (the generation, renewed by every purge of remembered data) then replaces a
dozen round trips to Redis and as many unpicklings."""

import secrets
import time

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from . import tags as rendering_tags
from .index import index

PREFIX = "memo:"
GENERATION = PREFIX + "generation"
LOCAL_LIMIT = 5000  # values held per process; the set of names is small (sites, channels, regions)

_local = {}  # name → (generation, expires, stored)


def remember(name, compute, seconds=rendering_tags.TAGGED_SECONDS):
    key = PREFIX + name
    generation = _request_generation()
    stored = _local_copy(key, generation)
    if stored is None:
        stored = cache.get(key)
        if stored is not None:
            _keep(key, generation, stored, seconds)
    if stored is not None:
        value, shown, until = stored
        rendering_tags.shows(*shown)
        rendering_tags.changes_at(until)
        return value
    with rendering_tags.collecting(time.time()) as inner:
        value = compute()
    if index().record(key, inner.tags, seconds, inner.started):
        lifetime = seconds if inner.until is None else min(seconds, max(1, int(inner.until.timestamp() - time.time())))
        stored = (value, inner.tags, inner.until)
        cache.set(key, stored, lifetime)
        _keep(key, generation, stored, lifetime)
    return value


def remember_html(name, template_name, make_context):
    """A part of many pages rendered once: `template_name` with `make_context()`, kept as
    HTML under `name` (the same tags as the data it read)."""
    html = remember(name, lambda: render_to_string(template_name, make_context()))
    return mark_safe(html)  # noqa: S308 - our own template's output


def forget(keys):
    """Drop remembered values among purged keys; returns the keys that are addresses."""
    names = [key for key in keys if key.startswith(PREFIX)]
    if names:
        cache.set(GENERATION, secrets.token_hex(8), None)  # before the deletion: no reader keeps old copies
        cache.delete_many(names)
    return keys - set(names) if names else keys


def _request_generation():
    """The generation this request reads under, looked up once per request; None outside
    a request or while the shared cache cannot say (the process's copies are then unused)."""
    rendering = rendering_tags.current()
    if rendering is None:
        return None
    if rendering.memo_generation is None:
        generation = cache.get(GENERATION)
        if generation is None:  # first reader since the cache was emptied; another may race it
            cache.add(GENERATION, secrets.token_hex(8), None)
            generation = cache.get(GENERATION)
        rendering.memo_generation = generation
    return rendering.memo_generation


def _local_copy(key, generation):
    if generation is None:
        return None
    held = _local.get(key)
    if held is None or held[0] != generation or held[1] < time.time():
        return None
    return held[2]


def _keep(key, generation, stored, seconds):
    if generation is None:
        return
    if len(_local) >= LOCAL_LIMIT:
        _local.clear()
    expires = time.time() + seconds
    until = stored[2]
    if until is not None:
        expires = min(expires, until.timestamp())
    _local[key] = (generation, expires, stored)
