"""The sidebar's boxes that change without a publish of the page around them (推荐位
modules, 新闻日历, 新闻排行): one small page that the page fetches, cached on its own, so
a module edit or a new day purges a few fragments instead of every page of the site."""

from django.shortcuts import render

from archive.calendar import today
from delivery.tags import COUNTED_SECONDS, cache_response


def sidebar(request, day=None):
    cache_response(COUNTED_SECONDS)  # the ranking inside; the rest is purged by its tags
    return render(request, "portal/live_sidebar.html", {"day": day or today(), "selected": day})
