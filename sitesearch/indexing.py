"""Articles into search documents. Only live articles are in the index.

Read as plain rows (values), not page objects: building a Wagtail page object costs more
than cutting its text into terms, and a rebuild reads every article."""

from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction

from news.models import Article, ArticleTag, Byline
from news.text import body_text

from .backends import get_backend
from .models import SearchDocument, SearchText, newest_first_key
from .text import grams_of, normalize, runs, spaced

FIELDS = ("id", "title", "subtitle", "kicker", "summary", "source", "publish_time", "primary_channel_id", "body")


def _lines(*parts):
    return "\n".join(part for part in parts if part)


def _grouped(pairs):
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return groups


def document_for(row, tags, authors):
    """The document of an article's row; its `text` (sitesearch.models.SearchText) rides along
    for the engines that keep it."""
    fields = [
        _lines(row["title"], row["subtitle"]),
        _lines(row["kicker"], *tags, row["summary"], *authors, row["source"]),
        body_text(row["body"]),
    ]
    title, lead, body = [runs(normalize(field)) for field in fields]
    document = SearchDocument(
        key=newest_first_key(row["publish_time"], row["id"]),
        article_id=row["id"],
        channel_id=row["primary_channel_id"],
        title=grams_of(title),
        lead=grams_of(lead),
        body=grams_of(body),
    )
    document.text = "\n".join(map(spaced, (title, lead, body)))
    return document


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
    written = sorted(written, key=lambda document: document.key)
    with transaction.atomic():
        SearchDocument.objects.filter(article_id__in=article_ids).delete()  # their text goes too (CASCADE)
        SearchDocument.objects.bulk_create(written)
        if get_backend().checks_text:
            SearchText.objects.bulk_create(SearchText(key=document.key, text=document.text) for document in written)
    return len(written)


def index_articles(article_ids):
    """Bring the documents of `article_ids` in line with the articles: written if live, else
    removed. Returns how many were written."""
    return replace_documents(article_ids, documents(read_articles(article_ids)))
