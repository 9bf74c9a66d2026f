"""The newest matches and the count, however the engine reads them: PostgreSQL asks for the
newest 30-day spans first and widens only when they hold too few matches."""

from datetime import date, timedelta

import pytest

from news.testing import beijing, make_article
from sitesearch.backends.base import SearchBackend
from sitesearch.services import search

pytestmark = pytest.mark.django_db

NEWEST = beijing(2026, 6, 30, 9, 0, 0)


@pytest.fixture
def spread(channel, monkeypatch):
    """Eight 焊工 stories, one every 50 days back from NEWEST (so up to a year apart and in
    different spans), and one newer story without the word; the count cap and the ranked
    made small."""
    monkeypatch.setattr(SearchBackend, "count_cap", 3)
    make_article(channel, "塔吊司机的一天", when=NEWEST + timedelta(days=2))
    return [make_article(channel, f"焊工故事{n}", when=NEWEST - timedelta(days=50 * n)).title for n in range(8)]


def newest_titles(query, **options):
    """The first page's titles up to the count cap (SQLite fills the last page past it)."""
    return [hit.article.title for hit in search(query, order="newest", **options).hits][:3]


def test_the_newest_matches_come_first_across_spans(spread):
    assert newest_titles("焊工") == spread[:3]
    results = search("焊工", order="newest")
    assert (results.total, results.capped) == (3, True)


@pytest.mark.parametrize("stories", [0, 1, 2])
def test_few_matches_are_counted_exactly(channel, monkeypatch, stories):
    """Below the count cap the total is exact, not the cap, whatever spans the matches are in."""
    monkeypatch.setattr(SearchBackend, "count_cap", 3)
    for n in range(stories):
        make_article(channel, f"焊工故事{n}", when=NEWEST - timedelta(days=200 * n))
    make_article(channel, "塔吊司机的一天", when=NEWEST)
    results = search("焊工")
    assert (results.total, results.capped) == (stories, False)
    assert len(results.hits) == stories


def test_a_date_range_reads_its_own_newest_matches(spread):
    until = (NEWEST - timedelta(days=120)).date()
    assert newest_titles("焊工", end=until) == spread[3:6]
    assert newest_titles("焊工", start=until - timedelta(days=90), end=until) == spread[3:5]


def test_a_rare_word_in_old_stories_is_found_whole(channel, spread):
    make_article(channel, "焊工故事里的数控机床", when=NEWEST - timedelta(days=700))
    results = search("数控机床", order="newest")
    assert [hit.article.title for hit in results.hits] == ["焊工故事里的数控机床"]
    assert (results.total, results.capped) == (1, False)


def test_relevance_ranks_within_the_newest_matches(spread):
    assert {hit.article.title for hit in search("焊工").hits} == set(spread[:3])


def test_a_range_before_every_story_finds_nothing(spread):
    assert search("焊工", start=date(2000, 1, 1), end=date(2000, 12, 31)).total == 0


def test_a_phrase_is_found_past_many_newer_stories_holding_its_pairs_apart(channel, monkeypatch):
    """PostgreSQL reads a phrase's candidates (every pair anywhere) a slice at a time and checks
    them; newer candidates that hold 工会 会改 改革 apart must not hide the older ones as typed."""
    monkeypatch.setattr(SearchBackend, "count_cap", 3)
    typed = [make_article(channel, f"工会改革{n}", when=NEWEST - timedelta(days=300 + n)).title for n in range(2)]
    for n in range(30):
        make_article(channel, f"工会开会改期{n}", summary="改革方案", when=NEWEST - timedelta(hours=n))
    results = search("工会改革", order="newest")
    assert results.typed == 2
    assert [hit.article.title for hit in results.hits if hit.tier == "typed"] == typed
