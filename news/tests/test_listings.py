"""多栏目发布: one article, one URL, listed in further channels."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import Article, ArticleFolder, ArticleListing
from news.queries import channel_articles, latest_articles, newest_by_channel
from news.testing import beijing, list_in, make_article, make_channel


@pytest.fixture
def channels(home):
    union = make_channel("工会", "gonghui", home)
    return {
        "union": union,
        "depth": make_channel("深度报道", "shendu", union),
        "voice": make_channel("职工之声", "zhigong", union),
        "politics": make_channel("时政", "shizheng", home),
        "society": make_channel("社会", "shehui", home),
    }


def titles(articles):
    return [a.title for a in articles]


def test_a_listed_article_shows_once_in_each_list_under_its_one_url(channels):
    make_article(channels["society"], "社会旧闻", when=beijing(2018, 12, 1, 9))
    article = list_in(make_article(channels["politics"], "两地同发"), channels["society"], channels["depth"])

    for name in ("politics", "society", "depth", "union"):
        assert titles(channel_articles(channels[name])).count("两地同发") == 1, name
    assert titles(channel_articles(channels["society"])) == ["两地同发", "社会旧闻"]
    assert {a.url for a in channel_articles(channels["society"])} >= {article.url}
    assert article.url.startswith(channels["politics"].url)
    assert titles(latest_articles(channel=channels["society"])) == ["两地同发", "社会旧闻"]


def test_a_parent_lists_once_what_two_of_its_sub_channels_list(channels):
    list_in(make_article(channels["politics"], "两个子栏目"), channels["depth"], channels["voice"])
    list_in(make_article(channels["depth"], "本栏目与兄弟栏目"), channels["voice"])

    assert sorted(titles(channel_articles(channels["union"]))) == ["两个子栏目", "本栏目与兄弟栏目"]
    blocks = dict(newest_by_channel([channels["union"], channels["politics"]], per_channel=6))
    assert sorted(titles(blocks[channels["union"]])) == ["两个子栏目", "本栏目与兄弟栏目"]
    assert titles(blocks[channels["politics"]]) == ["两个子栏目"]


def test_an_unpublished_article_is_listed_nowhere(channels):
    draft = list_in(make_article(channels["politics"], "撤下的稿件"), channels["society"])
    draft.unpublish()

    assert ArticleListing.objects.filter(article=draft).exists()
    for channel in channels.values():
        assert titles(channel_articles(channel)) == []
    assert newest_by_channel([channels["society"]], per_channel=6) == []


def test_a_listing_in_the_articles_own_channel_is_refused(channels):
    article = make_article(channels["politics"], "本栏目")
    listing = ArticleListing(article=article, channel=channels["politics"])
    with pytest.raises(ValidationError) as refused:
        listing.full_clean()
    assert refused.value.message_dict["channel"] == ["稿件本就在这个栏目发布,“同时发布到栏目”请选其他栏目。"]
    ArticleListing(article=article, channel=channels["society"], sort_order=0).full_clean()


@pytest.fixture
def editor_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("desk", "desk@example.cn", "pw-for-tests"))
    return client


def article_form(title, channel_ids):
    return nested_form_data(
        {
            "title": title,
            "slug": "xingao",
            "source": "中工网",
            "editor": "编辑甲",
            "body": streamfield([]),
            "bylines": inline_formset([]),
            "listings": inline_formset([{"channel": channel_id} for channel_id in channel_ids]),
            "action-publish": "发布",
        }
    )


def test_the_admin_form_refuses_the_own_channel_for_new_and_filed_articles(editor_client, channels):
    politics, society = channels["politics"], channels["society"]
    folder = politics.add_child(instance=ArticleFolder(title="2018-12", slug="2018-12"))

    response = editor_client.post(f"/admin/pages/add/news/article/{folder.id}/", article_form("新稿", [politics.id]))
    assert response.status_code == 200
    assert "请选其他栏目" in response.content.decode()
    assert not Article.objects.exists()

    response = editor_client.post(f"/admin/pages/add/news/article/{folder.id}/", article_form("新稿", [society.id]))
    assert response.status_code == 302
    article = Article.objects.get(title="新稿")
    assert [listing.channel for listing in article.listings.all()] == [society]
    assert titles(channel_articles(society)) == ["新稿"]

    edit = f"/admin/pages/{article.id}/edit/"
    response = editor_client.post(edit, article_form("新稿", [society.id, politics.id]))
    assert response.status_code == 200
    assert "请选其他栏目" in response.content.decode()
    assert ArticleListing.objects.filter(article=article).count() == 1
