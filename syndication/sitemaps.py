"""Sections of sitemap.xml and the news sitemap. Pages are read as (url_path, date) values and
their addresses computed, never loaded one by one: cheap with hundreds of thousands of articles."""

from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from wagtail.models import Page

from news.models import Article, ArticleFolder, Channel

from .links import path_from_url_path

NEWS_HOURS = 48  # Google News reads articles of the last two days
NEWS_LIMIT = 1000  # and at most this many per news sitemap


class PageSitemap(Sitemap):
    """Live, public pages of one site; `root` is its root page."""

    def __init__(self, root):
        self.root = root

    def pages(self):
        raise NotImplementedError

    def items(self):
        # Ordered by id, new pages go to the end: earlier sitemap pages stay as they were.
        return self.pages().order_by("pk").values("url_path", "lastmod")

    def location(self, item):
        return iri_to_uri(path_from_url_path(item["url_path"], self.root.url_path))

    def lastmod(self, item):
        return item["lastmod"]

    def get_latest_lastmod(self):
        return self.pages().aggregate(latest=Max("lastmod"))["latest"]


class ArticleSitemap(PageSitemap):
    def pages(self):
        # Imported and demo articles carry last_published_at; articles filed by code may not.
        lastmod = Coalesce("last_published_at", "publish_time")
        return Article.objects.live().public().descendant_of(self.root).annotate(lastmod=lastmod)


class OtherPageSitemap(PageSitemap):
    """The home page, channels and single pages: every page but articles. Month folders and
    external-link channels only redirect, so they are left out."""

    def pages(self):
        pages = Page.objects.live().public().descendant_of(self.root, inclusive=True)
        pages = pages.not_type(Article, ArticleFolder).exclude(channel__kind=Channel.Kind.LINK)
        return pages.annotate(lastmod=Coalesce("last_published_at", "first_published_at"))


def sections(root):
    return {"articles": ArticleSitemap(root), "pages": OtherPageSitemap(root)}


def news_articles(root):
    """Articles of the last 48 hours for the news sitemap, newest first. Nothing dated ahead."""
    now = timezone.now()
    recent = Article.objects.live().public().descendant_of(root)
    recent = recent.filter(publish_time__gt=now - timedelta(hours=NEWS_HOURS), publish_time__lte=now)
    return recent.order_by("-publish_time", "-pk").values("url_path", "title", "publish_time")[:NEWS_LIMIT]
