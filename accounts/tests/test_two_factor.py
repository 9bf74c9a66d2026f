"""动态口令 (TOTP): enrolled from the account page with a QR code drawn by the portal; once
enrolled, the password alone opens no admin page. Codes are computed as an authenticator
app would, by django-otp's own totp()."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db.models import F
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from review.roles import REPORTER
from review.testing import PASSWORD, make_staff_member

pytestmark = pytest.mark.django_db


def code_of(device, later=0):
    """The code the app shows now, or `later` steps (30 s each) on; the device accepts the
    next step's code too, and each step's code once."""
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + later)
    return f"{code:0{device.digits}d}"


def wrong_code_of(device):
    return f"{(int(code_of(device)) + 1) % 10**device.digits:0{device.digits}d}"


def after_the_pause(device):
    """A wrong code makes the device wait a moment (1 s, doubling) before it checks another."""
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=F("throttling_failure_timestamp") - timedelta(minutes=1)
    )


@pytest.fixture
def reporter(db):
    return make_staff_member("jizhe", REPORTER)


@pytest.fixture
def enrolled(reporter):
    return TOTPDevice.objects.create(user=reporter, name="动态口令", confirmed=True)


def test_enrolling_from_the_account_page(client, reporter):
    client.force_login(reporter)
    enrol = reverse("accounts_two_factor_enrol")
    assert enrol in client.get(reverse("wagtailadmin_account")).content.decode()
    page = client.get(enrol).content.decode()
    assert 'src="data:image/svg+xml' in page  # drawn here, no outside service
    device = TOTPDevice.objects.get(user=reporter, confirmed=False)
    assert client.get(enrol).status_code == 200 and TOTPDevice.objects.get() == device  # same secret
    response = client.post(enrol, {"code": wrong_code_of(device)})
    assert "动态口令不正确" in response.content.decode()
    after_the_pause(device)
    response = client.post(enrol, {"code": code_of(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200  # this session gave its code


def test_once_enrolled_the_password_alone_opens_no_admin_page(client, enrolled):
    response = client.post("/admin/login/", {"username": "jizhe", "password": PASSWORD, "next": "/admin/pages/"})
    assert response.status_code == 302
    for url in ("/admin/", "/admin/pages/", "/admin/account/otp/", "/django-admin/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/otp/?next="), url
    step = "/admin/otp/?next=/admin/pages/"
    assert "输入动态口令" in client.get(step).content.decode()
    assert "动态口令不正确" in client.post(step, {"code": wrong_code_of(enrolled)}).content.decode()
    after_the_pause(enrolled)
    response = client.post(step, {"code": code_of(enrolled)})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_code_is_good_once(client, enrolled):
    code = code_of(enrolled)
    client.force_login(enrolled.user)
    assert client.post("/admin/otp/", {"code": code}).status_code == 302
    client.logout()
    client.force_login(enrolled.user)
    assert "动态口令不正确" in client.post("/admin/otp/", {"code": code}).content.decode()


def test_the_step_sends_nowhere_outside(client, enrolled):
    client.force_login(enrolled.user)
    response = client.post("/admin/otp/?next=https://evil.example/", {"code": code_of(enrolled)})
    assert response["Location"] == "/admin/"


def test_removing_it_needs_a_current_code(client, enrolled):
    client.force_login(enrolled.user)
    client.post("/admin/otp/", {"code": code_of(enrolled)})
    enrol = reverse("accounts_two_factor_enrol")
    assert "停用动态口令" in client.get(enrol).content.decode()
    client.post(enrol, {"code": wrong_code_of(enrolled)})
    assert TOTPDevice.objects.filter(user=enrolled.user).exists()
    after_the_pause(enrolled)
    client.post(enrol, {"code": code_of(enrolled, later=1)})  # the code of now was used to log in
    assert not TOTPDevice.objects.filter(user=enrolled.user).exists()


def test_superusers_may_be_required_to_enrol(client, reporter):
    boss = get_user_model().objects.create_superuser("boss", password=PASSWORD)
    client.force_login(boss)
    assert client.get("/admin/").status_code == 200  # off by default
    with override_settings(TOTP_REQUIRED_FOR_SUPERUSERS=True):
        response = client.get("/admin/")
        assert response.status_code == 302 and response["Location"] == "/admin/account/otp/"
        assert client.get("/admin/account/otp/").status_code == 200
        client.force_login(reporter)
        assert client.get("/admin/").status_code == 200  # others stay optional
