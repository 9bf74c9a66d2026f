"""How good the ranking is on a judged set: queries written by hand, each with the articles a
person expects near the top (demo/search_stories.QUERIES). Binary relevance: an expected
article is relevant, anything else is not."""

import math
import random
from dataclasses import dataclass

from django.utils import timezone

from demo.articles import Authors, publish_draft
from demo.channels import PLANS, ensure_channels
from demo.search_stories import QUERIES, STORIES, publish_stories
from demo.writing import SEED, Staff, channel_drafts
from news.models import Article
from news.testing import home_page

from .services import search


@dataclass(frozen=True)
class Judgement:
    ndcg_at_10: float  # mean over the queries
    recall_at_5: float  # mean share of the expected articles in the top five
    misses: list  # (query, expected, found in the top five)


def ndcg(ranked, relevant, depth=10):
    gains = sum(1 / math.log2(rank + 2) for rank, item in enumerate(ranked[:depth]) if item in relevant)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(depth, len(relevant))))
    return gains / ideal if ideal else 0.0


def judge(judged, ranking):
    """`judged` is [(query, expected)], `ranking(query)` the found items, best first."""
    ndcgs, recalls, misses = [], [], []
    for query, expected in judged:
        ranked, relevant = ranking(query), set(expected)
        ndcgs.append(ndcg(ranked, relevant))
        top = set(ranked[:5])
        recalls.append(len(relevant & top) / len(relevant))
        if not relevant <= top:
            misses.append((query, expected, ranked[:5]))
    return Judgement(sum(ndcgs) / len(ndcgs), sum(recalls) / len(recalls), misses)


def _publish_noise(channels, per_channel, now, authors):
    """Generated articles around the stories, so that every query has rivals; no pictures."""
    staff, taken = Staff(random.Random(SEED)), set()
    for plan in (plan for plan in PLANS if plan.has_articles):
        for draft in channel_drafts(plan, per_channel, 12, now, staff, taken):
            draft.lead_caption = draft.figure_caption = ""
            publish_draft(channels[plan.slug], draft, authors, None, "noise")


def publish_judged_site():
    """The demo channels, four generated articles per channel and every search story;
    returns (story articles by key, channels by slug)."""
    now, authors = timezone.now(), Authors()
    channels, _ = ensure_channels(home_page())
    _publish_noise(channels, 4, now, authors)
    publish_stories(channels, now, authors)
    titles = {story.title: story.key for story in STORIES}
    return {titles[a.title]: a for a in Article.objects.filter(title__in=titles)}, channels


def judge_search(stories):
    """The judged set's figures for the site's search, over the stories of `publish_judged_site`."""
    by_id = {article.id: key for key, article in stories.items()}

    def ranking(query):
        return [by_id.get(hit.article.id, hit.article.id) for hit in search(query, limit=10).hits]

    return judge(QUERIES, ranking)
