"""The ranking read from the stored view counts: nothing here is estimated."""

from datetime import timedelta

from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone

from news.models import Article
from news.queries import live_articles
from placement.models import Curation

from .models import ViewCount

# Tabs of the ranking box, in the order shown.
PERIODS = {
    "day": ("24小时", timedelta(hours=24)),
    "week": ("7天", timedelta(days=7)),
    "month": ("30天", timedelta(days=30)),
}
# A beacon asks whether its article is live; a minute-old answer is good enough.
LIVE_CHECK_SECONDS = 60


def top_articles(period, limit=10, now=None):
    """[(article, views)] of the most-read live articles of the period, most read first,
    then newest. Only whole hours that began within the period count, so a view in the
    list surely happened within it. Editors' interventions (placement.Curation) come first:
    what they put first leads with views None (the box says 推荐), what they took out is gone."""
    now = now or timezone.now()
    curated = Curation.in_force(now, Curation.Place.RANKING)
    pinned, excluded = curated[Curation.Action.PIN], set(curated[Curation.Action.EXCLUDE])
    totals = list(
        ViewCount.objects.filter(hour__gte=now - PERIODS[period][1], article__live=True)
        .exclude(article_id__in=excluded | set(pinned))
        .values_list("article_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-article__publish_time", "-article_id")[:limit]
    )
    ranked = [(article_id, None) for article_id in pinned if article_id not in excluded] + totals
    articles = live_articles().in_bulk([article_id for article_id, _ in ranked])
    return [(articles[article_id], views) for article_id, views in ranked if article_id in articles][:limit]


def is_live_article(article_id) -> bool:
    return cache.get_or_set(
        f"ranking:live:{article_id}",
        lambda: Article.objects.live().filter(pk=article_id).exists(),
        LIVE_CHECK_SECONDS,
    )
