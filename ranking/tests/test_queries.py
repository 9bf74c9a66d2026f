from datetime import timedelta

import pytest

from news.testing import beijing, list_in, make_article, make_channel
from ranking.queries import top_articles

NOW = beijing(2018, 12, 25, 12, 30)


@pytest.fixture
def articles(channel):
    return {name: make_article(channel, name, when=beijing(2018, 12, 1 + i)) for i, name in enumerate("甲乙丙丁")}


def ranked(period, **kwargs):
    return [(article.title, views) for article, views in top_articles(period, now=NOW, **kwargs)]


def test_each_period_counts_only_its_window(views_counter, articles):
    views_counter.hit(articles["甲"].id, when=NOW - timedelta(hours=23), n=2)
    views_counter.hit(articles["乙"].id, when=NOW - timedelta(hours=25), n=5)
    views_counter.hit(articles["丙"].id, when=NOW - timedelta(days=29), n=9)
    views_counter.hit(articles["丁"].id, when=NOW - timedelta(days=31), n=50)
    views_counter.flush()
    assert ranked("day") == [("甲", 2)]
    assert ranked("week") == [("乙", 5), ("甲", 2)]
    assert ranked("month") == [("丙", 9), ("乙", 5), ("甲", 2)]


def test_the_hour_the_window_starts_in_is_left_out(views_counter, articles):
    # The hour from 12:00 yesterday began before the 24 hours did: its views may be older.
    views_counter.hit(articles["甲"].id, when=NOW - timedelta(hours=23, minutes=31), n=3)
    views_counter.hit(articles["乙"].id, when=NOW - timedelta(hours=23, minutes=30))
    views_counter.flush()
    assert ranked("day") == [("乙", 1)]
    assert ranked("week") == [("甲", 3), ("乙", 1)]


def test_views_add_up_across_hours_and_ties_go_to_the_newest(views_counter, articles):
    for hours in (1, 2, 3):
        views_counter.hit(articles["甲"].id, when=NOW - timedelta(hours=hours))
    views_counter.hit(articles["乙"].id, when=NOW, n=3)
    views_counter.hit(articles["丙"].id, when=NOW, n=4)
    views_counter.flush()
    assert ranked("day") == [("丙", 4), ("乙", 3), ("甲", 3)]
    assert ranked("day", limit=2) == [("丙", 4), ("乙", 3)]


def test_only_live_articles_are_ranked(views_counter, articles):
    views_counter.hit(articles["甲"].id, when=NOW, n=7)
    views_counter.hit(articles["乙"].id, when=NOW, n=1)
    views_counter.flush()
    articles["甲"].unpublish()
    assert ranked("day") == [("乙", 1)]


def test_no_views_no_ranking(db, articles):
    assert top_articles("day", now=NOW) == []


def test_unknown_period_is_an_error(db):
    with pytest.raises(KeyError):
        top_articles("year", now=NOW)


@pytest.mark.parametrize("how_many", [1, 12])
def test_query_count_does_not_grow_with_the_list(
    views_counter, channel, django_assert_num_queries, django_assert_max_num_queries, how_many
):
    for i in range(how_many):
        views_counter.hit(make_article(channel, f"稿件{i}").id, when=NOW, n=i + 1)
    views_counter.flush()
    # Editors' interventions, the counts, the articles.
    with django_assert_num_queries(3):
        entries = top_articles("day", now=NOW)
    assert len(entries) == min(how_many, 10)
    titles = [article.title for article, _ in entries]
    assert titles[0] == f"稿件{how_many - 1}"
    with django_assert_max_num_queries(1):  # the site's root paths, once
        [article.url for article, _ in entries]


def test_an_article_listed_in_several_channels_is_ranked_once(views_counter, channel, articles):
    list_in(articles["甲"], make_channel("时政", "shizheng"), make_channel("社会", "shehui"))
    views_counter.hit(articles["甲"].id, when=NOW, n=4)
    views_counter.hit(articles["乙"].id, when=NOW, n=2)
    views_counter.flush()
    assert ranked("day") == [("甲", 4), ("乙", 2)]
