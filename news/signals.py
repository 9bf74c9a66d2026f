"""Keep Article.primary_channel true when pages move in the tree."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import Article, Channel


@receiver(post_page_move)
def refile_moved_articles(sender, instance, **kwargs):
    moved = instance.specific_deferred
    for article in Article.objects.descendant_of(moved, inclusive=True):
        channel = Channel.objects.ancestor_of(article).order_by("-depth").first()
        if article.primary_channel_id != (channel.id if channel else None):
            Article.objects.filter(pk=article.pk).update(primary_channel=channel)
