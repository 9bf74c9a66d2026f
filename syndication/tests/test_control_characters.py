"""Characters XML 1.0 cannot carry (U+000B from Word's Shift+Enter, NUL and ESC from
imports) are kept out of what is stored, and out of the feeds and sitemaps whatever was
stored before; a title is escaped once in RSS."""

import pytest
from defusedxml import ElementTree
from django.urls import reverse
from django.utils import timezone
from wagtail.blocks import StreamValue

from news.models import Article
from news.testing import article_form, make_article

from .test_feeds import parse

PASTED = "劳模\x0b工匠\x00进\x1b校园"


def test_typed_text_is_stored_without_them(channel):
    article = make_article(channel, PASTED, summary="摘要\x0c第二行", source="中工网\x07")
    article.body = StreamValue(article.body.stream_block, [("paragraph", "<p>正文\x1b[1m加粗</p>")], is_lazy=False)
    article.save()
    article.refresh_from_db()
    assert (article.title, article.summary, article.source) == ("劳模 工匠进校园", "摘要 第二行", "中工网")
    assert article.body.raw_data[0]["value"] == "<p>正文[1m加粗</p>"


def test_the_admin_form_stores_the_draft_without_them(admin_client, channel):
    article = make_article(channel, "劳模工匠进校园")
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    pasted = "劳模\x0b工匠进\x1b校园"  # NUL the form refuses with a message of its own
    assert admin_client.post(url, article_form(article, title=pasted)).status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "劳模 工匠进校园"


@pytest.fixture
def stored_before(channel):
    """An article stored before input was cleaned (PostgreSQL would refuse NUL itself)."""
    article = make_article(channel, "劳模工匠进校园")
    Article.objects.filter(pk=article.pk).update(title="劳模\x0b工匠\x1b进校园")
    return article, channel


@pytest.mark.parametrize("feed", ["/rss.xml", "channel"])
def test_feeds_stay_readable(client, stored_before, feed):
    article, channel = stored_before
    parsed, _ = parse(client, f"/rss/{channel.pk}.xml" if feed == "channel" else feed)
    assert [entry.title for entry in parsed.entries] == ["劳模 工匠进校园"]


def test_the_news_sitemap_stays_readable(client, channel):
    article = make_article(channel, "劳模工匠进校园", when=timezone.now())  # the last two days only
    Article.objects.filter(pk=article.pk).update(title="劳模\x0b工匠进校园")
    response = client.get("/news-sitemap.xml")
    assert response.status_code == 200
    titles = ElementTree.fromstring(response.content).iter("{http://www.google.com/schemas/sitemap-news/0.9}title")
    assert [title.text for title in titles] == ["劳模 工匠进校园"]


def test_a_title_with_quotes_is_escaped_once(client, channel):
    make_article(channel, '他说"好"&了')
    parsed, xml = parse(client, "/rss.xml")
    assert parsed.entries[0].title == '他说"好"&了'
    assert "&amp;quot;" not in xml and "&amp;amp;" not in xml
