"""Characters as typed, and the tiers: what holds the query as typed comes first, then its
words in one field, then its words anywhere; a query found nowhere as typed offers its words."""

import random

import pytest
from django.urls import reverse

from news.testing import beijing, make_article
from sitesearch.backends import get_backend
from sitesearch.backends.base import Filters, SearchBackend
from sitesearch.query import parse
from sitesearch.services import APART, ONE_PLACE, TYPED, search
from sitesearch.text import is_han, normalize, runs

pytestmark = pytest.mark.django_db


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def reform(channel):
    """Stories holding 工会改革 as typed, its words in one short field (the lead), or its
    words apart."""
    when = beijing(2026, 5, 1, 9, 0, 0)
    return {
        "title": make_article(channel, "工会改革三年回顾", when=when),
        "typed": make_article(channel, "基层组织建设", when=when, body=body("推进工会改革,服务职工。")),
        "one_place": make_article(channel, "一线观察", when=when, summary="市总工会召开会议,部署改革任务。"),
        "apart": make_article(channel, "职工之家", when=when, summary="工会组织活动。", body=body("企业深化改革。")),
        "neither": make_article(channel, "夜市开张", when=when, body=body("摊主忙碌。")),
    }


def test_tiers_come_in_order_and_are_counted_apart(reform):
    results = search("工会改革")
    shown = [hit.article for hit in results.hits]
    assert shown == [reform["title"], reform["typed"], reform["one_place"], reform["apart"]]
    assert [hit.tier for hit in results.hits] == [TYPED, TYPED, ONE_PLACE, APART]
    assert results.counts == {TYPED: 2, ONE_PLACE: 1, APART: 1}
    assert results.words == ("工会", "改革")


def test_past_a_count_cap_as_typed_the_words_apart_are_not_read(reform, monkeypatch, client):
    """They would rank past every page that can be shown; the page says 以上 for the typed."""
    monkeypatch.setattr(SearchBackend, "count_cap", 2)
    monkeypatch.setattr("sitesearch.services.MAX_RESULTS", 2)
    results = search("工会改革")
    assert results.counts == {TYPED: 2}
    assert [hit.article for hit in results.hits] == [reform["title"], reform["typed"]]
    page = client.get(reverse("sitesearch:search"), {"q": "工会改革"}).content.decode()
    assert "完全一致 2 篇以上" in page and "分散出现" not in page


def test_a_term_found_nowhere_as_typed_says_so_and_offers_its_words(reform):
    results = search("工会深化")
    assert (results.total, results.hits, results.typed) == (0, [], 0)
    assert results.words == ("工会", "深化") and results.apart == 1
    offered = search("工会深化", parts=True)
    assert [hit.article for hit in offered.hits] == [reform["apart"]]
    assert offered.hits[0].tier == APART


def test_a_single_word_found_nowhere_offers_nothing(reform):
    results = search("潜水艇")
    assert (results.total, results.words, results.apart) == (0, (), 0)


def test_the_page_says_which_tier_and_offers_the_words(client, reform):
    url = reverse("sitesearch:search")
    page = client.get(url, {"q": "工会改革"}).content.decode()
    assert "完全一致 2 篇,各词同处出现 1 篇,各词分散出现 1 篇" in page
    assert page.index("search-tier-typed") < page.index("search-tier-one_place") < page.index("search-tier-apart")
    none = client.get(url, {"q": "工会深化"}).content.decode()
    assert "没有找到与“工会深化”完全一致的稿件" in none
    assert "拆成 工会、深化 分开搜索,有 1 篇稿件含有这些词" in none
    assert 'href="?q=%E5%B7%A5%E4%BC%9A%E6%B7%B1%E5%8C%96&amp;parts=1"' in none
    offered = client.get(url, {"q": "工会深化", "parts": "1"}).content.decode()
    assert "职工之家" in offered and "分散出现" in offered


def test_a_phrase_copied_across_word_boundaries_finds_its_article(channel):
    article = make_article(channel, "测绘", body=body("在大桥南侧刀闸室旁,检修人员于凌晨时一一排查。"))
    for copied in ("南侧刀", "侧刀闸", "时一一", "于凌晨时", "桥南"):
        assert [hit.article for hit in search(copied).hits] == [article], copied


def test_a_lone_character_and_a_number_run_are_found(channel):
    article = make_article(channel, "共300多名职工参加", body=body("鸡年春节。"))
    assert [hit.article for hit in search("鸡").hits] == [article]
    assert [hit.article for hit in search("共300").hits] == [article]
    assert [hit.article for hit in search("300多").hits] == [article]
    assert search("工300").total == 0  # not side by side in the text


def held_as_typed(article, text):
    """The oracle: some run of Chinese characters of the article contains `text`."""
    source = "\n".join([article.title, article.subtitle, article.kicker, article.summary, article.body_text()])
    return any(text in run for run in runs(normalize(source)) if is_han(run))


def test_random_substrings_of_live_articles_find_their_article(corpus):
    """The property: any 2–8 characters of a live article, as typed, find it (on both engines)."""
    rng, engine = random.Random(20261207), get_backend()
    articles = list(corpus.stories.values())
    for _ in range(300):
        article = rng.choice(articles)
        han = [run for run in runs(normalize(article.body_text() or article.title)) if is_han(run) and len(run) > 1]
        run = rng.choice(han)
        size = rng.randint(2, min(8, len(run)))
        start = rng.randrange(len(run) - size + 1)
        text = run[start : start + size]
        keys = set(engine.matches(parse(text).pieces, Filters()))
        assert article.search_document.key in keys, text


def test_the_first_tier_is_exactly_the_articles_holding_the_term(corpus):
    """A long term in few articles: those and only those are in the first tier."""
    everything = list(corpus.stories.values())
    for text in ("职业伤害保障待遇", "远程操控井下设备", "鲁班工坊", "零下十五摄氏度", "全国总工会"):
        expected = {article.id for article in everything if held_as_typed(article, text)}
        results = search(text, limit=100)
        typed = {hit.article.id for hit in results.hits if hit.tier == TYPED}
        assert expected and typed >= expected, text
        assert all(held_as_typed(hit.article, text) for hit in results.hits if hit.tier == TYPED), text
