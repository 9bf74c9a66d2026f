from datetime import timedelta

import pytest
from defusedxml import ElementTree
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from delivery.testing import forget_cached_pages
from news.models import Article, Channel
from news.testing import BEIJING, beijing, make_article, make_channel
from siteconfig.models import InfoPage, SiteSettings
from syndication.sitemaps import ArticleSitemap

from .conftest import BASE

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}


def xml(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/xml"
    return ElementTree.fromstring(response.content)


def entries(client, path, tag):
    """(loc, lastmod) of every <sitemap> or <url> of the document at `path`."""
    found = xml(client, path).findall(f"sm:{tag}", NS)
    return [(entry.findtext("sm:loc", namespaces=NS), entry.findtext("sm:lastmod", namespaces=NS)) for entry in found]


def locations(client, path):
    return [loc for loc, _ in entries(client, path, "url")]


def absolute(page):
    return f"{BASE}{page.url}"


def test_index_lists_each_section_with_its_latest_change(client, channel):
    make_article(channel, "旧稿", when=beijing(2018, 12, 1, 8, 0, 0))
    make_article(channel, "新稿", when=beijing(2018, 12, 25, 7, 56, 26))
    response = client.get("/sitemap.xml")
    assert response["X-Robots-Tag"] == "noindex, noodp, noarchive"
    assert entries(client, "/sitemap.xml", "sitemap") == [
        (f"{BASE}/sitemap-articles.xml", "2018-12-25T07:56:26+08:00"),
        (f"{BASE}/sitemap-pages.xml", None),  # pages made in tests were never published by an editor
    ]


def test_articles_section_lists_live_public_articles(client, channel, home):
    first = make_article(channel, "第一篇", when=beijing(2018, 12, 1, 8, 0, 0))
    edited = make_article(channel, "改过的", when=beijing(2018, 12, 2, 8, 0, 0))
    Article.objects.filter(pk=edited.pk).update(last_published_at=beijing(2018, 12, 3, 21, 30, 0))
    make_article(channel, "草稿").unpublish()
    members = make_channel("会员专区", "huiyuan", home)
    PageViewRestriction.objects.create(page=members, restriction_type="password", password="secret")
    make_article(members, "会员稿件")

    assert entries(client, "/sitemap-articles.xml", "url") == [
        (absolute(first), "2018-12-01T08:00:00+08:00"),
        (absolute(edited), "2018-12-03T21:30:00+08:00"),  # the last publication, not the dateline
    ]


def test_pages_section_lists_every_other_page_that_answers(client, home, channel, sub_channel):
    about = home.add_child(instance=InfoPage(title="关于我们", slug="about"))
    make_channel("论坛", "luntan", home, kind=Channel.Kind.LINK, link_url="http://bbs.example.cn/")
    make_channel("筹备", "choubei", home, live=False)
    article = make_article(channel, "稿件")

    listed = locations(client, "/sitemap-pages.xml")
    assert sorted(listed) == sorted(absolute(page) for page in (home, channel, sub_channel, about))
    assert absolute(article) not in listed
    assert absolute(article.get_parent()) not in listed  # a month folder only redirects


def test_addresses_with_chinese_slugs_are_percent_encoded(client, home):
    news = make_channel("要闻", "要闻", home)
    make_article(news, "稿件", when=beijing(2018, 12, 25, 7, 56, 26))
    assert f"{BASE}/%E8%A6%81%E9%97%BB/" in locations(client, "/sitemap-pages.xml")
    assert locations(client, "/sitemap-articles.xml") == [f"{BASE}/%E8%A6%81%E9%97%BB/2018-12/25075626/"]


def test_a_section_beyond_its_limit_is_split_into_pages(client, channel, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    stories = [make_article(channel, f"第{day}篇", when=beijing(2018, 12, day, 9, 0, 0)) for day in range(1, 6)]

    listed = [loc for loc, _ in entries(client, "/sitemap.xml", "sitemap")]
    assert listed == [
        f"{BASE}/sitemap-articles.xml",
        f"{BASE}/sitemap-articles.xml?p=2",
        f"{BASE}/sitemap-articles.xml?p=3",
        f"{BASE}/sitemap-pages.xml",
    ]
    pages = [locations(client, f"/sitemap-articles.xml?p={n}") for n in (1, 2, 3)]
    assert [len(page) for page in pages] == [2, 2, 1]
    # Oldest first: a new article goes on the last page, earlier pages stay as they were.
    assert sum(pages, []) == [absolute(story) for story in stories]
    for beyond in ("4", "0", "abc"):
        assert client.get("/sitemap-articles.xml", {"p": beyond}).status_code == 404


def test_unknown_section_is_404(client, home):
    assert client.get("/sitemap-videos.xml").status_code == 404


def test_section_queries_do_not_grow_with_the_number_of_articles(client, channel):
    def count():
        forget_cached_pages()  # sitemaps are cached; build afresh
        with CaptureQueriesContext(connection) as queries:
            listed = locations(client, "/sitemap-articles.xml")
        return len(queries), len(listed)

    make_article(channel, "稿件0", when=beijing(2018, 12, 1, 9, 0, 0))
    count()
    few, _ = count()
    for day in range(2, 12):
        make_article(channel, f"稿件{day}", when=beijing(2018, 12, day, 9, 0, 0))
    assert count() == (few, 11)


def hours_ago(hours):
    """A Beijing publish time `hours` before now, to the second."""
    return beijing(*(timezone.now() - timedelta(hours=hours)).astimezone(BEIJING).timetuple()[:6])


def news_entries(client):
    urls = xml(client, "/news-sitemap.xml").findall("sm:url", NS)
    return [
        {
            "loc": url.findtext("sm:loc", namespaces=NS),
            "name": url.findtext("news:news/news:publication/news:name", namespaces=NS),
            "language": url.findtext("news:news/news:publication/news:language", namespaces=NS),
            "date": url.findtext("news:news/news:publication_date", namespaces=NS),
            "title": url.findtext("news:news/news:title", namespaces=NS),
        }
        for url in urls
    ]


def test_news_sitemap_has_the_articles_of_the_last_48_hours(client, channel):
    latest = make_article(channel, "一小时前", when=hours_ago(1))
    older = make_article(channel, "四十七小时前", when=hours_ago(47))
    make_article(channel, "四十九小时前", when=hours_ago(49))
    make_article(channel, "定时稿件", when=hours_ago(-2))  # dated ahead: not news yet
    make_article(channel, "撤下的稿件", when=hours_ago(2)).unpublish()

    found = news_entries(client)
    assert [entry["title"] for entry in found] == ["一小时前", "四十七小时前"]
    first = found[0]
    assert first["loc"] == absolute(latest)
    assert (first["name"], first["language"]) == ("中工网", "zh-cn")
    assert first["date"] == latest.publish_time.astimezone(BEIJING).isoformat(timespec="seconds")
    assert first["date"].endswith("+08:00")
    assert found[1]["loc"] == absolute(older)


def test_news_sitemap_names_the_publication_as_the_site_settings_do(client, channel, home):
    settings = SiteSettings.for_site(home.get_site())
    settings.site_name = "工人日报网"
    settings.save()
    make_article(channel, "稿件", when=hours_ago(3))
    assert [entry["name"] for entry in news_entries(client)] == ["工人日报网"]


def test_robots_txt_points_at_both_sitemaps_and_keeps_crawlers_out_of_admin_and_search(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = [line for line in response.content.decode().splitlines() if line]
    assert lines[0] == "User-agent: *"
    disallowed = {line.split(": ", 1)[1] for line in lines if line.startswith("Disallow: ")}
    assert {"/admin/", "/django-admin/", "/search/"} <= disallowed
    assert "/" not in disallowed
    sitemaps = [line.split(": ", 1)[1] for line in lines if line.startswith("Sitemap: ")]
    assert sitemaps == [f"{BASE}/sitemap.xml", f"{BASE}/news-sitemap.xml"]
    for url in sitemaps:
        assert client.get(url.removeprefix(BASE)).status_code == 200


@pytest.mark.parametrize("path", ["/rss.xml", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt"])
def test_addresses_follow_the_host_and_scheme_the_reader_used(client, channel, path):
    make_article(channel, "稿件", when=hours_ago(1))
    response = client.get(path, headers={"host": "www.workercn.cn"}, secure=True)
    body = response.content.decode()
    assert "https://www.workercn.cn/" in body
    assert "testserver" not in body
