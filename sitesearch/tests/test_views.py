"""The search page: results, filters, paging, and a clear page for every bad input."""

import pytest
from django.urls import reverse

from news.testing import beijing, make_article, make_channel
from sitesearch.backends.base import SearchBackend

pytestmark = pytest.mark.django_db
URL = reverse("sitesearch:search")


@pytest.fixture
def articles(channel):
    made = [make_article(channel, f"职工书屋第{n}期开放", when=beijing(2026, 3, n + 1, 9, 0, 0)) for n in range(25)]
    made.append(make_article(channel, "全国總工會召开会议", summary="会议部署全年工作。"))
    return made


def test_results_show_highlighted_titles_snippets_and_a_total(client, articles):
    response = client.get(URL, {"q": "全国总工会"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "找到 1 篇相关稿件" in page
    assert "<mark>全国總工會</mark>召开会议" in page
    assert '<p class="hit-meta"><span>工会</span>' in page
    assert 'name="robots" content="noindex' in page


def test_pages_keep_the_query_and_filters(client, articles):
    response = client.get(URL, {"q": "职工书屋", "order": "newest"})
    page = response.content.decode()
    assert "找到 25 篇相关稿件" in page
    assert "?q=%E8%81%8C%E5%B7%A5%E4%B9%A6%E5%B1%8B&amp;order=newest&amp;page=2" in page
    second = client.get(URL, {"q": "职工书屋", "order": "newest", "page": 2})
    assert second.status_code == 200
    assert second.content.decode().count('class="snippet"') == 5
    assert "第1期" in second.content.decode()  # oldest last


def test_channel_and_date_filters(client, articles, home):
    other = make_channel("维权", "weiquan", home)
    make_article(other, "维权栏目的职工书屋")
    response = client.get(URL, {"q": "职工书屋", "channel": other.id})
    assert "找到 1 篇相关稿件" in response.content.decode()
    response = client.get(URL, {"q": "职工书屋", "start": "2026-03-02", "end": "2026-03-03"})
    assert "找到 2 篇相关稿件" in response.content.decode()


def test_a_search_that_finds_nothing_says_so(client, articles):
    response = client.get(URL, {"q": "潜水艇"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "没有找到与“潜水艇”相关的稿件" in page
    assert "输入词语搜索本站稿件" not in page  # not the help shown before any search
    assert 'class="search-results"' not in page


def test_an_empty_query_shows_the_search_help(client, articles):
    response = client.get(URL)
    assert response.status_code == 200
    assert "输入词语搜索本站稿件" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "工" * 10_240}, "搜索词太长"),
        ({"q": "。,!?…"}, "没有可搜索的文字"),
        ({"q": "😀😀"}, "没有可搜索的文字"),
        ({"q": "工会", "channel": "999999"}, "没有这个栏目"),
        ({"q": "工会", "channel": "abc"}, "没有这个栏目"),
        ({"q": "工会", "start": "2026-02-30"}, "起始日期"),
        ({"q": "工会", "end": "明天"}, "截止日期"),
        ({"q": "工会", "start": "2026-03-05", "end": "2026-03-01"}, "起始日期不能晚于截止日期"),
        ({"q": "工会", "order": "random"}, "排序方式"),
    ],
)
def test_bad_input_gets_a_clear_400_page(client, articles, params, message):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "99", "-"])
def test_a_page_that_does_not_exist_is_404(client, articles, page):
    assert client.get(URL, {"q": "职工书屋", "page": page}).status_code == 404


def test_what_the_reader_typed_is_escaped(client, articles):
    response = client.get(URL, {"q": '<script>alert("工会")</script>'})
    page = response.content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page


def test_every_page_has_the_search_box(client, home):
    assert f'action="{URL}"' in client.get("/").content.decode()


def test_a_results_page_costs_the_same_queries_whatever_it_shows(client, channel):
    """One hit or a full page of twenty at the same dates: the same number of queries (no
    query per hit; PostgreSQL's reading of the newest spans depends on dates, not hits)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_of_a_search():
        for _ in range(2):  # warm the cached site settings and boxes (a build that began
            client.get(URL, {"q": "焊花"})  # just as the fixture's saves purged is not kept)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(URL, {"q": "焊花"}).content.decode()
        return len(queries), page.count('class="snippet"')

    when = beijing(2026, 3, 2, 9, 0, 0)
    make_article(channel, "焊花飞溅的车间", when=when)
    one = queries_of_a_search()
    for n in range(24):
        make_article(channel, f"焊花飞溅的车间第{n}天", when=when)
    twenty = queries_of_a_search()
    assert (one[1], twenty[1]) == (1, 20)
    assert one[0] == twenty[0] <= 20, (one, twenty)


def test_a_large_result_says_so_and_pages_to_the_cap(client, articles, monkeypatch):
    monkeypatch.setattr(SearchBackend, "count_cap", 21)
    page = client.get(URL, {"q": "职工书屋"}).content.decode()
    assert "找到 21 篇以上相关稿件" in page
    second = client.get(URL, {"q": "职工书屋", "page": 2})
    assert second.status_code == 200 and second.content.decode().count('class="snippet"') == 1
    assert client.get(URL, {"q": "职工书屋", "page": 3}).status_code == 404
