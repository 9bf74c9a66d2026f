"""What an article page tells search engines and share cards: JSON-LD NewsArticle and
Open Graph, built in Python from one set of facts, so nothing is escaped by hand."""

import json
from dataclasses import dataclass

from django.utils.safestring import mark_safe

from . import articles, publisher
from .links import absolute_url, page_url

# "</script>" or "<!--" inside a string must not end or confuse the script element;
# JSON parsers read these escapes back as the same characters.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class ArticleFacts:
    url: str
    title: str
    kicker: str
    description: str
    authors: list
    source: str
    published: str
    modified: str
    section: str
    tags: list
    image: Image | None
    original: str  # a 转载's original address


def article_facts(article, request):
    """Everything the metadata says about `article`, each looked up once."""
    channel = article.primary_channel
    return ArticleFacts(
        url=page_url(request, article),
        title=article.title,
        kicker=article.kicker,
        description=articles.description(article),
        authors=article.author_names,
        source=article.source,
        published=articles.published(article).isoformat(timespec="seconds"),
        modified=articles.modified(article).isoformat(timespec="seconds"),
        section=channel.title if channel else "",
        tags=article.tag_names,
        image=share_image(article, request),
        original=article.original_url if article.reprint else "",
    )


def share_image(article, request):
    rendition = articles.share_image(article)
    if rendition is None:
        return None
    alt = article.lead_image.caption or article.title
    return Image(absolute_url(request, rendition.url), rendition.width, rendition.height, alt)


def news_article(facts, organization):
    """schema.org NewsArticle, as https://developers.google.com/search/docs/appearance/structured-data/article
    reads it. Empty properties are left out."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": facts.url},
        "url": facts.url,
        "headline": facts.title,
        "alternativeHeadline": facts.kicker,
        "description": facts.description,
        "author": authors(facts),
        "datePublished": facts.published,
        "dateModified": facts.modified,
        "publisher": organization,
        "image": facts.image and image_object(facts.image),
        "articleSection": facts.section,
        "keywords": facts.tags,
        "inLanguage": "zh-CN",
        "isBasedOn": facts.original,
    }
    return {key: value for key, value in data.items() if value}


def authors(facts):
    """The bylines as people; an article without a byline is credited to its source (来源)."""
    if facts.authors:
        return [{"@type": "Person", "name": name} for name in facts.authors]
    return [{"@type": "Organization", "name": facts.source}] if facts.source else []


def image_object(image):
    return {"@type": "ImageObject", "url": image.url, "width": image.width, "height": image.height}


def organization(request):
    url, width, height = publisher.logo(request)
    return {
        "@type": "Organization",
        "name": publisher.name(request),
        "url": absolute_url(request, "/"),
        "logo": image_object(Image(url, width, height, "")),
    }


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def open_graph(facts, site_name):
    """Open Graph properties (https://ogp.me/) as (property, content) pairs, in order."""
    properties = [
        ("og:type", "article"),
        ("og:title", facts.title),
        ("og:description", facts.description),
        ("og:url", facts.url),
        ("og:site_name", site_name),
        ("og:locale", "zh_CN"),
    ]
    properties = [(prop, content) for prop, content in properties if content]
    if facts.image:
        properties += [
            ("og:image", facts.image.url),
            ("og:image:width", facts.image.width),
            ("og:image:height", facts.image.height),
            ("og:image:alt", facts.image.alt),
        ]
    properties += [("article:published_time", facts.published), ("article:modified_time", facts.modified)]
    if facts.section:
        properties.append(("article:section", facts.section))
    return properties + [("article:tag", tag) for tag in facts.tags]
