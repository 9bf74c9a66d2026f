"""RSS 2.0 of the whole site and of each channel (栏目), with the full text of every article."""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape

from delivery.tags import cached, shows
from news.models import Byline, Channel
from news.queries import channel_articles, live_articles
from news.text import printable
from siteconfig.queries import site_settings

from . import articles
from .links import absolute_url, absolutize_html, page_url


class FullTextRss(Rss201rev2Feed):
    """RSS 2.0 whose items also carry the whole article as content:encoded. Every text is
    what XML 1.0 can carry (one control character in a title would be a 500), whatever was
    stored before input was cleaned."""

    def __init__(self, *args, **kwargs):
        super().__init__(*printable(args), **printable(kwargs))

    def add_item(self, *args, **kwargs):
        super().add_item(*printable(args), **printable(kwargs))

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": "http://purl.org/rss/1.0/modules/content/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["content_encoded"])


class ArticleFeed(Feed):
    """The newest articles of `get_articles`; dates in Beijing time, every address absolute."""

    feed_type = FullTextRss
    limit = 50  # the newest articles only
    language = "zh-cn"
    item_guid_is_permalink = True

    @classmethod
    def as_view(cls):
        """A view that makes one feed per request: item methods get no request, but absolute
        addresses need its host, so the feed keeps it (never on a feed shared by threads)."""

        @cached()
        def view(request, *args, **kwargs):
            feed = cls()
            feed.request = request
            return feed(request, *args, **kwargs)

        return view

    def get_articles(self, obj):
        raise NotImplementedError

    def items(self, obj):
        bylines = Prefetch("bylines", queryset=Byline.objects.select_related("author"))
        # Items carry the whole body and name their channel.
        listed = self.get_articles(obj).public().defer(None).select_related("primary_channel")
        return listed.prefetch_related(bylines, "tags", "lead_image__renditions")[: self.limit]

    def feed_copyright(self):
        return site_settings(self.request).copyright or None

    def item_title(self, item):
        return item.title  # plain text, escaped once, by the XML writer

    def item_link(self, item):
        return page_url(self.request, item)

    def item_description(self, item):
        return escape(articles.description(item))

    def item_pubdate(self, item):
        return articles.published(item)

    def item_author_name(self, item):
        return "、".join(byline.author.name for byline in item.bylines.all()) or None

    def item_categories(self, item):
        channel = [item.primary_channel.title] if item.primary_channel else []
        return channel + [tag.name for tag in item.tags.all()]

    def item_extra_kwargs(self, item):
        return {"content_encoded": self.full_text(item)}

    def full_text(self, item):
        """The lead picture and the body as on the article page, every address absolute."""
        lead = articles.share_image(item)
        markup = render_to_string("syndication/feed_item.html", {"article": item, "lead": lead})
        return absolutize_html(markup, page_url(self.request, item))


class SiteFeed(ArticleFeed):
    def title(self):
        return site_settings(self.request).site_name

    def link(self):
        return absolute_url(self.request, "/")

    def description(self):
        conf = site_settings(self.request)
        return conf.slogan or f"{conf.site_name}最新稿件"

    def feed_url(self):
        return absolute_url(self.request, reverse("syndication:site_feed"))

    def get_articles(self, obj):
        shows("list:all")
        return live_articles()


class ChannelFeed(ArticleFeed):
    """One channel and its sub-channels. Addressed by page id: slugs repeat across the tree
    and a channel may be renamed or moved, but a subscription must keep working."""

    def get_object(self, request, channel_id):
        return Channel.objects.live().public().exclude(kind=Channel.Kind.LINK).get(pk=channel_id)

    def title(self, channel):
        return f"{channel.title} - {site_settings(self.request).site_name}"

    def link(self, channel):
        return page_url(self.request, channel)

    def description(self, channel):
        return channel.intro or f"{channel.title}最新稿件"

    def feed_url(self, channel):
        return absolute_url(self.request, reverse("syndication:channel_feed", args=[channel.pk]))

    def get_articles(self, channel):
        return channel_articles(channel)
