"""Every page that shows an article shows its new state right after each kind of change,
although every page was cached before it (the page store answers without a query)."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Site

from news.testing import beijing, make_article, make_channel
from placement.models import Module
from review.models import Correction
from siteconfig.models import SiteSettings

DAY = "/calendar/2018/12/25/"
MONTH = "/calendar/2018/12/"
SIDEBAR = "/sidebar/2018/12/25/"


@pytest.fixture
def tree(channel):
    """工会 with a sub-channel 深度报道 holding one older article."""
    sub = make_channel("深度报道", "shendu", channel)
    make_article(sub, "早先的报道", when=beijing(2018, 12, 24, 9, 0, 0))
    return channel, sub


def text_of(client, url):
    """Status and text of a page; JSON's escapes of Chinese are undone."""
    response = client.get(url)
    text = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return response.status_code, text


def warm(client, urls):
    """Fetch each address until it is cached (the very first page view of a site makes its
    settings row), then once more: that answer must come from the cache."""
    for url in urls:
        client.get(url)
        first = client.get(url)
        assert first["X-Accel-Expires"], url
        second = client.get(url)
        assert second.content == first.content, url


def pages_of(article, sub, channel):
    return [
        "/",
        channel.url,
        sub.url,
        DAY,
        "/rss.xml",
        f"/rss/{channel.id}.xml",
        f"/api/v1/channels/{channel.id}/articles",
        "/api/v1/calendar/2018-12-25",
    ] + ([article.url, f"/api/v1/articles/{article.id}"] if article else [])


def test_a_cached_page_is_answered_without_a_query(client, tree, django_assert_num_queries):
    channel, sub = tree
    warm(client, [channel.url])
    with django_assert_num_queries(0):
        assert client.get(channel.url).status_code == 200


def test_publishing_reaches_every_list(client, tree):
    channel, sub = tree
    warm(client, [*pages_of(None, sub, channel), MONTH, SIDEBAR, "/sitemap-articles.xml"])
    article = make_article(sub, "新发布的稿件", when=beijing(2018, 12, 25, 10, 0, 0))
    for url in pages_of(article, sub, channel):
        status, text = text_of(client, url)
        assert status == 200 and "新发布的稿件" in text, url
    assert article.url in text_of(client, "/sitemap-articles.xml")[1]  # addresses, no titles
    warm(client, ["/news-sitemap.xml"])
    make_article(sub, "今天的新闻", when=timezone.now())
    assert "今天的新闻" in text_of(client, "/news-sitemap.xml")[1]
    for url in (MONTH, SIDEBAR):  # the calendars count it
        assert '<a href="/calendar/2018/12/25/" title="1篇稿件">' in text_of(client, url)[1], url


def test_an_edit_reaches_every_page_that_showed_the_title(client, tree):
    channel, sub = tree
    article = make_article(sub, "原来的标题", when=beijing(2018, 12, 25, 10, 0, 0))
    urls = pages_of(article, sub, channel)
    warm(client, urls)
    article.title = "改过的标题"
    article.save_revision().publish()
    for url in urls:
        status, text = text_of(client, url)
        assert "改过的标题" in text and "原来的标题" not in text, url


def test_unpublishing_and_deleting_take_it_off_everywhere(client, tree):
    channel, sub = tree
    gone, deleted = (make_article(sub, t, when=beijing(2018, 12, 25, 10, 0, 0)) for t in ("撤下的稿件", "删除的稿件"))
    urls = pages_of(gone, sub, channel) + [deleted.url]
    warm(client, urls)
    gone.unpublish()
    deleted.delete()
    for url in urls:
        status, text = text_of(client, url)
        assert "撤下的稿件" not in text and "删除的稿件" not in text, url
    assert client.get(gone.url).status_code == 404
    assert client.get(deleted.url).status_code == 404


def test_expiry_by_the_scheduler(client, tree):
    from news.scheduling import run_schedule

    channel, sub = tree
    article = make_article(sub, "到期下线", when=beijing(2018, 12, 25, 10, 0, 0))
    article.expire_at = timezone.now() + timedelta(seconds=1)
    article.save()
    warm(client, [channel.url, article.url])
    article.expire_at = timezone.now() - timedelta(seconds=1)
    type(article).objects.filter(pk=article.pk).update(expire_at=article.expire_at)
    assert run_schedule().expired == 1
    assert "到期下线" not in text_of(client, channel.url)[1]
    assert client.get(article.url).status_code == 404


def test_moving_an_article_to_another_channel(client, tree, home):
    channel, sub = tree
    other = make_channel("体育", "tiyu", home)
    article = make_article(sub, "搬家的稿件", when=beijing(2018, 12, 25, 10, 0, 0))
    warm(client, [channel.url, sub.url, other.url])
    folder = other.add_child(instance=type(article.get_parent().specific)(title="2018-12", slug="2018-12"))
    article.move(folder, pos="last-child")
    assert "搬家的稿件" not in text_of(client, sub.url)[1]
    assert "搬家的稿件" not in text_of(client, channel.url)[1]
    assert "搬家的稿件" in text_of(client, other.url)[1]


def test_a_correction_shows_on_the_article(client, tree):
    channel, sub = tree
    article = make_article(sub, "需要更正的稿件")
    warm(client, [article.url])
    Correction.objects.create(article=article, text="第二段人名有误,已更正。")
    assert "第二段人名有误" in text_of(client, article.url)[1]


def test_a_pin_reaches_the_sidebar_fragment(client, tree):
    channel, sub = tree
    old = make_article(sub, "被推荐的旧稿", when=beijing(2018, 1, 1, 8, 0, 0))
    module = Module.objects.create(key="yaowen", title="全总要闻", size=3)
    warm(client, [SIDEBAR, "/sidebar/"])
    assert "被推荐的旧稿" not in text_of(client, SIDEBAR)[1]
    module.items.create(article=old)
    module.save()
    assert "被推荐的旧稿" in text_of(client, SIDEBAR)[1]
    assert "被推荐的旧稿" in text_of(client, "/sidebar/")[1]


def test_a_new_article_reaches_a_module_filled_from_its_channel(client, tree):
    channel, sub = tree
    Module.objects.create(key="yaowen", title="全总要闻", size=3, channel=channel)
    warm(client, [SIDEBAR])
    make_article(sub, "自动取稿的新稿", when=beijing(2018, 12, 25, 11, 0, 0))
    assert "自动取稿的新稿" in text_of(client, SIDEBAR)[1]


def test_site_settings_reach_every_page(client, tree):
    channel, sub = tree
    article = make_article(sub, "任意稿件")
    urls = ["/", channel.url, article.url, DAY]
    warm(client, urls)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.site_name = "新的网站名称"
    settings.save()
    for url in urls:
        assert "新的网站名称" in text_of(client, url)[1], url


def test_a_renamed_channel_reaches_every_navigation(client, tree):
    channel, sub = tree
    article = make_article(sub, "任意稿件")
    warm(client, ["/", article.url])
    channel.title = "职工"
    channel.save_revision().publish()
    for url in ["/", article.url]:
        assert ">职工<" in text_of(client, url)[1], url


def test_cached_pages_carry_their_headers_and_answer_304(client, tree):
    channel, sub = tree
    warm(client, [channel.url])
    response = client.get(channel.url)
    assert response["Cache-Control"].startswith("public, max-age=0, must-revalidate")
    assert int(response["X-Accel-Expires"]) > 0
    assert client.get(channel.url, headers={"if-none-match": response["ETag"]}).status_code == 304
    assert client.get(channel.url, headers={"if-modified-since": response["Last-Modified"]}).status_code == 304


def test_the_admin_and_search_results_are_never_cached(client, tree, admin_client):
    channel, sub = tree
    for response in (admin_client.get("/admin/"), client.get("/search/?q=工会")):
        assert "X-Accel-Expires" not in response
        assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
