"""The screen inside 三审, driven through the admin as the newsroom clicks it."""

from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.rich_text import RichText

from news.testing import article_form
from review.testing import draft_article
from review.tests.test_workflow import act, waiting_at
from screening.models import ScreeningHit


def submit(client, user, article):
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, body=_body_form(article), **{"action-submit": "1"}),
    )
    assert response.status_code == 302


def _body_form(article):
    from wagtail.test.utils.form_data import rich_text, streamfield

    return streamfield([("paragraph", rich_text(block.value.source)) for block in article.body])


def article_with(channel, owner, body_text, title="样稿"):
    return draft_article(channel, title, owner, body=[("paragraph", RichText(f"<p>{body_text}</p>"))])


def test_a_blocking_word_stops_the_final_approval(client, staff, channel, word):
    word("法轮", action="block", category="政治")
    article = article_with(channel, staff.reporter, "正文里有法 轮两个字")
    submit(client, staff.reporter, article)
    act(client, staff.first, article, "approve")
    act(client, staff.second, article, "approve")

    response = act(client, staff.chief, article, "approve")
    assert response.status_code == 302 and response["Location"] == reverse("screening_article", args=[article.pk])
    article.refresh_from_db()
    assert not article.live and waiting_at(article) == "终审"
    page = client.get(response["Location"]).content.decode()
    assert "稿件含屏蔽词“法轮”(正文),不能签发" in page
    assert '<mark class="sensitive" title="政治·屏蔽">法 轮</mark>' in page


def test_once_the_word_is_gone_the_article_is_signed(client, staff, channel, word):
    word("法轮", action="block")
    article = article_with(channel, staff.reporter, "正文里有法轮")
    submit(client, staff.reporter, article)
    act(client, staff.first, article, "approve")
    act(client, staff.second, article, "reject", "删去屏蔽词")
    article.body = [("paragraph", RichText("<p>正文已改</p>"))]
    submit(client, staff.reporter, article)
    assert waiting_at(article) == "复审"
    act(client, staff.second, article, "approve")
    act(client, staff.chief, article, "approve")
    article.refresh_from_db()
    assert article.live


def test_the_reviewer_sees_the_hits_in_the_review_dialog(client, staff, channel, word):
    word("乙词", action="review")
    article = article_with(channel, staff.reporter, "有乙词<script>x</script>")
    submit(client, staff.reporter, article)
    state = WorkflowState.objects.for_instance(article).active().get()
    client.force_login(staff.first)
    url = reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "approve", state.current_task_state_id])
    dialog = client.get(url).json()["html"]
    assert "稿件含须送审的敏感词“乙词”(正文)" in dialog
    assert '<mark class="sensitive" title="其他·送审">乙词</mark>' in dialog


def test_every_step_logs_its_hits(client, staff, channel, word):
    entry = word("乙词", action="review")
    article = article_with(channel, staff.reporter, "有乙词", title="标题乙词")
    submit(client, staff.reporter, article)
    act(client, staff.first, article, "approve")

    hits = ScreeningHit.objects.filter(source=f"article:{article.pk}").order_by("id")
    assert [(hit.field, hit.word, hit.matched, hit.screened_by) for hit in hits] == [
        ("title", entry, "乙词", staff.reporter),
        ("body", entry, "乙词", staff.reporter),
        ("title", entry, "乙词", staff.first),
        ("body", entry, "乙词", staff.first),
    ]
    assert hits[0].offset == 2


def test_replace_words_never_reach_the_published_page(client, staff, channel, word):
    word("加微信", action="replace", replacement="[联系方式]")
    word("代开", action="replace")
    article = article_with(channel, staff.reporter, '<a href="https://x.cn/代开">详情加 微信</a>', title="代开发票")
    submit(client, staff.reporter, article)
    for reviewer in (staff.first, staff.second, staff.chief):
        act(client, reviewer, article, "approve")
    article.refresh_from_db()
    assert article.live and article.title == "＊＊发票"
    link = '<a href="https://x.cn/代开" rel="noopener noreferrer">'
    assert article.body.raw_data[0]["value"] == f"<p>{link}详情[联系方式]</a></p>"


def test_the_chief_editor_cannot_publish_a_blocked_or_unreviewed_word_directly(client, staff, channel, word):
    word("甲词", action="block")
    word("乙词", action="review")
    for text, refused in (("甲词", "稿件含屏蔽词“甲词”(标题)"), ("乙词", "不能直接发布:请提交三审")):
        article = draft_article(channel, f"标题{text}", staff.chief)
        client.force_login(staff.chief)
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, **{"action-publish": "1"})
        )
        article.refresh_from_db()
        assert response.status_code == 302 and not article.live
        assert refused in client.get(response["Location"]).content.decode()
