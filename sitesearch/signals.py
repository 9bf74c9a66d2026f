"""The index follows the articles: every save (publish, unpublish, expiry, draft), and moves.
Deletes cascade to the document. Handlers run inside the saving transaction, so the index
changes with the article or not at all. A document is read back from the database, so a
draft save leaves the live text in the index."""

from django.db.models import OuterRef, Subquery
from django.dispatch import receiver
from wagtail.signals import post_page_move

from news.events import article_saved
from news.models import Article

from .indexing import index_articles
from .models import SearchDocument


@receiver(article_saved)
def article_changed(sender, instance, **kwargs):
    index_articles([instance.pk])


@receiver(post_page_move)
def articles_moved(sender, instance, **kwargs):
    """Only the channel filter can change; news' own handler has refiled the articles by now."""
    moved = Article.objects.descendant_of(instance, inclusive=True).values("id")
    channel = Article.objects.filter(pk=OuterRef("article_id")).values("primary_channel_id")
    SearchDocument.objects.filter(article_id__in=moved).update(channel_id=Subquery(channel))
