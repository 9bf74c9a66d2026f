"""The admin's page search, page chooser and byline chooser find Chinese words anywhere in a
title, and live articles by their text through the portal's index; Wagtail keeps no index."""

import lxml.html
import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from news.testing import make_article
from people.models import Author
from review.testing import draft_article, newsroom_staff
from sitesearch.services import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return newsroom_staff()


def listed_titles(client, user, url, query):
    client.force_login(user)
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content.decode())
    return {" ".join(link.text_content().split()) for link in page.xpath("//td//a")} - {""}


def found(query, **kwargs):
    return [page.title for page in Page.objects.all().autocomplete(query, **kwargs)]


def test_a_word_inside_a_title_finds_live_articles_and_drafts(channel, staff):
    make_article(channel, "钢城区职工夜校开课")
    draft_article(channel, "矿区夜校招生在即", staff.reporter)
    make_article(channel, "码头职工技能比武")
    assert sorted(found("夜校")) == ["矿区夜校招生在即", "钢城区职工夜校开课"]
    assert found("钢城区 夜校") == ["钢城区职工夜校开课"]


def test_live_articles_are_found_by_their_text_through_the_portal_index(channel):
    make_article(channel, "港口新闻", body=[("paragraph", "<p>集装箱码头开展安全生产月活动。</p>")])
    assert found("安全生产") == ["港口新闻"]
    assert found("集装箱码头 安全生产") == ["港口新闻"]
    assert found("不存在的词语") == []


def test_the_draft_title_of_an_edited_live_article_is_found(channel):
    article = make_article(channel, "原来的标题")
    article.title = "改过的夜校标题"
    article.save_revision()
    assert found("夜校") == ["原来的标题"]


def test_titles_holding_the_whole_query_come_first(channel):
    make_article(channel, "夜校开学", body=[("paragraph", "<p>职工踊跃报名。</p>")])
    make_article(channel, "职工书屋", body=[("paragraph", "<p>书屋旁的夜校开学了。</p>")])
    assert found("夜校开学") == ["夜校开学", "职工书屋"]


def test_the_admin_finds_at_least_what_the_public_search_finds(channel):
    for n in range(5):
        make_article(channel, f"第{n}篇", body=[("paragraph", "<p>全国总工会部署新一年工作。</p>")])
    assert search("工会").total == 5
    # The channel 工会 too, first: its title is the query; then the newest.
    assert found("工会") == ["工会", "第4篇", "第3篇", "第2篇", "第1篇", "第0篇"]


def test_admin_page_search_and_page_chooser_show_chinese_matches(client, channel, staff):
    make_article(channel, "钢城区职工夜校开课")
    draft_article(channel, "矿区夜校招生在即", staff.reporter)
    shown = listed_titles(client, staff.admin, reverse("wagtailadmin_pages:search"), "夜校")
    assert {"钢城区职工夜校开课", "矿区夜校招生在即"} <= shown
    chooser = listed_titles(client, staff.admin, reverse("wagtailadmin_choose_page_search"), "夜校")
    assert {"钢城区职工夜校开课", "矿区夜校招生在即"} <= chooser


def test_the_byline_chooser_finds_a_name_by_any_part_and_adds_a_new_one(client, staff):
    for name in ("欧阳明", "王晓明", "李四"):
        Author.objects.create(name=name)
    results = reverse("wagtailsnippetchoosers_people_author:choose_results")
    assert listed_titles(client, staff.reporter, results, "晓明") == {"王晓明"}
    assert listed_titles(client, staff.reporter, results, "明") == {"欧阳明", "王晓明"}
    chooser = client.get(reverse("wagtailsnippetchoosers_people_author:choose"))
    assert "添加作者" in chooser.json()["html"]
    response = client.post(reverse("wagtailsnippetchoosers_people_author:create"), {"name": "赵新人"})
    assert response.json()["step"] == "chosen"
    assert Author.objects.filter(name="赵新人").exists()


def test_a_name_already_known_is_refused_by_the_chooser(client, staff):
    Author.objects.create(name="王晓明")
    client.force_login(staff.reporter)
    response = client.post(reverse("wagtailsnippetchoosers_people_author:create"), {"name": "王晓明"})
    assert response.json()["step"] != "chosen"
    assert Author.objects.filter(name="王晓明").count() == 1


def test_wagtail_keeps_no_index_of_its_own(channel):
    make_article(channel, "不进入第二个索引")
    Author.objects.create(name="索引外的作者")
    assert IndexEntry.objects.count() == 0
