"""Keep Article.primary_channel true when pages move in the tree."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import Article, ArticleFolder


@receiver(post_page_move)
def refile_moved_articles(sender, instance, parent_page_after, **kwargs):
    """An article's channel is the page two levels up (channel / month folder / article), so
    only moving an article or a month folder changes it: one UPDATE either way. A moved
    channel keeps its articles' channel, however many there are."""
    if issubclass(sender, Article):
        channel_id = parent_page_after.get_parent().pk
        Article.objects.filter(pk=instance.pk).update(primary_channel_id=channel_id)
    elif issubclass(sender, ArticleFolder):
        Article.objects.child_of(instance).update(primary_channel_id=parent_page_after.pk)
