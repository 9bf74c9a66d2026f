"""A signed-in session idle for longer than SESSION_IDLE_MINUTES (30) ends on its next
request; readers' requests never touch a session. Idleness is made by editing the stored
time of the last activity, not by waiting."""

import pytest

from accounts.middleware import LAST_ACTIVITY
from review.roles import REPORTER
from review.testing import make_staff_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporter(client, db):
    user = make_staff_member("jizhe", REPORTER)
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    return user


def idle_for(client, minutes):
    session = client.session
    session[LAST_ACTIVITY] -= minutes * 60
    session.save()


def test_a_session_idle_for_31_minutes_is_ended(client, reporter):
    idle_for(client, 31)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session
    assert "已超过 30 分钟未操作" in client.get(response["Location"]).content.decode()


def test_activity_keeps_the_session(client, reporter):
    for _ in range(3):
        idle_for(client, 20)
        assert client.get("/admin/").status_code == 200  # sixty minutes in all, never thirty idle


def test_an_open_editor_pinging_in_the_background_is_not_activity(client, reporter, channel):
    ping = f"/admin/editing-sessions/ping/wagtailcore/page/{channel.pk}/0/"
    idle_for(client, 20)
    client.post(ping)
    idle_for(client, 11)
    client.post(ping)
    assert "_auth_user_id" not in client.session


def test_readers_get_no_cookie_and_no_session(client, home):
    client.cookies.clear()
    response = client.get("/")
    assert response.status_code == 200 and not response.cookies
    assert "Cookie" not in response.get("Vary", "")
