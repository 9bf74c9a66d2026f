"""One person never reviews their own article, at any step, whatever their role."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import WorkflowState

from review.roles import FIRST_READER
from review.testing import draft_article, make_staff_member

from .test_workflow import act, submit, waiting_at


def test_an_editor_cannot_pass_their_own_article_at_first_reading(client, staff, channel):
    article = draft_article(channel, "自己写的稿", staff.first)
    submit(client, staff.first, article)
    act(client, staff.first, article, "approve")
    assert waiting_at(article) == "初审"
    other = make_staff_member("first2", FIRST_READER)
    act(client, other, article, "approve")
    assert waiting_at(article) == "复审"


@pytest.mark.parametrize("writer", ["second", "chief", "superuser"])
def test_nor_at_a_later_step(client, staff, channel, writer):
    if writer == "superuser":
        user = get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw")
    else:
        user = getattr(staff, writer)
    article = draft_article(channel, "自己写的稿", user)
    submit(client, user, article)
    act(client, staff.first, article, "approve")
    if writer != "second":
        act(client, staff.second, article, "approve")
    step = waiting_at(article)
    response = act(client, user, article, "approve")
    assert response.status_code in (302, 403)
    assert waiting_at(article) == step
    state = WorkflowState.objects.for_instance(article).active().get()
    assert not state.current_task_state.task.specific.user_can_review(article, user)
