"""Loading the demo portal. Every step makes only what is missing, so a second load
adds nothing; drafts are drawn from fixed seeds, so it recognises its own articles."""

import random
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from importing.services import CREATED, import_crawled_page
from news.models import Article
from placement.models import Module

from .articles import Authors, publish_draft
from .channels import PLANS, ensure_channels
from .listings import ensure_listings
from .modules import HEADLINE, ensure_modules
from .readers import record_views
from .search_stories import publish_stories
from .site import ensure_pages, fill_settings
from .topics import ensure_topics
from .writing import SEED, Staff, channel_drafts

REFERENCE = Path(settings.BASE_DIR).parent / "shared" / "seed" / "000_983429f80979f723.txt"


@dataclass
class Summary:
    channels: int = 0
    pages: int = 0
    articles: int = 0
    pictures: int = 0
    views: int = 0
    modules: int = 0
    topics: int = 0
    reference: str = ""
    seconds: float = 0.0


def is_loaded() -> bool:
    """The headline module is made last: its presence means a complete load."""
    return Module.objects.filter(key=HEADLINE).exists()


def load(*, per_channel, months, reference, progress, warn) -> Summary:
    """`progress(total)` gives a bar with update(); `warn(text)` reports what was skipped."""
    started, now, summary = time.monotonic(), timezone.now(), Summary()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    # One transaction: a page the importer rejects leaves nothing behind.
    with transaction.atomic():
        channels, summary.channels = ensure_channels(home)
        # The importer links footer labels to pages of the same title: pages come first.
        summary.pages = ensure_pages(home)
        summary.reference, imported = _import_reference(reference, channels["gonghui"], warn)
    new_articles = _publish(channels, per_channel, months, now, progress, summary) + imported
    with transaction.atomic():
        fill_settings(site, home)
    summary.views = record_views(new_articles, now, random.Random(f"{SEED}:readers"))
    with transaction.atomic():
        summary.topics = ensure_topics(home, now)
        summary.pictures += summary.topics  # a header picture each
        ensure_listings(channels)
    summary.modules = ensure_modules(channels)
    summary.seconds = time.monotonic() - started
    return summary


def _import_reference(path, channel, warn) -> tuple[str, list]:
    """What became of the reference page, and its article when this import created it."""
    if not path.is_file():
        warn(f"未找到参考页面 {path},跳过导入;其余演示内容照常生成。")
        return "未找到,跳过", []
    result = import_crawled_page(path, channel=channel)
    if result.status == CREATED:
        return "已导入", [result.article]
    return "此前已导入", []


def _publish(channels, per_channel, months, now, progress, summary) -> list:
    """Draft every channel, then file the drafts not filed before; returns the new articles."""
    staff, taken = Staff(random.Random(SEED)), set()
    plans = [plan for plan in PLANS if plan.has_articles]
    drafts = {plan.slug: channel_drafts(plan, per_channel, months, now, staff, taken) for plan in plans}
    authors, made = Authors(), []
    bar = progress(sum(len(d) for d in drafts.values()))
    for plan in plans:
        channel = channels[plan.slug]
        filed = set(Article.objects.filter(primary_channel=channel).values_list("title", flat=True))
        with transaction.atomic():
            for index, draft in enumerate(drafts[plan.slug]):
                if draft.title not in filed:
                    rng = random.Random(f"{SEED}:{plan.slug}:{index}:pictures")
                    article, pictures = publish_draft(channel, draft, authors, rng, f"demo-{plan.slug}-{index:03d}")
                    made.append(article)
                    summary.pictures += pictures
                bar.update(1)
    bar.close()
    made += publish_stories(channels, now, authors)
    summary.articles = len(made)
    return made
