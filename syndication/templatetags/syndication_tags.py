"""{% article_head page %} — canonical link, description, author, Open Graph and JSON-LD of
an article; {% page_description %} and {% canonical_url %} — the same two for every other
page; {% site_feed_link %} and {% channel_feed_link channel %} — RSS discovery links."""

from django import template
from django.urls import reverse
from django.utils.html import format_html, strip_tags
from django.utils.text import Truncator

from siteconfig.queries import site_settings

from .. import publisher
from ..links import absolute_url
from ..structured_data import article_facts, json_ld_script, news_article, open_graph, organization

register = template.Library()


@register.inclusion_tag("syndication/article_head.html", takes_context=True)
def article_head(context, article):
    request = context["request"]
    facts = article_facts(article, request)
    return {
        "facts": facts,
        "open_graph": open_graph(facts, publisher.name(request)),
        "json_ld": json_ld_script(news_article(facts, organization(request))),
    }


@register.simple_tag(takes_context=True)
def site_feed_link(context):
    request = context["request"]
    return _feed_link(request, publisher.name(request), reverse("syndication:site_feed"))


@register.simple_tag(takes_context=True)
def channel_feed_link(context, channel):
    request = context["request"]
    title = f"{channel.title} - {publisher.name(request)}"
    return _feed_link(request, title, reverse("syndication:channel_feed", args=[channel.pk]))


def _feed_link(request, title, path):
    return format_html(
        '<link rel="alternate" type="application/rss+xml" title="{}" href="{}">', title, absolute_url(request, path)
    )


DESCRIPTION_CHARACTERS = 120


@register.simple_tag(takes_context=True)
def page_description(context):
    """What a search result says under the page's title: the editors' 搜索描述, else the
    page's own introduction (a channel's, a topic's), else what the page is."""
    request, page = context["request"], context.get("page")
    conf = site_settings(request)
    if page is None or page.depth <= 2:  # a view of its own, or the site's home
        written = getattr(page, "search_description", "") or conf.slogan
        return _plain(written) or conf.site_name
    for text in (page.search_description, getattr(page, "intro", "")):
        if plain := _plain(text):
            return plain
    return f"{conf.site_name}{page.title}:最新稿件"


def _plain(text):
    return Truncator(" ".join(strip_tags(str(text)).split())).chars(DESCRIPTION_CHARACTERS)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This address without its query, but for the page number of a list: each page of a
    list is its own page for search engines."""
    request = context["request"]
    number = request.GET.get("page", "")
    query = f"?page={number}" if number.isdigit() and number.isascii() and int(number) > 1 else ""
    return absolute_url(request, request.path + query)
