"""The search benchmark: a site of synthetic articles, the index built from scratch, then a
fixed set of queries timed. Run on a throwaway database by `manage.py bench_search`."""

import random
import statistics
import time
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag

from demo.channels import PLANS, ensure_channels
from demo.writing import SEED, Staff, write_draft
from news.filing import bulk_file, month_folder
from news.models import Article, ArticleTag, Byline
from news.testing import home_page
from people.models import Author

from .rebuild import rebuild
from .services import search

MONTHS = 24
BATCH = 500
# (query, options): common and rare words, several words, phrases, traditional characters,
# English and numbers, filters and the newest-first order.
QUERIES = [
    ("工会", {}),
    ("职工", {}),
    ("总工会", {}),
    ("快递小哥", {}),
    ("技能培训", {}),
    ("劳动模范", {}),
    ("安全生产", {}),
    ("集体协商", {}),
    ("外卖骑手 权益", {}),
    ("产业工人 改革", {}),
    ("新就业形态劳动者", {}),
    ("送温暖 困难职工", {}),
    ("苏州 工会", {}),
    ("宝鸡", {}),
    ("恒通钢铁公司", {}),
    ("数控机床", {}),
    ("焊工", {}),
    ("塔吊司机", {}),
    ('"职工之家建设"', {}),
    ('"一线工人"', {}),
    ("工資集體協商", {}),
    ("勞動模範", {}),
    ("職工書屋", {}),
    ("2025", {}),
    ("300多名职工", {}),
    ("app", {}),
    ("工会", {"order": "newest"}),
    ("技能竞赛", {"order": "newest"}),
    ("职工", {"channel": "gonghui"}),
    ("欠薪", {"channel": "weiquan"}),
    ("农民工", {"days": 30}),
    ("工会", {"days": 7, "order": "newest"}),
    ("职工书屋 建设", {}),
    ("劳模创新工作室", {}),
    ("春风行动招聘会", {}),
    ("货车司机之家", {}),
    ("暖心驿站", {}),
    ("工匠精神", {}),
    ("餐饮 行业", {}),
    ("调度大厅", {}),
    # Characters as typed, across word boundaries: common single characters side by side.
    ("在和", {}),
    ("是有了", {}),
    ("会工作", {}),
]


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


def _search_options(options, channels):
    found = {"order": options.get("order", "relevance")}
    if "channel" in options:
        found["channel"] = channels[options["channel"]]
    if "days" in options:
        found["start"] = timezone.localdate() - timedelta(days=options["days"])
    return found


def measure_queries(rounds):
    """Milliseconds per search (the page's work: match, rank, count, fetch, snippets)."""
    channels, _ = ensure_channels(home_page())
    prepared = [(query, _search_options(options, channels)) for query, options in QUERIES]
    for query, options in prepared:  # warm caches once, as a running site has them
        search(query, **options)
    timings, totals = [], {}
    for _ in range(rounds):
        for query, options in prepared:
            started = time.perf_counter()
            results = search(query, **options)
            timings.append((time.perf_counter() - started) * 1000)
            totals[query, str(options)] = results.total
    return timings, totals


# The search tables: the documents (and, on PostgreSQL, their vectors and GIN indexes),
# SQLite's two FTS5 tables.
SIZE_SQL = {
    "sqlite": "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'sitesearch%'",
    "postgresql": "SELECT pg_total_relation_size('sitesearch_searchdocument')",
}


def index_megabytes():
    with connection.cursor() as cursor:
        cursor.execute(SIZE_SQL[connection.vendor])
        return round(cursor.fetchone()[0] / 2**20, 1)


def percentile(values, share):
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def run(total, rounds, progress_bar):
    """Generate, index and query; returns the figures as a dict."""
    started = time.perf_counter()
    with progress_bar(total, "生成稿件") as bar:
        generate(total, bar.update)
    generated = time.perf_counter() - started
    with progress_bar(total, "建立索引") as bar:
        build = rebuild(progress=bar.update)
    timings, totals = measure_queries(rounds)
    lengths = [len(article.body_text()) for article in Article.objects.order_by("?")[:200]]
    return {
        "engine": connection.vendor,
        "articles": Article.objects.live().count(),
        "average_body_chars": round(statistics.mean(lengths)),
        "generate_seconds": round(generated, 1),
        "build_seconds": round(build.seconds, 1),
        "build_rate": round(build.rate),
        "index_mb": index_megabytes(),
        "queries": len(QUERIES),
        "searches": len(timings),
        "p50_ms": round(percentile(timings, 50), 1),
        "p95_ms": round(percentile(timings, 95), 1),
        "p99_ms": round(percentile(timings, 99), 1),
        "max_ms": round(max(timings), 1),
        "median_matches": statistics.median(totals.values()),
    }
