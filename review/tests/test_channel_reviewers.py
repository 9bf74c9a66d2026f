"""A channel may name its own reviewers for a step; they replace the step's group there
and in the channels below it."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.models import WorkflowState

from news.testing import make_channel
from review.models import ChannelReviewer, Level
from review.roles import FIRST_READER, SECOND_READER
from review.testing import dashboard_panel, draft_article, make_staff_member

from .test_workflow import act, submit


def current_state(article):
    return WorkflowState.objects.for_instance(article).active().get().current_task_state


def test_a_channels_own_first_reader_replaces_the_group_there_and_below(client, staff, channel):
    desk = make_staff_member("desk", FIRST_READER)
    ChannelReviewer.objects.create(channel=channel, level=Level.FIRST, user=desk)
    below = make_channel("基层", "jiceng", channel)
    article = draft_article(below, "基层来稿", staff.reporter)
    submit(client, staff.reporter, article)

    act(client, staff.first, article, "approve")
    assert current_state(article).task.name == "初审"  # the group's member may not
    assert "基层来稿" not in dashboard_panel(client, staff.first, "awaiting-review")
    assert "基层来稿" in dashboard_panel(client, desk, "awaiting-review")
    act(client, desk, article, "approve")
    assert current_state(article).task.name == "复审"


def test_other_channels_keep_the_group(client, staff, channel, home):
    desk = make_staff_member("desk", SECOND_READER)
    ChannelReviewer.objects.create(channel=channel, level=Level.FIRST, user=desk)
    elsewhere = make_channel("时评", "shiping", home)
    article = draft_article(elsewhere, "时评来稿", staff.reporter)
    submit(client, staff.reporter, article)
    act(client, desk, article, "approve")
    assert current_state(article).task.name == "初审"
    act(client, staff.first, article, "approve")
    assert current_state(article).task.name == "复审"


def test_the_final_step_can_only_go_to_someone_who_may_publish(staff, channel):
    with pytest.raises(ValidationError, match="终审即签发"):
        ChannelReviewer(channel=channel, level=Level.FINAL, user=staff.second).full_clean()
    ChannelReviewer(channel=channel, level=Level.FINAL, user=staff.chief).full_clean()


def test_a_final_reader_who_lost_the_right_to_publish_can_no_longer_approve(client, staff, channel):
    ChannelReviewer.objects.create(channel=channel, level=Level.FINAL, user=staff.chief)
    article = draft_article(channel, "终审换人", staff.reporter)
    submit(client, staff.reporter, article)
    act(client, staff.first, article, "approve")
    act(client, staff.second, article, "approve")
    staff.chief.groups.clear()
    staff.chief.groups.add(Group.objects.get(name=SECOND_READER))
    act(client, staff.chief, article, "approve")
    article.refresh_from_db()
    assert not article.live and current_state(article).task.name == "终审"
