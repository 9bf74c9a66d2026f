"""Repeated wrong passwords lock the account at that address (django-axes): thirty wrong
passwords and then the right one no longer log in; after the cool-off it works again."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.db.models import F

from review.roles import REPORTER
from review.testing import PASSWORD, make_staff_member

pytestmark = pytest.mark.django_db
ATTACKER, OFFICE = "203.0.113.66", "198.51.100.7"


@pytest.fixture
def reporter(db):
    return make_staff_member("jizhe", REPORTER)


def log_in(client, username, password, **headers):
    headers.setdefault("REMOTE_ADDR", ATTACKER)
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"}, **headers)


def logged_in(client):
    return "_auth_user_id" in client.session


def test_thirty_wrong_passwords_then_the_right_one_is_refused(client, reporter):
    assert [log_in(client, "jizhe", f"guess-{n}").status_code for n in range(4)] == [200] * 4
    for n in range(26):  # the fifth failure locks
        assert log_in(client, "jizhe", f"guess-{n}").status_code == 429
    response = log_in(client, "jizhe", PASSWORD)
    assert response.status_code == 429 and not logged_in(client)
    page = response.content.decode()
    assert "登录已暂时锁定" in page and "连续 5 次密码错误" in page and "15 分钟" in page


def test_after_the_cool_off_the_right_password_works(client, reporter):
    for n in range(30):
        log_in(client, "jizhe", f"guess-{n}")
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    response = log_in(client, "jizhe", PASSWORD)
    assert response.status_code == 302 and logged_in(client)
    assert not AccessAttempt.objects.exists()  # a success forgets the failures


def test_the_lock_is_for_that_account_from_that_address_only(client, reporter):
    make_staff_member("bianji", REPORTER)
    for n in range(6):
        log_in(client, "jizhe", f"guess-{n}")
    assert log_in(client, "bianji", PASSWORD).status_code == 302  # a colleague behind the same address
    client.logout()
    assert log_in(client, "jizhe", PASSWORD, REMOTE_ADDR=OFFICE).status_code == 302


def test_fewer_failures_than_the_limit_do_not_lock(client, reporter):
    for n in range(4):
        log_in(client, "jizhe", f"guess-{n}")
    assert log_in(client, "jizhe", PASSWORD).status_code == 302


def test_behind_nginx_a_forged_forwarded_for_does_not_escape_the_lock(client, reporter):
    for n in range(5):
        forged = f"10.0.0.{n}, {ATTACKER}"  # the client's own header, then the address nginx saw
        log_in(client, "jizhe", f"guess-{n}", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forged)
    response = log_in(client, "jizhe", PASSWORD, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.9.9.9, {ATTACKER}")
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    assert log_in(client, "jizhe", PASSWORD, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=OFFICE).status_code == 302


def test_logging_in_for_tests_is_unaffected(client, reporter):
    for _ in range(10):
        client.force_login(reporter)
    assert client.get("/admin/").status_code == 200
    assert get_user_model().objects.get(pk=reporter.pk).is_active
