"""File the stories an archive format reads: new ones in bulk, edited ones as a new
revision, the same ones not at all. Each batch is one transaction, so a run killed in the
middle leaves whole batches only, and the next run finds them by their source address and
goes on: nothing twice, nothing lost."""

from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from itertools import islice

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from delivery.purging import invalidate
from delivery.touched import articles_tags
from news.filing import bulk_file, bulk_month_folders, file_article
from news.models import Article, Byline
from sitesearch.indexing import index_articles

from .addresses import bounded, key_of, mirror_addresses
from .checks import check_story
from .formats.base import Entry, FormatError, Story
from .models import ImportedSource, OldAddress
from .people import Authors
from .pictures import picture_for
from .tags import tag_rows

CREATED, UPDATED, UNCHANGED, DELETED, REJECTED = "created", "updated", "unchanged", "deleted", "rejected"
LABELS = {CREATED: "新建", UPDATED: "更新", UNCHANGED: "未变", DELETED: "已被删除(不再导入)", REJECTED: "拒绝"}


@dataclass
class Outcome:
    """One line of the report."""

    file: str
    result: str
    address: str = ""
    title: str = ""
    article_id: int | None = None
    reason: str = ""
    line: int | None = None
    offset: int | None = None


@dataclass
class _Batch:
    """What one batch has decided so far: sources seen, stories to file, copies of them."""

    seen: dict = field(default_factory=dict)  # address → digest
    fresh: list = field(default_factory=list)
    by_digest: dict = field(default_factory=dict)  # digest → the _Pending filing it
    copies: list = field(default_factory=list)  # (entry, _Pending): the same story elsewhere


@dataclass
class _Pending:
    entry: Entry
    channel: object
    digest: str
    outcome: Outcome


class ArchiveImport:
    def __init__(self, channels, *, default_source: str, dry_run=False, batch_size=500, picture_roots=()):
        self.channels, self.default_source = channels, default_source
        self.picture_roots = list(picture_roots)  # the only folders pictures are read from
        self.dry_run, self.batch_size = dry_run, batch_size
        self.authors = Authors()

    def run(self, entries):
        entries = iter(entries)
        while batch := list(islice(entries, self.batch_size)):
            yield from self._batch(batch)

    def _batch(self, entries):
        stories = [entry.story for entry in entries if entry.story]
        by_address = {
            s.address: s for s in ImportedSource.objects.filter(address__in=[bounded(s.address) for s in stories])
        }
        digests = [e.digest for e in entries if e.story and bounded(e.story.address) not in by_address]
        by_digest = {s.digest: s for s in ImportedSource.objects.filter(digest__in=digests)}
        with transaction.atomic():
            batch = _Batch()
            outcomes = [self._decide(entry, by_address, by_digest, batch) for entry in entries]
            if batch.fresh and not self.dry_run:
                self._create(batch.fresh)
                self._remember_all([(e, p.outcome.article_id, p.digest) for e, p in batch.copies])
        return outcomes

    def _decide(self, entry, by_address, by_digest, batch):
        outcome = Outcome(str(entry.file), REJECTED)
        if entry.error:
            return self._rejected(outcome, entry.error)
        story = entry.story
        outcome.address, outcome.title, outcome.line = story.address, story.title, story.line
        try:
            check_story(story, self.default_source)
            channel = self.channels.channel_for(story.channel)
        except FormatError as error:
            return self._rejected(outcome, error)
        digest = entry.digest
        known = by_address.get(bounded(story.address)) or by_digest.get(digest)
        if story.address in batch.seen:
            self._again(outcome, batch.seen[story.address] == digest)
        elif known is None and digest in batch.by_digest:
            first = batch.by_digest[digest]
            outcome.result = UNCHANGED
            outcome.reason = f"与本次导入的 {first.entry.story.address} 内容相同,记为其旧地址"
            batch.copies.append((entry, first))
        elif known is None:
            outcome.result = CREATED
            batch.by_digest[digest] = pending = _Pending(entry, channel, digest, outcome)
            batch.fresh.append(pending)
        else:
            self._known(outcome, known, entry, digest)
        batch.seen.setdefault(story.address, digest)
        return outcome

    def _again(self, outcome, same):
        """A source met twice in one run: the first is kept; a different second is not lost silently."""
        if same:
            outcome.result, outcome.reason = UNCHANGED, "同一来源在本次导入中已出现"
        else:
            outcome.result, outcome.reason = REJECTED, "同一来源在本次导入中出现两次且内容不同,只导入了第一次出现的"

    def _rejected(self, outcome, error):
        outcome.reason, outcome.line, outcome.offset = error.reason, error.line, error.offset
        return outcome

    def _known(self, outcome, known, entry, digest):
        story = entry.story
        outcome.article_id = known.article_id
        if known.article_id is None:
            outcome.result = DELETED
        elif known.digest == digest:
            outcome.result = UNCHANGED
            if known.address != bounded(story.address) and not self.dry_run:
                self._remember_all([(entry, known.article_id, digest)])
        else:
            outcome.result = UPDATED
            if not self.dry_run:
                try:
                    with transaction.atomic():
                        self._update(known, story, digest, outcome)
                except ValidationError as error:
                    outcome.result, outcome.reason = REJECTED, "稿件无法更新:" + ";".join(error.messages)

    # --- writing ---------------------------------------------------------------------

    def _create(self, fresh):
        self.authors.load(credit.name for p in fresh for credit in p.entry.story.credits)
        drafts = [p for p in fresh if p.entry.story.draft]
        live = defaultdict(lambda: defaultdict(list))  # channel → month → stories
        for pending in fresh:
            if not pending.entry.story.draft:
                live[pending.channel][_month(pending.entry.story)].append(pending)
        made = [self._file_draft(p) for p in drafts]
        filed = []
        for channel, months in live.items():
            folders = bulk_month_folders(channel, months)
            for month, group in months.items():
                filed += zip(group, self._file_live(folders[month], group), strict=True)
        self._rows_of(filed)
        made += [article for _, article in filed]
        ids = [article.pk for article in made]
        index_articles(ids)
        invalidate(articles_tags(made))

    def _file_live(self, folder, group):
        return bulk_file(folder, [self._article(p.entry.story, p.outcome) for p in group])

    def _rows_of(self, filed):
        """Bylines, tags and sources of (pending, article) pairs filed in bulk."""
        Byline.objects.bulk_create(
            byline for p, article in filed for byline in self._bylines(p.entry.story, article.pk)
        )
        tag_rows([(article.pk, p.entry.story.tags) for p, article in filed])
        for pending, article in filed:
            pending.outcome.article_id = article.pk
        self._remember_all([(p.entry, article.pk, p.digest) for p, article in filed])

    def _file_draft(self, pending):
        """Wire copy waits in 三审 as a draft: it is checked before it is published."""
        story = pending.entry.story
        article = self._article(story, pending.outcome)
        article.live = False
        file_article(pending.channel, article)
        article.bylines = self._bylines(story, article.pk)
        article.save()
        tag_rows([(article.pk, story.tags)])
        article.save_revision()
        workflow = article.get_workflow()
        if workflow is not None:
            workflow.start(article, None)
        pending.outcome.article_id = article.pk
        self._remember_all([(pending.entry, article.pk, pending.digest)])
        return article

    def _update(self, known, story, digest, outcome):
        """An edited source: a new revision of its article, the 发布时间 kept."""
        article = Article.objects.get(pk=known.article_id)
        fields = self._article(story, outcome)
        for name in (
            "title",
            "kicker",
            "subtitle",
            "summary",
            "source",
            "editor",
            "body",
            "reprint",
            "original_title",
            "original_author",
            "original_url",
        ):
            setattr(article, name, getattr(fields, name))
        self.authors.load(credit.name for credit in story.credits)
        article.bylines = self._bylines(story, article.pk)
        article.tags.set(story.tags)
        revision = article.save_revision()
        # Wire copy is checked before readers see it (三审): an update waits as a draft.
        if article.live and not story.draft:
            revision.publish()
        known.digest = digest
        known.save(update_fields=["digest", "imported_at"])

    def _article(self, story: Story, outcome: Outcome) -> Article:
        # The stored form itself: text escaped here needs no HTML cleaning, pictures are ids,
        # each where it stood among the paragraphs.
        paragraphs = [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in story.paragraphs]
        before = defaultdict(list)  # paragraph index → the figures that stand before it
        for figure, picture in self._pictures(story, outcome):
            at = len(paragraphs) if figure.at is None else min(figure.at, len(paragraphs))
            before[at].append({"type": "figure", "value": {"image": picture.pk, "caption": figure.caption}})
        body = []
        for at, paragraph in enumerate([*paragraphs, None]):
            body += before[at] + ([paragraph] if paragraph else [])
        return Article(
            title=story.title,
            kicker=story.kicker,
            subtitle=story.subtitle,
            summary=story.summary,
            publish_time=story.publish_time,
            source=story.source or self.default_source,
            editor=story.editor,
            body=body,
            reprint=story.reprint,
            original_title=story.title if story.reprint else "",
            original_author=story.original_author,
            original_url=story.original_url,
        )

    def _pictures(self, story, outcome):
        """(figure, picture) for each picture found; one that is not is noted, not fatal."""
        found = []
        for figure in story.figures:
            try:
                found.append((figure, picture_for(figure, self.picture_roots)))
            except FormatError as error:
                outcome.reason = ";".join(filter(None, [outcome.reason, f"图片未导入:{error.reason}"]))
        return found

    def _bylines(self, story, article_id):
        return [
            Byline(article_id=article_id, author=self.authors[credit.name], role=credit.role, sort_order=order)
            for order, credit in enumerate(story.credits)
        ]

    def _remember_all(self, filed):
        """The sources and old addresses of (entry, article id, digest) triples."""
        ImportedSource.objects.bulk_create(
            [
                ImportedSource(
                    address=bounded(e.story.address), digest=d, article_id=a, archive_format=e.archive_format
                )
                for e, a, d in filed
            ],
            update_conflicts=True,
            unique_fields=["address"],
            update_fields=["digest", "article"],
        )
        OldAddress.objects.bulk_create(
            [row for e, a, _ in filed for row in _old_addresses(e.story, a)], ignore_conflicts=True
        )


def _old_addresses(story, article_id):
    plain = {key_of(a) for a in [story.address, *story.old_addresses] if "/" in a and not a.startswith("file:")}
    mirrored = {key_of(m) for a in [story.address, *story.old_addresses] for m in mirror_addresses(a)} - plain
    return [OldAddress(key=k, article_id=article_id) for k in sorted(plain)] + [
        OldAddress(key=k, article_id=article_id, traditional=True) for k in sorted(mirrored)
    ]


def _month(story):
    return timezone.localtime(story.publish_time).strftime("%Y-%m")
