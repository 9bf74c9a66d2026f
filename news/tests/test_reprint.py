"""转载: a story from another news unit shows where it came from and its original title."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse

from news.models import Article
from news.testing import article_form, make_article

REPRINT = {
    "reprint": True,
    "source": "新华社",
    "original_author": "记者 甲乙",
    "original_title": "原发单位拟的标题",
    "original_url": "https://news.example.cn/2026/1201/a.html",
}


def test_a_reprint_shows_its_origin_on_the_page_and_in_its_metadata(client, channel):
    article = make_article(channel, "本站改写后的标题", **REPRINT)
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    footer = page.select_one(".article-footer")
    assert footer.select_one(".source a")["href"] == REPRINT["original_url"]
    assert footer.select_one(".source").get_text() == "来源:新华社"
    assert footer.select_one(".original-author").get_text() == "原作者:记者 甲乙"
    assert footer.select_one(".original-title").get_text() == "原标题:原发单位拟的标题"
    data = json.loads(page.select_one("script[type='application/ld+json']").string)
    data = data if isinstance(data, dict) else next(item for item in data if item.get("@type") == "NewsArticle")
    assert data.get("isBasedOn") == REPRINT["original_url"]


def test_an_own_story_shows_no_reprint_lines(client, channel):
    article = make_article(channel, "本站稿件", original_title="不该出现")
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert not page.select(".original-title, .original-author")


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"source": "中工网"}, "source"), ({"source": "  "}, "source"), ({"original_title": ""}, "original_title")],
)
def test_a_reprint_without_its_origin_is_refused(channel, changes, field):
    with pytest.raises(ValidationError) as refused:
        make_article(channel, "转载缺项", **(REPRINT | changes))
    assert field in refused.value.message_dict
    assert not Article.objects.filter(title="转载缺项").exists()


def test_the_original_title_stays_once_online(channel):
    article = make_article(channel, "转载稿", **REPRINT)
    article.title = "编辑改了本站标题"
    article.save()
    article.original_title = "换一个原标题"
    with pytest.raises(ValidationError, match="原标题已随稿件发布"):
        article.full_clean()


def test_the_admin_form_refuses_a_reprint_without_source(admin_client, channel):
    article = make_article(channel, "后台转载")
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = article_form(article, reprint=True, original_title="原题", source="中工网", **{"action-publish": "1"})
    response = admin_client.post(url, data)
    assert response.status_code == 200 and "转载稿件须填写原发新闻单位" in response.content.decode()
    assert not Article.objects.get(pk=article.pk).reprint
