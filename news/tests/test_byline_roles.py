"""署名角色: the page shows the byline with its roles; metadata, feeds and the API name people."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset

from news.testing import article_form, make_article
from people.models import Author

CREDITS = [("本报记者", "林某"), ("通讯员", "王某"), ("本报记者", "张三")]


@pytest.fixture
def article(channel):
    return make_article(channel, "劳模工匠进校园", authors=CREDITS)


def test_the_page_shows_the_byline_with_its_roles(client, article):
    html = client.get(article.url).content.decode()
    assert '<span class="byline">本报记者 林某 通讯员 王某 本报记者 张三</span>' in html


def test_metadata_names_the_people_only(client, article):
    html = client.get(article.url).content.decode()
    head = html.split("</head>")[0]
    assert "林某" in head and "王某" in head
    assert "本报记者" not in head and "通讯员" not in head
    assert article.author_names == ["林某", "王某", "张三"]


def test_a_person_credited_twice_is_named_once(channel):
    article = make_article(channel, "图文稿", authors=[("文", "张三"), ("图", "张三")])
    assert article.author_names == ["张三"]
    assert article.byline_text == "文 张三 图 张三"


def test_roles_never_become_authors(article):
    assert set(Author.objects.values_list("name", flat=True)) == {"林某", "王某", "张三"}


def test_a_byline_without_roles_shows_the_names(client, channel):
    article = make_article(channel, "无角色", authors=["魏俊", "王芳"])
    assert '<span class="byline">魏俊 王芳</span>' in client.get(article.url).content.decode()


def test_the_page_reads_bylines_once(client, article, django_assert_num_queries):
    client.get(article.url)
    article.refresh_from_db()
    with django_assert_num_queries(1):
        assert article.byline_text and article.author_names and article.credits


def test_the_editor_sets_the_role_beside_the_author(client, channel, article):
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests"))
    page = client.get(f"/admin/pages/{article.id}/edit/").content.decode()
    assert re.search(r'name="bylines-0-role"[^>]*value="本报记者"', page)
    unsigned = make_article(channel, "未署名")
    rows = inline_formset([{"author": Author.objects.get(name="林某").id, "role": " 首席记者 "}])
    form = article_form(unsigned, bylines=rows, **{"action-publish": "发布"})
    assert client.post(f"/admin/pages/{unsigned.id}/edit/", form).status_code == 302
    unsigned.refresh_from_db()
    assert unsigned.byline_text == "首席记者 林某"
