"""The reporter's form asks only what a reporter knows: 责任编辑 is the desk's to name (初审
signs it when nobody has), and a body block added and left empty does not stop a submission."""

from django.urls import reverse
from wagtail.test.utils.form_data import rich_text, streamfield

from news.models import Article
from news.testing import article_form
from review.testing import draft_article

from .test_workflow import act, submit, waiting_at


def edit_form(client, user, article):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()


def test_only_the_desk_is_offered_the_editor_field(client, staff, channel):
    article = draft_article(channel, "谁填责任编辑", staff.reporter, editor="")
    assert 'name="editor"' not in edit_form(client, staff.reporter, article)
    for desk in (staff.first, staff.second, staff.chief, staff.admin):
        assert 'name="editor"' in edit_form(client, desk, article)


def test_a_reporter_cannot_set_the_editor_by_a_crafted_post(client, staff, channel):
    article = draft_article(channel, "伪造责任编辑", staff.reporter, editor="")
    client.force_login(staff.reporter)
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, editor="记者自填"))
    assert Article.objects.get(pk=article.pk).get_latest_revision_as_object().editor == ""


def test_first_review_signs_as_editor_and_the_published_page_shows_it(client, staff, channel):
    staff.first.last_name, staff.first.first_name = "王", "晓明"
    staff.first.save()
    article = draft_article(channel, "初审署名", staff.reporter, editor="")
    submit(client, staff.reporter, article)
    act(client, staff.first, article, "approve")
    assert waiting_at(article) == "复审"
    for reviewer in (staff.second, staff.chief):
        act(client, reviewer, article, "approve")
    article.refresh_from_db()
    assert article.live and article.editor == "王晓明"
    assert "编辑:王晓明" in client.get(article.url).content.decode()


def test_an_editor_named_by_the_desk_is_kept(client, staff, channel):
    article = draft_article(channel, "已有责任编辑", staff.reporter, editor="赵编辑")
    submit(client, staff.reporter, article)
    for reviewer in (staff.first, staff.second, staff.chief):
        act(client, reviewer, article, "approve")
    article.refresh_from_db()
    assert article.live and article.editor == "赵编辑"


def test_an_empty_body_block_is_dropped_not_refused(client, staff, channel):
    article = draft_article(channel, "多加了一段", staff.reporter)
    body = streamfield([("paragraph", rich_text("<p>第一段正文。</p>")), ("paragraph", rich_text(""))])
    client.force_login(staff.reporter)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, body=body, **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert waiting_at(article) == "初审"
    saved = Article.objects.get(pk=article.pk).get_latest_revision_as_object().body
    assert [block.block_type for block in saved] == ["paragraph"]


def test_a_half_filled_block_is_still_refused(client, staff, channel):
    article = draft_article(channel, "只有图片说明", staff.reporter)
    body = streamfield([("figure", {"image": "", "caption": "图片说明写了,图没选"})])
    client.force_login(staff.reporter)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, body=body, **{"action-submit": "1"}),
    )
    assert response.status_code == 200  # the form again, with the error at the picture
    assert waiting_at(article) is None
