"""Tiers of a search: the query as typed first, then every word of it; a word found nowhere
says so and offers the matches of its parts instead of passing them off as hits."""

import pytest

from news.testing import make_article
from sitesearch.services import PARTS, TYPED, search

pytestmark = pytest.mark.django_db


def test_a_substring_across_a_word_boundary_is_found(channel):
    # jieba cuts 南侧刀闸 as 南侧 / 刀闸: 侧刀 is no word, yet it is in the text as typed.
    article = make_article(channel, "变电站检修", body=[("paragraph", "<p>检修人员断开南侧刀闸后开始作业。</p>")])
    results = search("侧刀")
    assert [hit.article for hit in results.hits] == [article] and results.typed == 1


@pytest.fixture
def scattered(channel):
    """全国 and 总工会 in one article, far apart; 全国总工会 as typed in two others."""
    apart = make_article(
        channel, "各地职工迎新春", body=[("paragraph", "<p>全国各地职工欢度春节,市总工会走访慰问困难职工。</p>")]
    )
    typed = [make_article(channel, f"全国总工会部署工作之{n}") for n in range(2)]
    return apart, typed


def test_a_word_found_nowhere_says_so_and_offers_its_parts(client, scattered):
    apart, _ = scattered
    results = search("全国总工会慰问")  # never written so
    assert (results.total, results.hits, results.parts_only) == (0, [], 1)
    page = client.get("/search/", {"q": "全国总工会慰问"}).content.decode()
    assert "没有找到与“全国总工会慰问”相关的稿件" in page
    assert "有 1 篇稿件分别包含其中的部分词语" in page and "parts=1" in page
    shown = search("全国总工会慰问", parts=True)
    assert [(hit.article, hit.tier) for hit in shown.hits] == [(apart, PARTS)]


def test_a_long_word_in_few_articles_returns_exactly_those_first(scattered):
    apart, typed = scattered
    results = search("全国总工会")
    assert results.typed == 2
    assert {hit.article for hit in results.hits[:2]} == set(typed)
    assert all(hit.tier == TYPED for hit in results.hits[:2])
    assert apart not in [hit.article for hit in results.hits]  # its parts, scattered, are not hits
