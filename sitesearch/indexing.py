"""Articles into search documents. Only live articles are in the index.

Read as plain rows (values), not page objects: building a Wagtail page object costs more
than cutting its text into terms, and a rebuild reads every article."""

from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction

from news.models import Article, ArticleTag, Byline
from news.text import body_text

from .models import SearchDocument, newest_first_key
from .text import grams

FIELDS = ("id", "title", "subtitle", "kicker", "summary", "source", "publish_time", "primary_channel_id", "body")


def _lines(*parts):
    return "\n".join(part for part in parts if part)


def _grouped(pairs):
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return groups


def document_for(row, tags, authors):
    return SearchDocument(
        key=newest_first_key(row["publish_time"], row["id"]),
        article_id=row["id"],
        channel_id=row["primary_channel_id"],
        title=grams(_lines(row["title"], row["subtitle"])),
        lead=grams(_lines(row["kicker"], *tags, row["summary"], *authors, row["source"])),
        body=grams(body_text(row["body"])),
    )


@dataclass
class ArticleRows:
    """What the documents of some articles are made from, read in three queries."""

    article_ids: list
    articles: list
    tags: dict
    authors: dict


def read_articles(article_ids):
    """The rows of those of `article_ids` that are live, with their tags and authors."""
    tags = ArticleTag.objects.filter(content_object_id__in=article_ids).values_list("content_object_id", "tag__name")
    authors = (
        Byline.objects.filter(article_id__in=article_ids)
        .order_by("sort_order")
        .values_list("article_id", "author__name")
    )
    return ArticleRows(
        list(article_ids),
        list(Article.objects.live().filter(id__in=article_ids).values(*FIELDS)),
        _grouped(tags),
        _grouped(authors),
    )


def documents(rows):
    """The documents of `rows`: no database work, only text."""
    return [document_for(row, rows.tags[row["id"]], rows.authors[row["id"]]) for row in rows.articles]


def replace_documents(article_ids, written):
    """Make `written` the only documents of `article_ids`, in one transaction. They go in in
    key order: FTS5 writes out its pending terms whenever a rowid goes backwards."""
    with transaction.atomic():
        SearchDocument.objects.filter(article_id__in=article_ids).delete()
        SearchDocument.objects.bulk_create(sorted(written, key=lambda document: document.key))
    return len(written)


def index_articles(article_ids):
    """Bring the documents of `article_ids` in line with the articles: written if live, else
    removed. Returns how many were written."""
    return replace_documents(article_ids, documents(read_articles(article_ids)))
