import re

import pytest

from news.testing import beijing, make_article


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_day_page_lists_that_days_articles_newest_first(client, channel):
    make_article(channel, "凌晨稿", when=beijing(2018, 12, 25, 0, 30))
    make_article(channel, "上午稿", when=beijing(2018, 12, 25, 7, 56))
    make_article(channel, "前一天", when=beijing(2018, 12, 24, 23, 59))
    make_article(channel, "草稿", when=beijing(2018, 12, 25, 9, 0), live=False)
    html = page_text(client.get("/calendar/2018/12/25/"))
    assert "<title>2018年12月25日 新闻日历" in html
    assert "<h1>2018年12月25日</h1>" in html
    assert html.index("上午稿") < html.index("凌晨稿")
    assert '<time datetime="2018-12-25T00:30:00+0800">00:30</time>' in html
    assert '<span class="channel">工会</span>' in html
    assert 'href="/gonghui/2018-12/25003000/"' in html
    assert "前一天" not in html
    assert "草稿" not in html


def test_valid_day_without_articles_is_an_empty_page(client, home):
    html = page_text(client.get("/calendar/2018/12/25/"))
    assert "这一天没有稿件" in html


def test_page_past_the_end_of_a_day_is_404(client, channel):
    make_article(channel, "唯一一篇")
    assert client.get("/calendar/2018/12/25/?page=1").status_code == 200
    assert client.get("/calendar/2018/12/25/?page=2").status_code == 404
    assert client.get("/calendar/2018/12/25/?page=abc").status_code == 404


def test_month_page_links_days_with_counts(client, channel):
    make_article(channel, "甲", when=beijing(2018, 12, 25, 0, 30))
    make_article(channel, "乙", when=beijing(2018, 12, 25, 8, 0))
    make_article(channel, "丙", when=beijing(2018, 12, 3, 8, 0))
    make_article(channel, "草稿", when=beijing(2018, 12, 4, 8, 0), live=False)
    html = page_text(client.get("/calendar/2018/12/"))
    assert "<title>2018年12月 新闻日历" in html
    day_links = re.findall(
        r'href="/calendar/2018/12/(\d\d)/"[^>]*>(\d+)<span class="visually-hidden">日</span></a>'
        r'<span class="count">(\d+)篇',
        html,
    )
    assert day_links == [("03", "3", "1"), ("25", "25", "2")]
    assert 'href="/calendar/2018/11/"' in html
    assert 'href="/calendar/2019/01/"' in html


def test_month_navigation_crosses_into_the_previous_year(client, home):
    html = page_text(client.get("/calendar/2019/01/"))
    assert 'rel="prev" href="/calendar/2018/12/"' in html
    assert 'rel="next" href="/calendar/2019/02/"' in html


def test_calendar_index_shows_the_current_month(client, home):
    html = page_text(client.get("/calendar/"))
    assert 'class="day today' in html


@pytest.mark.parametrize(
    "url",
    [
        "/calendar/2018/02/30/",
        "/calendar/2018/13/01/",
        "/calendar/2018/00/10/",
        "/calendar/2018/12/00/",
        "/calendar/0000/01/01/",
        "/calendar/1989/12/31/",
        "/calendar/9999/12/31/",
        "/calendar/abcd/01/01/",
        "/calendar/2018/ab/01/",
        "/calendar/99999/01/01/",
        "/calendar/2018/2/3/",
        "/calendar/2018/02/3/",
        "/calendar/２０１８/12/25/",
        "/calendar/2018/13/",
        "/calendar/2018/00/",
        "/calendar/0000/01/",
        "/calendar/2018/1/",
        "/calendar/9999/12/",
    ],
)
def test_malformed_or_impossible_dates_are_404(client, home, url):
    # The test client re-raises any server error, so a 500 would fail here too.
    assert client.get(url).status_code == 404
