"""Article lists used by pages and modules; every list query of the portal starts here."""

from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber

from delivery.memo import remember
from delivery.tags import SITE, shows

from .models import Article, ArticleListing, ArticleTag, Channel


def live_articles():
    """Live articles newest first, without their bodies: lists show titles, and a body is
    most of an article's row (`.defer(None)` where the body is shown, as in feeds). Their
    channels are joined only where a list names them (`.select_related("primary_channel")`):
    a channel is a whole page, and building one per row costs more than the row."""
    return Article.objects.live().select_related("lead_image").defer("body").order_by("-publish_time", "-id")


def in_channels(articles, channel_ids):
    """`articles` filed in any of `channel_ids` or listed there as well (多栏目发布). A filter,
    not a join: an article listed in two of the channels comes once. SQLite answers the OR
    from two indexes (article_channel_time, listing_channel_article), no DISTINCT."""
    shows(*(f"list:{channel_id}" for channel_id in channel_ids))
    listed = ArticleListing.objects.filter(channel_id__in=channel_ids).values("article_id")
    return articles.filter(Q(primary_channel_id__in=channel_ids) | Q(pk__in=listed))


def channel_articles(channel):
    return in_channels(live_articles(), channel.list_channel_ids())


def channel_article_count(channel):
    """How many articles a channel lists, remembered until one of its lists changes: counting
    reads every row of the channel (tens of milliseconds at 100,000 articles), and every
    page of the list needs the number."""
    return remember(f"channel:{channel.pk}:count", lambda: channel_articles(channel).count())


def latest_articles(*, channel=None, tag=None, with_image=False, limit=10):
    articles = live_articles()
    if channel is None and not tag:
        shows("list:all")
    if channel is not None:
        articles = in_channels(articles, channel.list_channel_ids())
    if tag:
        shows(f"tag:{tag}")
        articles = articles.filter(tags__name=tag)
    if with_image:
        articles = articles.exclude(lead_image=None)
    return list(articles[:limit])


def nav_channels(home):
    """The top navigation: the home page's channels shown in menus, in tree order."""

    def read():
        shows(SITE)
        return list(Channel.objects.child_of(home).live().in_menu().order_by("path"))

    return remember(f"nav:{home.pk}", read)


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
        articles = list(in_channels(live_articles(), members[channel.path])[:per_channel])
        if articles:
            blocks.append((channel, articles))
    return blocks


def newest_ids_by_tag(tags, per_tag):
    """{tag: ids of the newest live articles carrying it, newest first, up to `per_tag`} in
    one query that ranks only tag rows and dates (the sections of a 专题 show several tags)."""
    if not tags:
        return {}
    shows(*(f"tag:{tag}" for tag in tags))
    newest_first = (F("content_object__publish_time").desc(), F("content_object_id").desc())
    rows = (
        ArticleTag.objects.filter(tag__name__in=tags, content_object__live=True)
        .annotate(rank=Window(RowNumber(), partition_by=F("tag_id"), order_by=newest_first))
        .filter(rank__lte=per_tag)
        .values_list("tag__name", "rank", "content_object_id")
    )
    by_tag = {}
    for tag, _, article_id in sorted(rows):
        by_tag.setdefault(tag, []).append(article_id)
    return by_tag


def home_blocks(home):
    """The home page's own blocks: the newest, and each channel's newest. The 头条 and the
    other home modules are the desk editors' (placement)."""
    channels = [c for c in nav_channels(home) if c.kind != Channel.Kind.LINK]
    shows("list:all")
    return {"newest": list(live_articles()[:10]), "channel_blocks": newest_by_channel(channels, per_channel=6)}


def channel_tree(home):
    """Every live channel under `home` as nested (channel, children) pairs, in nav order."""
    shows(SITE)
    channels = list(Channel.objects.descendant_of(home).live().order_by("path"))
    children = {}
    for channel in channels:
        children.setdefault(channel.path[: -Channel.steplen], []).append(channel)

    def build(path):
        return [(channel, build(channel.path)) for channel in children.get(path, [])]

    return build(home.path)
