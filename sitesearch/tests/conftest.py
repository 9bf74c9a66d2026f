import random
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.utils import timezone

from demo.articles import Authors, publish_draft
from demo.channels import PLANS, ensure_channels
from demo.search_stories import STORIES, publish_stories
from demo.writing import SEED, Staff, channel_drafts
from news.models import Article
from news.testing import home_page


def _publish_noise(channels, per_channel, now, authors):
    """Generated articles around the stories, so that every query has rivals; no pictures."""
    staff, taken = Staff(random.Random(SEED)), set()
    for plan in (plan for plan in PLANS if plan.has_articles):
        for draft in channel_drafts(plan, per_channel, 12, now, staff, taken):
            draft.lead_caption = draft.figure_caption = ""
            publish_draft(channels[plan.slug], draft, authors, None, "noise")


@dataclass
class Corpus:
    stories: dict  # article by story key
    channels: dict  # channel by demo slug


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The demo channels, four generated articles per channel and every search story, made
    once per module inside a transaction that is rolled back afterwards (as Django's
    TestCase.setUpTestData does)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            now, authors = timezone.now(), Authors()
            channels, _ = ensure_channels(home_page())
            _publish_noise(channels, 4, now, authors)
            publish_stories(channels, now, authors)
            titles = {story.title: story.key for story in STORIES}
            yield Corpus({titles[a.title]: a for a in Article.objects.filter(title__in=titles)}, channels)
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
