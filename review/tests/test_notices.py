"""Reviewing is visible and acknowledged: the actions are buttons on the dashboard row, each
opens a dialog saying what it will do, the next screen says what was done, and the next
reviewer is told (by e-mail, and by the count beside 待我审核 on every admin screen)."""

import json

import lxml.html
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from news.models import Article
from review.models import ChannelReviewer, Level
from review.roles import FIRST_READER
from review.testing import draft_article, make_staff_member

from .test_workflow import act, submit, waiting_at


def html(response):
    return lxml.html.fromstring(response.content.decode())


def dashboard(client, user):
    client.force_login(user)
    return html(client.get(reverse("wagtailadmin_home")))


def task_state(article):
    return WorkflowState.objects.for_instance(article).active().get().current_task_state


def dialog_url(article, action):
    """The address of the action's dialog, as the dashboard's button opens it."""
    return reverse("wagtailadmin_pages:workflow_action", args=[article.pk, action, task_state(article).pk])


def name(user, family, given):
    user.last_name, user.first_name = family, given
    user.save()
    return user


def test_the_review_actions_are_buttons_on_the_dashboard_row(client, staff, channel):
    article = draft_article(channel, "看得见的审核", staff.reporter)
    submit(client, staff.reporter, article)
    rows = '//*[starts-with(@id, "awaiting-review")]//tr[.//a[normalize-space()="看得见的审核"]]'
    row = dashboard(client, staff.first).xpath(rows)[0]
    buttons = {button.text_content().strip(): button for button in row.xpath(".//button[@data-workflow-action-url]")}
    assert set(buttons) == {"退回修改", "初审通过"}
    assert all("data-launch-modal" in button.attrib for button in buttons.values())
    assert not row.xpath(".//*[@data-w-dropdown-target]")  # nothing hidden behind "…"


def test_the_dialog_says_what_the_action_will_do(client, staff, channel):
    name(staff.second, "王", "晓明")
    article = draft_article(channel, "先确认再通过", staff.reporter)
    submit(client, staff.reporter, article)
    client.force_login(staff.first)
    text = client.get(dialog_url(article, "approve")).json()["html"]
    assert "确认对《先确认再通过》初审通过?" in text
    assert "通过后送复审,通知:王晓明。" in text
    assert waiting_at(article) == "初审"  # opening the dialog changes nothing

    name(staff.reporter, "李", "明")
    assert "稿件退回给李明修改,改后重新送初审。" in client.get(dialog_url(article, "reject")).json()["html"]


def test_sending_back_needs_a_reason_and_without_one_changes_nothing(client, staff, channel):
    article = draft_article(channel, "退回要写理由", staff.reporter)
    submit(client, staff.reporter, article)
    response = act(client, staff.first, article, "reject", "")
    assert response.status_code == 302  # a plain POST is sent back to the editor
    assert waiting_at(article) == "初审"
    client.force_login(staff.first)
    answer = client.post(
        dialog_url(article, "reject"), {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"}
    ).json()
    assert answer["step"] == "action" and "请写明要改什么" in answer["html"]
    assert waiting_at(article) == "初审"


def test_the_next_screen_says_what_was_done_and_who_was_told(client, staff, channel):
    name(staff.second, "王", "晓明")
    article = draft_article(channel, "有回音的审核", staff.reporter)
    submit(client, staff.reporter, article)
    client.force_login(staff.first)
    answer = client.post(
        dialog_url(article, "approve"),
        {"comment": "", "next": reverse("wagtailadmin_home")},
        headers={"x-requested-with": "XMLHttpRequest"},
    ).json()
    assert answer["step"] == "success"
    shown = html(client.get(answer["redirect"])).xpath('string(//*[contains(@class, "messages")])')
    assert "《有回音的审核》初审通过,已送复审。已通知:王晓明。" in shown

    act(client, staff.second, article, "reject", "数据待核")
    client.force_login(staff.second)
    shown = html(client.get(reverse("wagtailadmin_home"))).xpath('string(//*[contains(@class, "messages")])')
    assert "《有回音的审核》复审退回修改" in shown and "并已发邮件" in shown


def test_the_reviewers_of_the_waiting_step_are_mailed(client, staff, channel):
    article = draft_article(channel, "送审通知", staff.reporter)
    mail.outbox.clear()
    submit(client, staff.reporter, article)
    notices = [message for message in mail.outbox if "送审通知" in message.subject]
    assert [message.to for message in notices] == [[staff.first.email]]

    mail.outbox.clear()
    act(client, staff.first, article, "approve")
    assert [message.to for message in mail.outbox if "送审通知" in message.subject] == [[staff.second.email]]


def test_a_channel_with_its_own_reviewer_mails_only_that_reviewer(client, staff, channel):
    colleague = make_staff_member("tongshi", FIRST_READER)
    ChannelReviewer.objects.create(channel=channel, level=Level.FIRST, user=colleague)
    article = draft_article(channel, "指定审核人", staff.reporter)
    mail.outbox.clear()
    submit(client, staff.reporter, article)
    assert [message.to for message in mail.outbox if "指定审核人" in message.subject] == [[colleague.email]]


def test_the_menu_counts_what_waits_for_this_reviewer(client, staff, channel):
    for n in range(2):
        submit(client, staff.reporter, draft_article(channel, f"计数稿{n}", staff.reporter))
    assert "待我审核(2)" in menu(client, staff.first)
    act(client, staff.first, Article.objects.get(title="计数稿0"), "approve")
    assert "待我审核(1)" in menu(client, staff.first)
    assert "待我审核" not in menu(client, staff.reporter)  # a reporter reviews nothing


def menu(client, user):
    """The admin's sidebar menu as `user` sees it (JSON props that the sidebar is drawn from)."""
    props = dashboard(client, user).xpath("string(//*[@id='wagtail-sidebar-props'])")
    return json.dumps(json.loads(props), ensure_ascii=False)
