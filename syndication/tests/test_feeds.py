import calendar
import re
from datetime import UTC, datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from delivery.testing import forget_cached_pages
from news.models import Channel
from news.testing import beijing, list_in, make_article, make_channel
from syndication.feeds import ArticleFeed
from syndication.links import absolutize_html

from .conftest import BASE, PARAGRAPHS, TITLE


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed, response.content.decode()


def addresses(html):
    return re.findall(r'\s(?:href|src|poster)="([^"]*)"', html)


def test_site_feed_describes_the_site(client, article):
    feed, _ = parse(client, "/rss.xml")
    assert feed.feed.title == "中工网"
    assert feed.feed.link == f"{BASE}/"
    assert feed.feed.language == "zh-cn"
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [f"{BASE}/rss.xml"]


def test_item_carries_title_link_author_categories_and_summary(client, article):
    feed, raw = parse(client, "/rss.xml")
    [entry] = feed.entries
    url = f"{BASE}{article.url}"
    assert entry.title == TITLE
    assert entry.link == url
    assert entry.id == url
    assert f'<guid isPermaLink="true">{url}</guid>' in raw
    assert entry.author == "魏俊、王芳"
    assert sorted(tag.term for tag in entry.tags) == sorted(["深度报道", "困难职工", "送温暖"])
    assert entry.summary == "全总要求各级工会做好两节期间困难职工帮扶工作。"


def test_item_date_is_beijing_time(client, article):
    feed, raw = parse(client, "/rss.xml")
    [entry] = feed.entries
    assert entry.published == "Tue, 25 Dec 2018 07:56:26 +0800"
    assert "<pubDate>Tue, 25 Dec 2018 07:56:26 +0800</pubDate>" in raw
    # feedparser gives the instant in UTC: eight hours earlier.
    assert calendar.timegm(entry.published_parsed) == datetime(2018, 12, 24, 23, 56, 26, tzinfo=UTC).timestamp()
    assert feed.feed.updated == "Tue, 25 Dec 2018 07:56:26 +0800"


def test_item_has_the_full_text_with_absolute_addresses(client, article, channel):
    feed, _ = parse(client, "/rss.xml")
    [entry] = feed.entries
    [content] = entry.content
    assert content.type == "text/html"
    html = content.value
    for text in [*PARAGRAPHS, "——确保困难职工温暖过节", "帮扶现场", "来源:中工网--《工人日报》"]:
        assert text in html, text
    found = addresses(html)
    assert f'href="{BASE}{channel.url}"' in html
    images = [address for address in found if "/media/images/" in address]
    assert len(images) == 2  # the lead picture and the body picture
    assert found and all(address.startswith(f"{BASE}/") for address in found), found


def test_the_page_body_is_in_the_feed_unchanged_but_for_addresses(client, article):
    """What a feed reader shows is what the page shows, not a re-telling."""
    html = client.get(article.url).content.decode()
    page_body = html[html.index('<div class="article-body">') : html.index('<footer class="article-footer">')]
    page_paragraphs = re.findall(r"<p>.*?</p>", page_body)
    [entry] = parse(client, "/rss.xml")[0].entries
    for paragraph in page_paragraphs:
        assert paragraph.replace('href="/', f'href="{BASE}/') in entry.content[0].value


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<img src="/media/a.jpg" alt="">', '<img src="http://testserver/media/a.jpg" alt="">'),
        ('<a href="../">上级</a>', '<a href="http://testserver/gonghui/2018-12/">上级</a>'),
        ('<a href="#p2">', '<a href="http://testserver/gonghui/2018-12/1/#p2">'),
        ('<a href="//cdn.example.cn/v.mp4">', '<a href="http://cdn.example.cn/v.mp4">'),
        ('<a href="https://www.acftu.org/">', '<a href="https://www.acftu.org/">'),
        ('<a href="mailto:tougao@example.cn">', '<a href="mailto:tougao@example.cn">'),
        ('<a href="/search/?q=%E5%B7%A5&amp;page=2">', '<a href="http://testserver/search/?q=%E5%B7%A5&amp;page=2">'),
        (
            '<video poster="/media/p.jpg" src="/media/v.mp4">',
            '<video poster="http://testserver/media/p.jpg" src="http://testserver/media/v.mp4">',
        ),
        ("<p>src=/media/x 不是属性</p>", "<p>src=/media/x 不是属性</p>"),
    ],
)
def test_body_addresses_are_made_absolute(markup, expected):
    assert absolutize_html(markup, f"{BASE}/gonghui/2018-12/1/") == expected


def test_feed_lists_the_newest_first_up_to_its_limit(client, channel, monkeypatch):
    monkeypatch.setattr(ArticleFeed, "limit", 3)
    for day in range(1, 6):
        make_article(channel, f"第{day}篇", when=beijing(2018, 12, day, 9, 0, 0))
    feed, _ = parse(client, "/rss.xml")
    assert [entry.title for entry in feed.entries] == ["第5篇", "第4篇", "第3篇"]


def test_drafts_and_restricted_articles_stay_out(client, channel, home):
    make_article(channel, "公开稿件")
    make_article(channel, "草稿").unpublish()
    members = make_channel("会员专区", "huiyuan", home)
    PageViewRestriction.objects.create(page=members, restriction_type="password", password="secret")
    make_article(members, "会员稿件")
    assert [entry.title for entry in parse(client, "/rss.xml")[0].entries] == ["公开稿件"]
    assert client.get(f"/rss/{members.pk}.xml").status_code == 404


def test_channel_feed_has_the_channel_and_its_sub_channels_only(client, channel, sub_channel, home):
    other = make_channel("评论", "pinglun", home)
    make_article(channel, "工会稿件", when=beijing(2018, 12, 3, 9, 0, 0))
    make_article(sub_channel, "深度稿件", when=beijing(2018, 12, 2, 9, 0, 0))
    make_article(other, "评论稿件", when=beijing(2018, 12, 1, 9, 0, 0))

    feed, _ = parse(client, f"/rss/{channel.pk}.xml")
    assert feed.feed.title == "工会 - 中工网"
    assert feed.feed.link == f"{BASE}{channel.url}"
    assert [entry.title for entry in feed.entries] == ["工会稿件", "深度稿件"]
    assert [entry.title for entry in parse(client, f"/rss/{sub_channel.pk}.xml")[0].entries] == ["深度稿件"]
    assert [entry.title for entry in parse(client, f"/rss/{other.pk}.xml")[0].entries] == ["评论稿件"]


def test_channel_feed_has_articles_listed_in_the_channel_once_at_their_own_address(client, channel, sub_channel, home):
    other = make_channel("评论", "pinglun", home)
    listed = list_in(make_article(other, "评论兼发", when=beijing(2018, 12, 2, 9, 0, 0)), channel, sub_channel)
    make_article(channel, "工会稿件", when=beijing(2018, 12, 1, 9, 0, 0))

    feed, _ = parse(client, f"/rss/{channel.pk}.xml")
    assert [(entry.title, entry.link) for entry in feed.entries] == [
        ("评论兼发", f"{BASE}{listed.url}"),
        ("工会稿件", feed.entries[1].link),
    ]
    assert [tag.term for tag in feed.entries[0].tags] == ["评论"]


def test_channel_feed_of_an_empty_channel_is_an_empty_feed(client, channel):
    feed, _ = parse(client, f"/rss/{channel.pk}.xml")
    assert feed.feed.title == "工会 - 中工网"
    assert feed.entries == []


@pytest.mark.parametrize("what", ["missing", "article", "home", "link", "unpublished"])
def test_feed_of_anything_but_a_live_channel_is_404(client, channel, home, what):
    pages = {
        "missing": lambda: 999_999,
        "article": lambda: make_article(channel, "稿件").pk,
        "home": lambda: home.pk,
        "link": lambda: (
            make_channel("论坛", "luntan", home, kind=Channel.Kind.LINK, link_url="http://bbs.example.cn/").pk
        ),
        "unpublished": lambda: make_channel("筹备", "choubei", home, live=False).pk,
    }
    assert client.get(f"/rss/{pages[what]()}.xml").status_code == 404


def test_queries_do_not_grow_with_the_number_of_items(client, channel, picture):
    def add(n):
        story = make_article(
            channel, f"稿件{n}", authors=["甲", "乙"], lead_image=picture, body=[("paragraph", "<p>正文</p>")]
        )
        story.tags.add("标签")

    def count():
        """(queries, items) of building the feed; it is cached, so build it afresh."""
        forget_cached_pages()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/rss.xml")
        return len(queries), len(feedparser.parse(response.content).entries)

    add(0)
    count()  # the picture's renditions are made once; per-process caches warm up
    few, items = count()
    assert items == 1
    for n in range(1, 8):
        add(n)
    assert count() == (few, 8)


def test_pages_announce_their_feeds(client, channel, article):
    site_link = f'<link rel="alternate" type="application/rss+xml" title="中工网" href="{BASE}/rss.xml">'
    channel_link = (
        f'<link rel="alternate" type="application/rss+xml" title="工会 - 中工网" href="{BASE}/rss/{channel.pk}.xml">'
    )
    home_html = client.get("/").content.decode()
    channel_html = client.get(channel.url).content.decode()
    article_html = client.get(article.url).content.decode()
    assert site_link in home_html and site_link in channel_html and site_link in article_html
    assert channel_link in channel_html
    assert f'<a href="/rss/{channel.pk}.xml" type="application/rss+xml">RSS 订阅</a>' in channel_html
    # An article points to the feed of its own channel, 深度报道.
    assert f'href="{BASE}/rss/{article.primary_channel_id}.xml"' in article_html
