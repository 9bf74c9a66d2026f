"""Which cache tags an edit touches: the one place that answers "which addresses show this?".

Pages that showed an article declared `a:<id>` while they rendered, so every list, box and
page it was on is found through that tag, wherever it was filed before. What the article
enters (the lists of its channels and tags, the calendar of its day) is named from its
state now, and the day it had before (a changed 发布时间 changes two calendars)."""

from django.utils import timezone

from news.models import Article, ArticleListing, ArticleTag, Channel
from topics.models import Topic

from .tags import SITE


def article_tags(article, earlier_times=()):
    return articles_tags([article], earlier_times)


def articles_tags(articles, earlier_times=()):
    """The tags of many articles at once (an import's batch): two queries, not two each."""
    ids = [article.pk for article in articles]
    tags = {"list:all", *(f"a:{pk}" for pk in ids)}
    listed = ArticleListing.objects.filter(article_id__in=ids).values_list("channel_id", flat=True)
    channels = {*listed, *(article.primary_channel_id for article in articles)} - {None}
    tags |= {f"list:{channel_id}" for channel_id in channels}
    names = ArticleTag.objects.filter(content_object_id__in=ids).values_list("tag__name", flat=True)
    tags |= {f"tag:{name}" for name in names}
    for when in {*(article.publish_time for article in articles), *earlier_times} - {None}:
        day = timezone.localtime(when).date()
        tags |= {f"day:{day.isoformat()}", f"month:{day:%Y-%m}"}
    return tags


def deleted_article_tags(article):
    """An article being deleted: its rows of listings and tags may be gone already."""
    tags = {f"a:{article.pk}", "list:all"}
    if article.primary_channel_id:
        tags.add(f"list:{article.primary_channel_id}")
    if article.publish_time:
        day = timezone.localtime(article.publish_time).date()
        tags |= {f"day:{day.isoformat()}", f"month:{day:%Y-%m}"}
    return tags


def page_tags(page):
    """Any other page published, unpublished, moved or deleted. Channels are in every
    page's navigation; a topic is also in the lists of topics."""
    specific_class = page.specific_class
    if specific_class is not None and issubclass(specific_class, Channel):
        return {SITE}
    tags = {f"page:{page.pk}"}
    if specific_class is not None and issubclass(specific_class, Topic):
        tags.add("topics")
    return tags


def author_tags(author_id):
    ids = Article.objects.filter(bylines__author_id=author_id).values_list("pk", flat=True)
    return {f"a:{pk}" for pk in ids}
