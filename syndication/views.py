"""sitemap.xml (an index of sections), its sections, the news sitemap and robots.txt."""

from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import render
from django.urls import reverse

from delivery.tags import SITE, cached
from news.text import printable

from . import articles, publisher, sitemaps
from .links import absolute_url, path_from_url_path, site_root

# Not for search engines: the admins, search results, the view counter's beacon.
DISALLOWED = ["/admin/", "/django-admin/", "/search/", "/ranking/hit/"]


@cached("list:all")
def sitemap_index(request):
    sections = sitemaps.sections(site_root(request))
    return sitemap_views.index(request, sections, sitemap_url_name="syndication:sitemap_section")


@cached("list:all")
def sitemap_section(request, section):
    # Django's own template gives only the day; a news site's pages change by the minute.
    sections = sitemaps.sections(site_root(request))
    return sitemap_views.sitemap(request, sections, section=section, template_name="syndication/sitemap.xml")


@cached("list:all")
@sitemap_views.x_robots_tag
def news_sitemap(request):
    root = site_root(request)
    entries = [
        {
            "location": absolute_url(request, path_from_url_path(article["url_path"], root.url_path)),
            "title": printable(article["title"]),
            "published": articles.beijing_time(article["publish_time"]).isoformat(timespec="seconds"),
        }
        for article in sitemaps.news_articles(root)
    ]
    context = {"publication": publisher.name(request), "entries": entries}
    return render(request, "syndication/news_sitemap.xml", context, content_type="application/xml")


@cached(SITE)
def robots_txt(request):
    context = {
        "disallowed": DISALLOWED,
        "sitemaps": [
            absolute_url(request, reverse(name)) for name in ("syndication:sitemap", "syndication:news_sitemap")
        ],
    }
    return render(request, "syndication/robots.txt", context, content_type="text/plain; charset=utf-8")
