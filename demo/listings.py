"""多栏目发布 in the demo: a few stories listed in a second channel as well."""

from news.models import Article, ArticleListing

from .search_stories import STORIES

# story key → the further channel (slug) that lists it
LISTINGS = {"occupational_injury": "jiuye", "cold_wave": "chengjian"}


def ensure_listings(channels):
    """List the stories in their further channels where not listed yet."""
    titles = {story.key: story.title for story in STORIES}
    for key, slug in LISTINGS.items():
        article = Article.objects.filter(title=titles[key]).first()
        if article is not None:
            ArticleListing.objects.get_or_create(article=article, channel=channels[slug])
