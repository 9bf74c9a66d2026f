"""专题: the index, topic pages with their sections, and the 热点专题 box."""

from random import Random

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import nested_form_data, streamfield

from delivery.testing import forget_cached_pages
from demo.images import save_picture
from news.testing import beijing, make_article
from placement.models import Module
from topics.models import Topic, TopicIndex


@pytest.fixture
def index(home):
    return home.add_child(instance=TopicIndex(title="专题", slug="zhuanti"))


@pytest.fixture
def picture(db):
    return save_picture(Random(3), "topic-banner", "专题题图", caption="专题题图")


def section(title, articles=(), tag="", count=6):
    return ("section", {"title": title, "articles": list(articles), "tag": tag, "count": count})


def make_topic(index, title, picture, *sections, when=None, live=True):
    topic = Topic(
        title=title,
        intro="第一段导语。\n\n第二段导语。",
        header_image=picture,
        sections=list(sections),
        live=live,
        first_published_at=(when or beijing(2018, 12, 25, 8)) if live else None,
    )
    return index.add_child(instance=topic)


def tagged(channel, title, tag, day):
    article = make_article(channel, title, when=beijing(2018, 12, day, 8))
    article.tags.add(tag)
    article.save()
    return article


def shown(response):
    return [(s.title, [a.title for a in s.articles]) for s in response.context["sections"]]


def test_sections_show_picks_in_order_then_their_tag_never_twice_nor_unpublished(client, index, picture, channel):
    old, new = (make_article(channel, t, when=beijing(2018, 12, d, 8)) for t, d in [("旧稿", 1), ("新稿", 20)])
    helped = {day: tagged(channel, f"帮扶{day}", "送温暖", day) for day in (2, 3, 4)}
    withdrawn = tagged(channel, "撤下的帮扶稿", "送温暖", 5)
    withdrawn.unpublish()
    topic = make_topic(
        index,
        "两节送温暖",
        picture,
        section("编辑推荐", [old, new, withdrawn, old]),
        section("各地动态", tag="送温暖", count=2),
        section("综合", [make_article(channel, "帮扶综述"), helped[4]], tag="送温暖", count=2),
    )

    response = client.get(topic.url)

    assert response.status_code == 200
    assert shown(response) == [
        ("编辑推荐", ["旧稿", "新稿"]),
        ("各地动态", ["帮扶4", "帮扶3"]),
        ("综合", ["帮扶综述", "帮扶4", "帮扶3", "帮扶2"]),
    ]
    html = response.content.decode()
    assert '<header class="topic-banner">' in html and "<img" in html[html.index("topic-banner") :]
    assert "<p>第一段导语。</p>" in html and "撤下的帮扶稿" not in html
    assert f'<a href="{index.url}">专题</a>' in html


def test_a_topic_page_takes_the_same_queries_whatever_its_sections(
    client, index, picture, channel, django_assert_max_num_queries
):
    articles = [tagged(channel, f"稿{day}", f"标签{day % 3}", day) for day in range(1, 10)]
    small = make_topic(index, "一个版块", picture, section("唯一", articles[:2], tag="标签0"))
    sections = [section(f"版块{n}", articles[n : n + 3], tag=f"标签{n % 3}", count=n + 1) for n in range(6)]
    large = make_topic(index, "六个版块", picture, *sections, when=beijing(2018, 12, 26, 8))
    for topic in (small, large):
        client.get(topic.url)  # renditions and cached boxes made once

    forget_cached_pages()  # measure building the pages, not answering from the page cache
    with CaptureQueriesContext(connection) as baseline:
        client.get(small.url)
    with django_assert_max_num_queries(len(baseline)):
        response = client.get(large.url)
    assert [(s.title, len(s.articles) >= 3) for s in response.context["sections"]] == [
        (f"版块{n}", True) for n in range(6)
    ]


def test_the_index_lists_live_topics_newest_first_and_drafts_are_404(client, index, picture):
    make_topic(index, "较早的专题", picture, when=beijing(2018, 10, 1, 8))
    make_topic(index, "最新的专题", picture, when=beijing(2018, 12, 1, 8))
    draft = make_topic(index, "草稿专题", None, live=False)

    response = client.get("/zhuanti/")

    assert [t.title for t in response.context["topics"]] == ["最新的专题", "较早的专题"]
    assert "草稿专题" not in response.content.decode()
    assert client.get(draft.url).status_code == 404


def test_the_hot_topics_box_links_the_newest_live_topics(client, index, picture, channel):
    make_topic(index, "较早的专题", picture, when=beijing(2018, 10, 1, 8))
    newest = make_topic(index, "最新的专题", picture, when=beijing(2018, 12, 1, 8))
    make_topic(index, "草稿专题", None, live=False)
    Module.objects.create(key="topics", title="热点专题", source=Module.Source.TOPICS, size=6)

    html = client.get("/sidebar/").content.decode()  # the sidebar's modules come as a fragment

    box = html[html.index("box-topics") :]
    box = box[: box.index("</section>")]
    assert f'<a href="{newest.url}">最新的专题</a>' in box
    assert box.index("最新的专题") < box.index("较早的专题")
    assert "草稿专题" not in box


def test_a_topic_without_a_header_image_cannot_be_published(index):
    draft = make_topic(index, "缺题图", None, live=False)
    with pytest.raises(ValidationError) as refused:
        draft.save_revision().publish()
    assert refused.value.message_dict["header_image"] == ["专题须有题图才能发布。"]
    draft.refresh_from_db()
    assert not draft.live


def test_the_admin_saves_a_draft_without_a_header_image_but_does_not_publish_it(client, index):
    client.force_login(get_user_model().objects.create_superuser("desk", "desk@example.cn", "pw-for-tests"))
    form = {"title": "缺题图", "slug": "queti", "intro": "导语", "sections": streamfield([])}
    add = f"/admin/pages/add/topics/topic/{index.pk}/"
    assert client.get(add).status_code == 200

    response = client.post(add, nested_form_data({**form, "action-publish": "发布"}))
    assert response.status_code == 200
    assert "header_image" in response.context["form"].errors
    assert not Topic.objects.exists()

    assert client.post(add, nested_form_data(form)).status_code == 302
    assert not Topic.objects.get().live


def test_a_topic_gets_an_address_in_pinyin_not_percent_encoded(client, index, picture):
    made = make_topic(index, "关爱户外劳动者", picture)
    again = make_topic(index, "关爱户外劳动者", picture)
    assert made.slug == "guan-ai-hu-wai-lao-dong-zhe"
    assert again.slug == "guan-ai-hu-wai-lao-dong-zhe-2"
    assert made.url == "/zhuanti/guan-ai-hu-wai-lao-dong-zhe/" and made.url.isascii()
    assert client.get(made.url).status_code == 200
    typed = make_topic(index, "劳模风采 2026", picture)
    typed.slug = "劳模风采-2026"  # what the admin's script fills in from the title
    typed.save_revision().publish()
    typed.refresh_from_db()
    assert typed.slug == "lao-mo-feng-cai-2026"
