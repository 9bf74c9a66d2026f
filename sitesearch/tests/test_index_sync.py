"""The index follows the articles without a manual step, and reindex rebuilds it."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.actions.unpublish_page import UnpublishPageAction

from news.testing import make_article, make_channel
from sitesearch.models import SearchDocument, SearchText
from sitesearch.services import search

pytestmark = pytest.mark.django_db


def titles(query, **filters):
    return [hit.article.title for hit in search(query, **filters).hits]


def test_a_new_live_article_is_found_with_its_tags_and_authors(channel):
    article = make_article(channel, "码头职工技能比武", authors=["欧阳明"])
    article.tags.add("港口")
    article.save()
    assert titles("码头") == ["码头职工技能比武"]
    assert titles("欧阳明") == ["码头职工技能比武"]
    assert titles("港口") == ["码头职工技能比武"]


def test_a_published_edit_replaces_the_old_text(channel):
    article = make_article(channel, "旧标题稿件")
    article.title = "新标题稿件"
    article.save_revision().publish()
    assert titles("新标题") == ["新标题稿件"]
    assert titles("旧标题") == []


def test_a_draft_edit_leaves_the_live_text_searchable(channel):
    article = make_article(channel, "已发布的标题")
    article.title = "草稿里的标题"
    article.save_revision()
    assert titles("已发布") == ["已发布的标题"]
    assert titles("草稿") == []


def test_unpublish_and_republish(channel):
    article = make_article(channel, "撤稿测试")
    article.unpublish()
    assert titles("撤稿") == []
    article.refresh_from_db()
    article.save_revision().publish()
    assert titles("撤稿") == ["撤稿测试"]


def test_unpublishing_a_channel_removes_its_articles(channel, admin_user):
    make_article(channel, "栏目下线测试")
    UnpublishPageAction(channel, user=admin_user, include_descendants=True).execute()
    assert titles("栏目下线") == []


def test_delete_removes_the_document(channel):
    article = make_article(channel, "删除测试")
    article.delete()
    assert titles("删除测试") == []
    assert not SearchDocument.objects.exists()


def test_moving_an_article_moves_it_between_channel_filters(channel, home):
    other = make_channel("维权", "weiquan", home)
    article = make_article(channel, "调动栏目的稿件")
    folder = other.add_child(instance=type(article.get_parent().specific)(title="2018-12", slug="2018-12"))
    article.move(folder, pos="last-child")
    assert titles("调动栏目", channel=other) == ["调动栏目的稿件"]
    assert titles("调动栏目", channel=channel) == []


def test_reindex_rebuilds_removes_stale_and_is_safe_to_repeat(channel):
    make_article(channel, "重建索引甲")
    make_article(channel, "重建索引乙")
    SearchDocument.objects.all().delete()
    assert titles("重建索引") == []
    out = io.StringIO()
    call_command("reindex", stdout=out, verbosity=0)
    assert "稿件 2 篇" in out.getvalue()
    assert sorted(titles("重建索引")) == ["重建索引乙", "重建索引甲"]
    call_command("reindex", stdout=out, verbosity=0)
    assert SearchDocument.objects.count() == 2


def test_after_a_build_from_nothing_the_index_still_follows_every_save(channel):
    """An empty index is filled in bulk (on SQLite without its insert trigger for the
    while): afterwards, edits, new articles and removals are indexed as before."""
    kept = make_article(channel, "批量建索引之前")
    SearchDocument.objects.all().delete()
    call_command("reindex", stdout=io.StringIO(), verbosity=0)
    assert titles("批量建索引") == ["批量建索引之前"]
    make_article(channel, "批量建索引之后")
    assert sorted(titles("批量建索引")) == ["批量建索引之前", "批量建索引之后"]
    UnpublishPageAction(kept).execute()
    assert titles("批量建索引") == ["批量建索引之后"]


def test_a_phrase_of_letters_and_characters_meets_whole_words_only(channel):
    """Letters and digits at either end of a phrase are whole words on every engine, also
    where PostgreSQL checks the phrase in text: 5g手机 is not in 15g手机, nor 机app in 机apple."""
    make_article(channel, "新款5g手机上市")
    make_article(channel, "新款15g手机上市")
    make_article(channel, "手机app下载")
    make_article(channel, "手机apple专卖")
    assert titles("5g手机") == ["新款5g手机上市"]
    assert titles("机app") == ["手机app下载"]
    assert titles("g手机") == []
    assert titles("款15g") == ["新款15g手机上市"]
    assert titles("款15") == []


@pytest.mark.postgresql
def test_the_text_phrases_are_checked_in_follows_its_document(channel):
    """PostgreSQL keeps a SearchText row per document, and it goes when the document goes."""
    kept = make_article(channel, "焊工大赛开幕")
    gone = make_article(channel, "焊工大赛闭幕")
    UnpublishPageAction(gone).execute()
    kept.delete()
    assert SearchText.objects.count() == SearchDocument.objects.count() == 0
    make_article(channel, "焊工大赛颁奖")
    assert list(SearchText.objects.values_list("key", flat=True)) == list(
        SearchDocument.objects.values_list("key", flat=True)
    )
    assert titles("焊工大赛") == ["焊工大赛颁奖"]


@pytest.mark.postgresql
def test_a_build_killed_before_its_gin_index_was_made_is_finished_by_the_next(channel):
    """A build from nothing makes the GIN index after the rows; killed in between, the rows
    stay without it, and the next reindex sees that and makes it."""
    make_article(channel, "断电后重建索引")
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX sitesearch_vector")
    call_command("reindex", stdout=io.StringIO(), verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'sitesearch_vector'")
        assert "gin (vector)" in cursor.fetchone()[0]
    assert titles("断电后") == ["断电后重建索引"]
