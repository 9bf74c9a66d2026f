"""Articles into search documents. Only live articles are in the index.

Read as plain rows (values), not page objects: building a Wagtail page object costs more
than segmenting its text, and a rebuild reads every article."""

from collections import defaultdict

from django.db import transaction

from news.models import Article, ArticleTag, Byline
from news.text import body_text

from .models import SearchDocument, newest_first_key
from .text import document_terms

FIELDS = ("id", "title", "subtitle", "kicker", "summary", "source", "publish_time", "primary_channel_id", "body")


def _lines(*parts):
    return "\n".join(part for part in parts if part)


def _grouped(pairs):
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return groups


def document_for(row, tags, authors):
    title, title_parts = document_terms(_lines(row["title"], row["subtitle"]))
    marks, marks_parts = document_terms(_lines(row["kicker"], *tags))
    summary, summary_parts = document_terms(_lines(row["summary"], *authors, row["source"]))
    body, body_parts = document_terms(body_text(row["body"]))
    return SearchDocument(
        key=newest_first_key(row["publish_time"], row["id"]),
        article_id=row["id"],
        channel_id=row["primary_channel_id"],
        title=title,
        title_parts=title_parts,
        marks=marks,
        summary=summary,
        body=body,
        parts=" ".join(filter(None, (marks_parts, summary_parts, body_parts))),
    )


def documents(article_ids):
    """Documents of those of `article_ids` that are live, in three queries."""
    rows = Article.objects.live().filter(id__in=article_ids).values(*FIELDS)
    tags = _grouped(
        ArticleTag.objects.filter(content_object_id__in=article_ids).values_list("content_object_id", "tag__name")
    )
    authors = _grouped(
        Byline.objects.filter(article_id__in=article_ids)
        .order_by("sort_order")
        .values_list("article_id", "author__name")
    )
    return [document_for(row, tags[row["id"]], authors[row["id"]]) for row in rows]


def index_articles(article_ids):
    """Bring the documents of `article_ids` in line with the articles: written if live, else
    removed. Returns how many were written."""
    written = documents(article_ids)
    with transaction.atomic():
        SearchDocument.objects.filter(article_id__in=article_ids).delete()
        SearchDocument.objects.bulk_create(written)
    return len(written)
