import random

from demo.channels import PLANS
from demo.writing import SEED, Staff, channel_drafts
from news.testing import beijing

NOW = beijing(2018, 12, 25, 7, 56, 26)


def drafts(count=12, months=4):
    staff, taken = Staff(random.Random(SEED)), set()
    return [d for plan in PLANS if plan.has_articles for d in channel_drafts(plan, count, months, NOW, staff, taken)]


def test_drafts_are_reproducible():
    first, second = drafts(), drafts()
    assert [(d.title, d.publish_time, d.paragraphs) for d in first] == [
        (d.title, d.publish_time, d.paragraphs) for d in second
    ]


def test_titles_are_unique_and_times_within_the_window():
    all_drafts = drafts()
    assert len({d.title for d in all_drafts}) == len(all_drafts)
    for draft in all_drafts:
        assert (NOW - draft.publish_time).days < 4 * 30 and draft.publish_time <= NOW
        assert 6 <= draft.publish_time.hour <= 23


def test_paragraphs_never_repeat_within_an_article():
    for draft in drafts():
        assert len(set(draft.paragraphs)) == len(draft.paragraphs)
        assert 4 <= len(draft.paragraphs) <= 8


def test_titles_do_not_depend_on_the_time_window():
    # A later load with other --months recognises the articles of an earlier one.
    assert [d.title for d in drafts(months=4)] == [d.title for d in drafts(months=1)]
