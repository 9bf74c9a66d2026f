"""三审 through the admin, as the newsroom clicks it: submit, three approvals, publication;
a rejection that returns the draft with its comment; every step recorded."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from news.queries import channel_articles
from news.scheduling import run_schedule
from news.testing import article_form, beijing
from review.models import ReviewTask
from review.testing import dashboard_panel, draft_article


def submit(client, user, article):
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def act(client, user, article, action, comment=""):
    """Approve or reject the step the article waits at, as `user`."""
    state = WorkflowState.objects.for_instance(article).active().get()
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[article.pk, action, state.current_task_state_id])
    return client.post(url, {"comment": comment})


def waiting_at(article):
    state = WorkflowState.objects.for_instance(article).active().first()
    return state.current_task_state.task.name if state else None


def test_three_approvals_publish_the_article(client, staff, channel):
    article = draft_article(channel, "三审样稿", staff.reporter)
    submit(client, staff.reporter, article)
    assert waiting_at(article) == "初审"
    act(client, staff.first, article, "approve", "文字已核")
    assert waiting_at(article) == "复审"
    act(client, staff.second, article, "approve")
    assert waiting_at(article) == "终审"
    article.refresh_from_db()
    assert not article.live
    act(client, staff.chief, article, "approve", "同意签发")

    article.refresh_from_db()
    assert article.live and article.publish_time is not None
    assert list(channel_articles(channel)) == [article]
    assert client.get(article.url).status_code == 200


def test_every_step_is_recorded_with_who_and_comment(client, staff, channel):
    article = draft_article(channel, "留痕样稿", staff.reporter)
    submit(client, staff.reporter, article)
    for user, comment in ((staff.first, "初审意见"), (staff.second, "复审意见"), (staff.chief, "终审意见")):
        act(client, user, article, "approve", comment)

    approvals = TaskState.objects.filter(workflow_state__object_id=str(article.pk)).order_by("started_at", "id")
    assert [(s.task.name, s.finished_by, s.comment) for s in approvals] == [
        ("初审", staff.first, "初审意见"),
        ("复审", staff.second, "复审意见"),
        ("终审", staff.chief, "终审意见"),
    ]
    actions = list(PageLogEntry.objects.filter(page=article).order_by("timestamp", "id").values_list("action", "user"))
    assert ("wagtail.workflow.start", staff.reporter.pk) in actions
    assert ("wagtail.publish", staff.chief.pk) in actions

    client.force_login(staff.reporter)
    history = client.get(reverse("wagtailadmin_pages:workflow_history", args=[article.pk]))
    state = WorkflowState.objects.for_instance(article).get()
    detail = client.get(reverse("wagtailadmin_pages:workflow_history_detail", args=[article.pk, state.pk]))
    assert history.status_code == 200 and detail.status_code == 200
    for text in ("初审意见", "复审意见", "终审意见", "first", "second", "chief"):
        assert text in detail.content.decode()


def test_second_reader_sends_it_back_and_the_reporter_sees_why(client, staff, channel):
    article = draft_article(channel, "退稿样稿", staff.reporter)
    submit(client, staff.reporter, article)
    act(client, staff.first, article, "approve")
    act(client, staff.second, article, "reject", "导语事实需核实")

    state = WorkflowState.objects.for_instance(article).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    mine = dashboard_panel(client, staff.reporter, "my-articles")
    assert "复审退回修改" in mine and "导语事实需核实" in mine
    client.force_login(staff.reporter)
    # The reporter may edit again, and resubmitting resumes at the step that sent it back.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert editor.status_code == 200
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, title="退稿样稿(改)", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    assert waiting_at(article) == "复审"
    article.refresh_from_db()
    assert not article.live and article.get_latest_revision_as_object().title == "退稿样稿(改)"


def test_reviewers_see_what_waits_for_them_and_only_that(client, staff, channel):
    article = draft_article(channel, "待审样稿", staff.reporter)
    submit(client, staff.reporter, article)

    assert "待审样稿" in dashboard_panel(client, staff.first, "awaiting-review")
    assert "待审样稿" not in dashboard_panel(client, staff.second, "awaiting-review")
    act(client, staff.first, article, "approve")
    assert "待审样稿" not in dashboard_panel(client, staff.first, "awaiting-review")
    assert "待审样稿" in dashboard_panel(client, staff.second, "awaiting-review")
    mine = dashboard_panel(client, staff.reporter, "my-articles")
    assert "待审样稿" in mine and "复审中" in mine


def test_revisions_compare_side_by_side(client, staff, channel):
    article = draft_article(channel, "初稿标题", staff.reporter)
    first = article.latest_revision
    article.title = "修改后标题"
    second = article.save_revision(user=staff.reporter)
    client.force_login(staff.first)
    url = reverse("wagtailadmin_pages:revisions_compare", args=[article.pk, first.pk, second.pk])
    page = client.get(url).content.decode()
    assert "初稿标题" in page and "修改后标题" in page


def test_final_approval_of_a_scheduled_article_publishes_it_at_its_go_live_time(client, staff, channel, time_machine):
    time_machine.move_to(beijing(2018, 12, 25, 6, 0, 0), tick=False)
    article = draft_article(channel, "定时稿", staff.reporter)
    client.force_login(staff.reporter)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form(article, go_live_at="2018-12-25 08:00", **{"action-submit": "1"}),
    )
    for reviewer in (staff.first, staff.second, staff.chief):
        act(client, reviewer, article, "approve")
    article.refresh_from_db()
    assert not article.live and waiting_at(article) is None
    assert "已签发,定时发布" in dashboard_panel(client, staff.reporter, "my-articles")

    time_machine.move_to(beijing(2018, 12, 25, 8, 0, 30), tick=False)
    run_schedule()
    article.refresh_from_db()
    assert article.live and article.publish_time == beijing(2018, 12, 25, 8, 0, 0)


def test_a_reviewers_waiting_list_costs_the_same_queries_for_one_or_many(client, staff, channel):
    def queries_for_waiting_list():
        task = ReviewTask.objects.get(level=1)
        reviewer = type(staff.first).objects.get(pk=staff.first.pk)  # nothing cached on it
        with CaptureQueriesContext(connection) as captured:
            list(task.get_task_states_user_can_moderate(reviewer))
        return len(captured)

    submit(client, staff.reporter, draft_article(channel, "第一篇", staff.reporter))
    one = queries_for_waiting_list()
    for n in range(5):
        submit(client, staff.reporter, draft_article(channel, f"又一篇{n}", staff.reporter))
    assert queries_for_waiting_list() == one
