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


def newest_by_channel(channels, per_channel):
    """The newest articles of each of `channels` (sibling channels), sub-channels included:
    one query for the channel tree, then one indexed query per channel. (A window function
    would do it in one query but scans every article once a channel holds millions.)"""
    if not channels:
        return []
    top_length = len(channels[0].path)
    members = {channel.path: [] for channel in channels}
    for channel_id, path in Channel.objects.filter(depth__gte=channels[0].depth).values_list("id", "path"):
        if path[:top_length] in members:
            members[path[:top_length]].append(channel_id)
    blocks = []
    for channel in channels:
        articles = list(live_articles().filter(primary_channel_id__in=members[channel.path])[:per_channel])
        if articles:
            blocks.append((channel, articles))
    return blocks


def home_context(home):
    """The home page's own blocks: the headline, the newest, and each channel's newest."""
    channels = [c for c in nav_channels(home) if c.kind != Channel.Kind.LINK]
    newest = live_articles()
    return {
        "headline": newest.exclude(lead_image=None).first(),
        "newest": list(newest[:10]),
        "channel_blocks": newest_by_channel(channels, per_channel=6),
    }


def channel_tree(home):
    """Every live channel under `home` as nested (channel, children) pairs, in nav order."""
    channels = list(Channel.objects.descendant_of(home).live().order_by("path"))
    children = {}
    for channel in channels:
        children.setdefault(channel.path[: -Channel.steplen], []).append(channel)

    def build(path):
        return [(channel, build(channel.path)) for channel in children.get(path, [])]

    return build(home.path)
