"""设置 → 登录安全: the 安全管理员 (and superusers) lift a lockout and reset an account's
两步验证 from Wagtail's admin; the 审计管理员 reads the lockouts and acts on nothing; every
other role is refused. Each action is a POST with its CSRF token and one audit entry."""

import lxml.html
import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.login_security import LOCKOUT_LIFTED, TWO_FACTOR_RESET
from accounts.separation import AUDIT_ADMIN, SECURITY_ADMIN, SYSTEM_ADMIN
from audit_trail.models import AuditEntry
from audit_trail.views import action_label
from review.roles import ADMINISTRATOR, REPORTER
from review.testing import PASSWORD, make_staff_member

pytestmark = pytest.mark.django_db
User = get_user_model()
ATTACKER = "203.0.113.66"
PAGE = "/admin/login-security/"
SUPERUSER = "超级用户"
ACTING = (SUPERUSER, SECURITY_ADMIN)
REFUSED = (AUDIT_ADMIN, SYSTEM_ADMIN, ADMINISTRATOR, REPORTER)


def log_in(client, username, password):
    data = {"username": username, "password": password, "next": "/admin/"}
    return client.post("/admin/login/", data, REMOTE_ADDR=ATTACKER)


def logged_in(client):
    return "_auth_user_id" in client.session


def member(role, username="guanli"):
    if role == SUPERUSER:
        return User.objects.create_superuser(username, f"{username}@example.cn", PASSWORD)
    return make_staff_member(username, role)


@pytest.fixture
def reporter(db):
    return make_staff_member("jizhe", REPORTER)


@pytest.fixture
def locked_out(reporter):
    """jizhe, locked out at the attacker's address by five wrong passwords."""
    stranger = Client()
    assert [log_in(stranger, "jizhe", f"guess-{n}").status_code for n in range(5)] == [200] * 4 + [429]
    return AccessAttempt.objects.get(username="jizhe")


@pytest.fixture
def enrolled(reporter):
    return TOTPDevice.objects.create(user=reporter, name="动态口令", confirmed=True)


def lift_url(attempt):
    return reverse("accounts_lift_lockout", args=[attempt.pk])


def reset_url(user):
    return reverse("accounts_reset_two_factor", args=[user.pk])


def entries(action):
    return list(AuditEntry.objects.filter(action=action).order_by("sequence"))


def page_of(client):
    response = client.get(PAGE)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def test_the_security_administrator_sees_lockouts_and_devices(client, locked_out, enrolled):
    client.force_login(member(SECURITY_ADMIN))
    page = page_of(client)
    [row] = page.cssselect("#lockouts tbody tr")
    cells = [cell.text_content().strip() for cell in row.cssselect("td")]
    assert cells[:3] == ["jizhe", ATTACKER, "5"] and cells[3].startswith(f"{locked_out.attempt_time.year}-")
    assert row.cssselect(f'form[method=post][action="{lift_url(locked_out)}"] button')[0].text_content() == "解除锁定"
    [row] = page.cssselect("#two-factor tbody tr")
    assert "jizhe" in row.text_content() and "已启用" in row.text_content()
    assert row.cssselect(f'form[action="{reset_url(enrolled.user)}"] button')[0].text_content() == "重置两步验证"


def test_the_page_is_under_settings_for_those_who_may_see_it(client):
    client.force_login(member(SECURITY_ADMIN))
    assert PAGE in client.get("/admin/").content.decode()
    client.force_login(member(SYSTEM_ADMIN, "xitong"))
    assert PAGE not in client.get("/admin/").content.decode()


def test_the_audit_role_reads_the_lockouts_and_acts_on_nothing(client, locked_out, enrolled):
    client.force_login(member(AUDIT_ADMIN))
    page = page_of(client)
    assert "jizhe" in page.cssselect("#lockouts tbody")[0].text_content()
    assert not page.cssselect("form[method=post] button")
    assert not page.cssselect("#two-factor"), "动态口令 devices are the security role's alone"


@pytest.mark.parametrize("role", [SYSTEM_ADMIN, ADMINISTRATOR, REPORTER])
def test_other_roles_may_not_even_see_the_page(client, role, locked_out):
    client.force_login(member(role))
    assert client.get(PAGE).status_code == 403


@pytest.mark.parametrize("role", ACTING + REFUSED)
def test_who_may_lift_a_lockout(client, role, locked_out):
    actor = member(role)
    client.force_login(actor)
    response = client.post(lift_url(locked_out))
    if role in ACTING:
        assert response.status_code == 302 and response["Location"] == PAGE
        assert not AccessAttempt.objects.exists()
        [entry] = entries(LOCKOUT_LIFTED)
        assert (entry.actor_id, entry.actor_ip, entry.object_type) == (actor.pk, "127.0.0.1", "axes.accessattempt")
        assert entry.object_label == f"jizhe({ATTACKER})"
        assert entry.details["data"] == {"username": "jizhe", "ip_address": ATTACKER, "failures": 5}
    else:
        assert response.status_code == 403 and "只有安全管理员和超级用户可以解除登录锁定" in response.content.decode()
        assert AccessAttempt.objects.get() == locked_out and not entries(LOCKOUT_LIFTED)


@pytest.mark.parametrize("role", ACTING + REFUSED)
def test_who_may_reset_two_factor(client, role, enrolled):
    actor = member(role)
    client.force_login(actor)
    response = client.post(reset_url(enrolled.user))
    if role in ACTING:
        assert response.status_code == 302 and response["Location"] == PAGE
        assert not TOTPDevice.objects.exists()
        [entry] = entries(TWO_FACTOR_RESET)
        assert (entry.actor_id, entry.object_type, entry.object_id) == (
            actor.pk,
            "accounts.user",
            str(enrolled.user.pk),
        )
        assert entry.details["data"] == {"devices": 1}
    else:
        assert response.status_code == 403
        assert TOTPDevice.objects.get() == enrolled and not entries(TWO_FACTOR_RESET)


def test_a_lifted_lockout_lets_the_account_log_in_again(client, locked_out):
    assert log_in(Client(), "jizhe", PASSWORD).status_code == 429
    client.force_login(member(SECURITY_ADMIN))
    client.post(lift_url(locked_out))
    follows = client.get(PAGE).content.decode()
    assert f"已解除 jizhe 在 {ATTACKER} 的登录锁定" in follows
    person = Client()
    assert log_in(person, "jizhe", PASSWORD).status_code == 302 and logged_in(person)


def test_only_a_superuser_resets_a_superusers_two_factor(client):
    boss = member(SUPERUSER, "boss")
    TOTPDevice.objects.create(user=boss, name="动态口令", confirmed=True)
    client.force_login(member(SECURITY_ADMIN))
    assert client.post(reset_url(boss)).status_code == 403
    assert TOTPDevice.objects.filter(user=boss).exists() and not entries(TWO_FACTOR_RESET)
    page = page_of(client)
    assert "仅超级用户可以重置" in page.cssselect("#two-factor tbody")[0].text_content()
    assert not page.cssselect("#two-factor form")
    client.force_login(member(SUPERUSER, "boss2"))
    assert client.post(reset_url(boss)).status_code == 302
    assert not TOTPDevice.objects.filter(user=boss).exists()


def test_a_get_changes_nothing(client, locked_out, enrolled):
    client.force_login(member(SECURITY_ADMIN))
    assert client.get(lift_url(locked_out)).status_code == 405
    assert client.get(reset_url(enrolled.user)).status_code == 405
    assert AccessAttempt.objects.exists() and TOTPDevice.objects.exists()
    assert not entries(LOCKOUT_LIFTED) + entries(TWO_FACTOR_RESET)


def test_an_action_needs_the_pages_csrf_token(locked_out, enrolled):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member(SECURITY_ADMIN))
    assert browser.post(lift_url(locked_out)).status_code == 403
    assert browser.post(reset_url(enrolled.user)).status_code == 403
    assert AccessAttempt.objects.exists() and TOTPDevice.objects.exists()
    form = page_of(browser).cssselect(f'form[action="{lift_url(locked_out)}"]')[0]
    assert browser.post(form.action, dict(form.form_values())).status_code == 302
    assert not AccessAttempt.objects.exists()


def test_what_is_no_longer_there_is_said_and_nothing_changes(client, locked_out, enrolled, reporter):
    client.force_login(member(SECURITY_ADMIN))
    missing_attempt = AccessAttempt(pk=locked_out.pk + 1000)
    response = client.post(lift_url(missing_attempt), follow=True)
    assert "这条锁定已不存在" in response.content.decode()
    colleague = make_staff_member("bianji", REPORTER)
    response = client.post(reset_url(colleague), follow=True)
    assert "没有动态口令" in response.content.decode()
    assert client.post("/admin/login-security/two-factor/99999999999999999999/reset/").status_code == 404
    assert client.post("/admin/login-security/lockouts/9223372036854775808/lift/").status_code == 404
    assert AccessAttempt.objects.exists() and TOTPDevice.objects.exists()
    assert not entries(LOCKOUT_LIFTED) + entries(TWO_FACTOR_RESET)


def test_a_hostile_login_name_is_shown_as_text_and_can_be_lifted(client):
    name = "<script>alert(1)</script>\u202e職工" + "很长" * 50
    stranger = Client()
    for n in range(5):
        log_in(stranger, name, f"guess-{n}")
    client.force_login(member(SECURITY_ADMIN))
    response = client.get(PAGE)
    assert "<script>alert(1)" not in response.content.decode()
    attempt = AccessAttempt.objects.get()
    client.post(lift_url(attempt))
    assert not AccessAttempt.objects.exists() and entries(LOCKOUT_LIFTED)[0].details["data"]["username"] == name


def test_the_trail_names_the_actions_in_chinese():
    assert (action_label(LOCKOUT_LIFTED), action_label(TWO_FACTOR_RESET)) == ("解除登录锁定", "重置两步验证")
