"""The search benchmark: a site written from a vocabulary of its own (sitesearch.benchdata),
the index built from scratch, then queries a reader would type or copy, timed; the substring
recall on random pieces of live articles; the judged set's figures. Run on a throwaway
database by `manage.py bench_search`."""

import random
import statistics
import time
from datetime import timedelta

import opencc
from django.db import connection
from django.utils import timezone

from demo.channels import ensure_channels
from demo.search_stories import QUERIES as JUDGED
from news.models import Article
from news.testing import home_page

from . import benchdata
from .backends import get_backend
from .backends.base import Filters
from .judging import judge_search, publish_judged_site
from .models import SearchDocument
from .query import parse
from .rebuild import rebuild
from .services import search
from .text import is_han, normalize, runs

RECALL_SAMPLE = 1000
_s2t = opencc.OpenCC("s2t")


def _copied(rng, count, shortest=4, longest=10):
    """Pieces cut from random live articles at random places, as a reader copies them."""
    ids = list(Article.objects.live().values_list("id", flat=True))
    found = []
    while len(found) < count:
        article = Article.objects.get(id=rng.choice(ids))
        han = [run for run in runs(normalize(article.body_text())) if is_han(run) and len(run) >= shortest]
        if han:
            run = rng.choice(han)
            size = rng.randint(shortest, min(longest, len(run)))
            start = rng.randrange(len(run) - size + 1)
            found.append((article, run[start : start + size]))
    return found


def queries(vocab, rng):
    """(label, query, options): what readers type, copy and page through."""
    words, channels = vocab.words, ensure_channels(home_page())[0]
    small = channels["shendu"]
    asked = [("常用词", words[rank], {}) for rank in (0, 1, 3, 7, 15)]
    asked += [("中频词", words[rank], {}) for rank in (60, 200, 700, 2000, 5000)]
    asked += [("罕见词", words[rank], {}) for rank in (12_000, 20_000, 30_000, 40_000)]
    asked += [("旧时突发词", word, {}) for word in list(vocab.bursts)[:4]]
    asked += [("复制的句段", text, {}) for _, text in _copied(rng, 16)]
    asked += [("没有的长词", words[rank] + words[rank + 7], {}) for rank in (300, 900, 2500, 8000)]
    asked += [("没有的长词·分开搜", words[rank] + words[rank + 7], {"parts": True}) for rank in (300, 900)]
    asked += [("多个词", f"{words[a]} {words[b]}", {}) for a, b in ((2, 40), (10, 300), (120, 900))]
    asked += [("常用单字相连", text, {}) for text in ("在和", "是有了", "的是", "了在")]
    asked += [("繁体", _s2t.convert(words[rank]), {}) for rank in (5, 150, 1500)]
    asked += [("引号", f"“{text}”", {}) for _, text in _copied(rng, 3, 3, 6)]
    asked += [("小栏目·罕见词", words[rank], {"channel": small}) for rank in (3000, 20_000)]
    asked += [("小栏目·常用词", words[0], {"channel": small})]
    asked += [("按时间", words[rank], {"order": "newest"}) for rank in (0, 400)]
    asked += [("近7天", words[rank], {"start": timezone.localdate() - timedelta(days=7)}) for rank in (0, 800)]
    asked += [("翻到第50页", words[rank], {"offset": 980}) for rank in (0, 30)]
    asked += [("按时间·第50页", words[0], {"offset": 980, "order": "newest"})]
    return asked


def measure_queries(asked, rounds):
    """Milliseconds per search (the page's work: match, tiers, counts, fetch, snippets): the
    first run of each query (cold), then `rounds` more."""
    cold, warm = [], []
    for _, query, options in asked:
        started = time.perf_counter()
        search(query, **options)
        cold.append((time.perf_counter() - started) * 1000)
    slowest = {}
    for _ in range(rounds):
        for label, query, options in asked:
            started = time.perf_counter()
            search(query, **options)
            took = (time.perf_counter() - started) * 1000
            warm.append(took)
            slowest[label] = max(slowest.get(label, 0), took)
    return cold, warm, slowest


def substring_recall(rng, count=RECALL_SAMPLE):
    """Share of random runs of 2–8 characters, cut from random live articles, whose article
    the search finds as typed (within the article's own publish second, so that a common
    pair's thousand newest matches do not hide it)."""
    engine, found = get_backend(), 0
    for article, text in _copied(rng, count, 2, 8):
        second = Filters(since=article.publish_time, until=article.publish_time + timedelta(seconds=1))
        keys = set(engine.matches(parse(text).pieces, second))
        found += article.search_document.key in keys
    return found / count


# The search tables: the documents (and, on PostgreSQL, their vectors and GIN index, and the
# text phrases are checked in), SQLite's FTS5 table.
SIZE_SQL = {
    "sqlite": "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'sitesearch%'",
    "postgresql": "SELECT pg_total_relation_size('sitesearch_searchdocument') "
    "+ pg_total_relation_size('sitesearch_searchtext')",
}


def index_megabytes():
    with connection.cursor() as cursor:
        cursor.execute(SIZE_SQL[connection.vendor])
        return round(cursor.fetchone()[0] / 2**20, 1)


def percentile(values, share):
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def run(total, rounds, progress_bar):
    """Judge, generate, index and query; returns the figures as a dict."""
    stories, _ = publish_judged_site()
    judged = judge_search(stories)
    SearchDocument.objects.all().delete()  # the index is then built from nothing, as a new site's
    started = time.perf_counter()
    with progress_bar(total, "生成稿件") as bar:
        vocab = benchdata.generate(total, bar.update)
    generated = time.perf_counter() - started
    with progress_bar(total, "建立索引") as bar:
        build = rebuild(progress=bar.update)
    rng = random.Random(benchdata.SEED)
    asked = queries(vocab, rng)
    cold, warm, slowest = measure_queries(asked, rounds)
    lengths = [len(article.body_text()) for article in Article.objects.order_by("?")[:200]]
    return {
        "engine": connection.vendor,
        "articles": Article.objects.live().count(),
        "average_body_chars": round(statistics.mean(lengths)),
        "generate_seconds": round(generated, 1),
        "build_seconds": round(build.seconds, 1),
        "build_rate": round(build.rate),
        "index_mb": index_megabytes(),
        "queries": len(asked),
        "searches": len(warm),
        "cold_p95_ms": round(percentile(cold, 95), 1),
        "p50_ms": round(percentile(warm, 50), 1),
        "p95_ms": round(percentile(warm, 95), 1),
        "p99_ms": round(percentile(warm, 99), 1),
        "max_ms": round(max(warm), 1),
        "slowest_ms": {label: round(ms, 1) for label, ms in sorted(slowest.items(), key=lambda item: -item[1])[:5]},
        "substring_recall": round(substring_recall(rng), 4),
        "judged_queries": len(JUDGED),
        "ndcg_at_10": round(judged.ndcg_at_10, 3),
        "recall_at_5": round(judged.recall_at_5, 3),
    }
