"""Helpers for tests of any app."""

import re

from django.core.cache import cache

from .backends import page_stores
from .index import index


def forget_cached_pages():
    """Forget every cached page of this process, and the remembered data (delivery.memo)
    that the index no longer knows how to purge."""
    cache.clear()
    for store in page_stores():
        store.clear()
    index().clear()


def page_as_shown(client, url):
    """The page at `url` as a browser shows it: the sidebar fragment it fetches (推荐位
    modules, 新闻日历, 新闻排行) filled into its placeholder."""
    html = client.get(url).content.decode()
    placeholder = re.search(r'<div class="live-boxes" data-fragment="([^"]+)">', html)
    if placeholder is None:
        return html
    fragment = client.get(placeholder.group(1)).content.decode()
    return html.replace(placeholder.group(0), placeholder.group(0) + fragment)
