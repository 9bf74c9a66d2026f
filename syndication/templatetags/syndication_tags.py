"""{% article_head page %} — canonical link, description, author, Open Graph and JSON-LD of
an article; {% site_feed_link %} and {% channel_feed_link channel %} — RSS discovery links."""

from django import template
from django.urls import reverse
from django.utils.html import format_html

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
