"""{% ranking_box %} — the 新闻排行 sidebar box; {% view_beacon article %} — counts a view."""

from django import template
from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import reverse

from delivery.tags import shows

from .. import admission
from ..queries import PERIODS, top_articles

register = template.Library()

# The box is the same for every reader and changes only as views are flushed.
BOX_CACHE_KEY = "ranking:box"
BOX_CACHE_SECONDS = 60
RANKING_TAG = "ranking"


@register.simple_tag
def ranking_box():
    shows(RANKING_TAG)  # an editor's intervention purges the box at once
    return cache.get_or_set(BOX_CACHE_KEY, _render_box, BOX_CACHE_SECONDS)


def _render_box():
    tabs = [
        {"period": period, "label": label, "entries": top_articles(period)} for period, (label, _) in PERIODS.items()
    ]
    return render_to_string("ranking/box.html", {"tabs": tabs})


@register.inclusion_tag("ranking/beacon.html")
def view_beacon(article):
    return {"article": article}


@register.simple_tag
def beacon_url(article):
    """The article's beacon with its page's token (ranking.admission)."""
    return f"{reverse('ranking:hit', args=[article.id])}?t={admission.token(article.id)}"
