"""栏目: the channel tree and the articles of one channel."""

from ninja import Router
from ninja.errors import HttpError
from wagtail.models import Site

from delivery.tags import TAGGED_SECONDS, cache_response
from news.models import Channel
from news.queries import channel_articles, channel_tree

from .. import links
from ..cursors import page_of
from ..errors import responses
from ..params import ChannelId, Cursor, Limit
from ..queries import live_channel
from ..schemas import ArticlePageOut, ChannelTreeOut

router = Router(tags=["栏目"])


@router.get(
    "/channels",
    response=ChannelTreeOut,
    summary="栏目树",
    description="本站所有已发布的栏目,按导航顺序嵌套排列。外部链接栏目(如论坛、博客)的 url 是其外部地址。",
)
def channels(request):
    cache_response(TAGGED_SECONDS)
    home = Site.find_for_request(request).root_page
    return {"channels": [_node(request, channel, children) for channel, children in channel_tree(home)]}


def _node(request, channel, children):
    return {
        "id": channel.id,
        "title": channel.title,
        "slug": channel.slug,
        "kind": channel.kind,
        "url": channel.link_url if channel.kind == Channel.Kind.LINK else links.page_url(request, channel),
        "intro": channel.intro,
        "in_menu": channel.show_in_menus,
        "children": [_node(request, *child) for child in children],
    }


@router.get(
    "/channels/{channel_id}/articles",
    response=responses(ArticlePageOut, 400, 404, 422),
    summary="栏目稿件",
    description="栏目及其所有子栏目的稿件(含同时发布到这些栏目的稿件,每篇一次),新的在前,"
    "按游标翻页:把 next_cursor 原样传回 cursor 即得下一页。翻页期间新发布的稿件不会使后面的页重复或漏掉稿件。",
)
def articles_of_channel(request, channel_id: ChannelId, cursor: Cursor, limit: Limit):
    cache_response(TAGGED_SECONDS)
    channel = live_channel(channel_id)
    if channel is None:
        raise HttpError(404, f"栏目不存在或未发布:{channel_id}")
    return page_of(channel_articles(channel), cursor, limit)
