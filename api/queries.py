"""Article lookups of the API, with everything an item shows fetched in a fixed number of queries."""

from django.db.models import Prefetch, prefetch_related_objects

from news.models import Byline, Channel
from news.queries import live_articles
from pictures.models import PictureRendition

# Renditions the app gets: a list thumbnail, and the width the article page uses.
ITEM_IMAGE = "fill-400x300"
DETAIL_IMAGE = "width-800"


def with_relations(articles, image_spec=ITEM_IMAGE, *extra):
    """Fetch the channel, bylines and lead-image rendition of `articles` (a list) at once."""
    prefetch_related_objects(
        articles,
        "primary_channel",
        Prefetch("bylines", queryset=Byline.objects.select_related("author")),
        Prefetch(
            "lead_image__renditions",
            queryset=PictureRendition.objects.filter(filter_spec=image_spec),
            to_attr="prefetched_renditions",
        ),
        *extra,
    )
    return articles


def live_article(article_id):
    """The live article with everything its detail shows, or None."""
    article = live_articles().defer(None).filter(pk=article_id).first()
    if article is not None:
        with_relations([article], DETAIL_IMAGE, "tags")
    return article


def live_channel(channel_id):
    return Channel.objects.live().filter(pk=channel_id).first()
