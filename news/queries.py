"""Article lists used by pages and modules; every list query of the portal starts here."""

from .models import Article, Channel


def live_articles():
    return Article.objects.live().select_related("lead_image", "primary_channel").order_by("-publish_time", "-id")


def channel_articles(channel):
    return live_articles().filter(primary_channel_id__in=channel.list_channel_ids())


def latest_articles(*, channel=None, tag=None, with_image=False, limit=10):
    articles = live_articles()
    if channel is not None:
        articles = articles.filter(primary_channel_id__in=channel.list_channel_ids())
    if tag:
        articles = articles.filter(tags__name=tag)
    if with_image:
        articles = articles.exclude(lead_image=None)
    return list(articles[:limit])


def nav_channels(home):
    """The top navigation: the home page's channels shown in menus, in tree order."""
    return list(Channel.objects.child_of(home).live().in_menu().order_by("path"))


def home_context(home):
    """The home page's own blocks: the headline and the newest of each channel."""
    channels = nav_channels(home)
    newest = live_articles()
    blocks = [
        (channel, latest_articles(channel=channel, limit=6))
        for channel in channels
        if channel.kind != Channel.Kind.LINK
    ]
    return {
        "headline": newest.exclude(lead_image=None).first(),
        "newest": list(newest[:10]),
        "channel_blocks": [(c, items) for c, items in blocks if items],
    }
