"""The mirror rendered once: its copies are cached under its own addresses, served without a
conversion, and purged with their originals; forms, feeds and sitemaps work under it."""

import feedparser
import pytest
from django.test import Client
from django.utils import timezone

import mirror.convert
from complaints.models import Complaint
from news.testing import make_article
from portal.testing import readers_form


@pytest.fixture
def article(channel):
    return make_article(channel, "记者发布的稿件", summary="摘要")


def cached(client, url):
    """Fetch `url` until it is cached, as delivery's tests do."""
    client.get(url)
    response = client.get(url)
    assert response["X-Accel-Expires"], url
    return response


def test_a_cached_copy_costs_no_conversion(client, article, monkeypatch, django_assert_num_queries):
    cached(client, "/big5" + article.url)
    conversions = []
    monkeypatch.setattr(mirror.convert, "convert", lambda *args: conversions.append(args))
    with django_assert_num_queries(0):
        response = client.get("/big5" + article.url)
    assert response.status_code == 200 and "記者發佈的稿件" in response.content.decode()
    assert conversions == []


@pytest.mark.parametrize("change", ["edit", "unpublish"])
def test_a_purge_of_the_original_purges_the_mirror(client, article, channel, change):
    urls = [article.url, channel.url, "/", "/rss.xml"]
    for url in urls:
        cached(client, url)
        assert "記者發佈的稿件" in cached(client, "/big5" + url).content.decode(), url
    if change == "edit":
        article.title = "记者更正后的标题"
        article.save_revision().publish()
    else:
        article.unpublish()
    for url in urls[1:]:
        text = client.get("/big5" + url).content.decode()
        assert "記者發佈的稿件" not in text, url
        assert ("記者更正後的標題" in text) == (change == "edit"), url
    assert client.get("/big5" + article.url).status_code == (200 if change == "edit" else 404)


def test_the_sidebar_fragment_is_mirrored(client, article):
    html = client.get("/big5/sidebar/2018/12/25/").content.decode()
    assert "新聞日曆" in html or "日曆" in html
    assert 'href="/big5/calendar/' in html


def test_feeds_and_sitemaps_under_the_mirror(client, article):
    feed = feedparser.parse(client.get("/big5/rss.xml").content)
    entry = feed.entries[0]
    assert entry.title == "記者發佈的稿件"
    assert entry.link == f"http://testserver/big5{article.url}"
    assert feed.feed.link.startswith("http://testserver/big5/")
    sitemap = client.get("/big5/sitemap-articles.xml").content.decode()
    assert f"<loc>http://testserver/big5{article.url}</loc>" in sitemap
    make_article(article.get_parent().get_parent(), "今天记者的新闻", when=timezone.now())
    news = client.get("/big5/news-sitemap.xml").content.decode()
    assert "今天記者的新聞" in news


def test_search_under_the_mirror(client, article):
    html = client.get("/big5/search/", {"q": "記者發布"}).content.decode()
    assert f'href="/big5{article.url}"' in html
    assert 'value="記者發布"' in html  # the query as the reader typed it


def test_a_report_is_sent_from_the_mirror(home):
    client = Client(enforce_csrf_checks=True)
    page = client.get("/big5/jubao/").content.decode()
    assert 'action="/big5/jubao/"' in page or 'action=""' in page
    text = "这篇稿件的数字不实,发布时间有误。"
    wrong = readers_form(client, "/big5/jubao/", category="rumour", url="https://example.cn/a", captcha_1="WRONG")
    refused = client.post("/big5/jubao/", wrong | {"description": text})
    assert refused.status_code == 400
    refused_html = refused.content.decode()
    assert f">\n{text}</textarea>" in refused_html  # what the reader wrote comes back as written
    assert "驗證碼不對" in refused_html
    sent = readers_form(client, "/big5/jubao/", category="rumour", url="https://example.cn/a", description=text)
    response = client.post("/big5/jubao/", sent)
    assert response.status_code == 303 and response["Location"].startswith("/big5/jubao/")
    assert Complaint.objects.get().description == text
    assert "待處理" in client.get(response["Location"]).content.decode()
