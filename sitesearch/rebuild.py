"""Rebuilding the whole index: stale documents out, every live article written again."""

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from django.db import connection

from news.models import Article

from .backends import get_backend
from .indexing import documents, read_articles, replace_documents
from .models import SearchDocument


@dataclass
class RebuildReport:
    indexed: int
    removed: int
    seconds: float

    @property
    def rate(self):
        return self.indexed / self.seconds if self.seconds else 0.0


def rebuild(batch_size=500, progress=None):
    """Write every live article's document, batch by batch; each batch is one transaction, so
    searches during a rebuild see old or new documents, never a gap. `progress(n)` is called
    after each batch.

    The text of one batch is cut in a second process while this one reads the next batch
    and writes the one before: cutting is Python work, which a thread would only do in
    turns with the reading and writing (the GIL)."""
    started = time.perf_counter()
    live = Article.objects.live()
    removed, _ = SearchDocument.objects.exclude(article_id__in=live.values("id")).delete()
    # Oldest first, as a site publishes them: the table rows lie in key order, so the newest
    # matches of a search sit together in the newest pages.
    ids = list(live.order_by("publish_time", "id").values_list("id", flat=True))
    indexed, pending = 0, None  # (article ids, documents being cut) of the batch to write next
    cutters = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    with get_backend().building(), cutters as cutter:
        for start in range(0, len(ids), batch_size):
            batch = read_articles(ids[start : start + batch_size])
            cutting = (batch.article_ids, cutter.submit(documents, batch))
            if pending:
                indexed += _write(pending, progress)
            pending = cutting
        if pending:
            indexed += _write(pending, progress)
    with connection.cursor() as cursor:  # fresh statistics: the planner picks plans by word frequency
        cursor.execute(f"ANALYZE {SearchDocument._meta.db_table}")
    return RebuildReport(indexed, removed, time.perf_counter() - started)


def _write(pending, progress):
    article_ids, cutting = pending
    done = replace_documents(article_ids, cutting.result())
    if progress:
        progress(done)
    return done


def live_count():
    return Article.objects.live().count()
