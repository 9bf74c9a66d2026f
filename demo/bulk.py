"""Many demo-written articles at once, filed in bulk: the delivery benchmark's site."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from taggit.models import Tag

from demo.channels import PLANS, ensure_channels
from demo.writing import SEED, Staff, write_draft
from news.filing import bulk_file, month_folder
from news.models import Article, ArticleTag, Byline
from news.testing import home_page
from people.models import Author

MONTHS = 24
BATCH = 500


def _draft_article(draft):
    body = [("paragraph", f"<p>{text}</p>") for text in draft.paragraphs]
    return Article(
        title=draft.title,
        kicker=draft.kicker,
        subtitle=draft.subtitle,
        summary=draft.summary,
        body=body,
        source=draft.source,
        editor=draft.editor,
        publish_time=draft.publish_time,
    )


def _drafts(plan, count, now, staff, rng):
    for index in range(count):
        when = now - timedelta(days=rng.uniform(0, MONTHS * 30))
        draft = write_draft(rng, plan, index, when, staff)
        # Two drafts' paragraphs: news pieces of several hundred characters, not a few lines.
        draft.paragraphs += write_draft(rng, plan, index, when, staff).paragraphs
        yield draft


def generate(total, progress):
    """`total` live articles spread over the demo channels and the last MONTHS months."""
    now, rng = timezone.now(), random.Random(f"{SEED}:bench")
    staff = Staff(rng)
    channels, _ = ensure_channels(home_page())
    plans = [plan for plan in PLANS if plan.has_articles]
    authors = {name: Author.objects.get_or_create(name=name)[0].id for name in staff.reporters}
    tags = {}
    for number, plan in enumerate(plans):
        count = total // len(plans) + (number < total % len(plans))
        by_month = {}
        for draft in _drafts(plan, count, now, staff, rng):
            by_month.setdefault(timezone.localtime(draft.publish_time).strftime("%Y-%m"), []).append(draft)
        for drafts in by_month.values():
            folder = month_folder(channels[plan.slug], drafts[0].publish_time)
            for start in range(0, len(drafts), BATCH):
                batch = drafts[start : start + BATCH]
                _file_batch(folder, batch, authors, tags)
                progress(len(batch))


@transaction.atomic
def _file_batch(folder, drafts, authors, tags):
    articles = bulk_file(folder, [_draft_article(draft) for draft in drafts])
    Byline.objects.bulk_create(
        Byline(article_id=article.id, author_id=authors[name], sort_order=order)
        for article, draft in zip(articles, drafts, strict=True)
        for order, name in enumerate(draft.authors)
    )
    for name in {name for draft in drafts for name in draft.tags} - tags.keys():
        tags[name] = Tag.objects.get_or_create(name=name, defaults={"slug": f"t{len(tags)}"})[0].id
    ArticleTag.objects.bulk_create(
        ArticleTag(content_object_id=article.id, tag_id=tags[name])
        for article, draft in zip(articles, drafts, strict=True)
        for name in draft.tags
    )
