"""The index follows the page tree: publish, unpublish, move. Deletes cascade to the document.

Handlers run inside the publishing transaction, so the index changes with the page or not at all."""

from django.db.models import OuterRef, Subquery
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import Article

from .indexing import index_articles
from .models import SearchDocument


@receiver(page_published, sender=Article)
@receiver(page_unpublished, sender=Article)
def article_changed(sender, instance, **kwargs):
    index_articles([instance.pk])


@receiver(post_page_move)
def articles_moved(sender, instance, **kwargs):
    """Only the channel filter can change; news' own handler has refiled the articles by now."""
    moved = Article.objects.descendant_of(instance, inclusive=True).values("id")
    channel = Article.objects.filter(pk=OuterRef("article_id")).values("primary_channel_id")
    SearchDocument.objects.filter(article_id__in=moved).update(channel_id=Subquery(channel))
