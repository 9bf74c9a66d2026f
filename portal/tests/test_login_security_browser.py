"""设置 → 登录安全 in Chromium: a reporter locks himself out with wrong passwords, the
安全管理员 lifts the lockout and resets the 两步验证 of his lost phone from the settings
menu, and he logs in again with his password alone. The screenshot is the screen's."""

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from accounts.separation import SECURITY_ADMIN
from review.roles import REPORTER
from review.testing import PASSWORD, make_staff_member

from .conftest import DESKTOP, SCREENSHOTS
from .english import english_in, report

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
# Login names and the abbreviation the admin writes as is (IP 地址).
ALLOWED = {"IP", "jizhe", "anquan", "boss"}


def named(username, role, name):
    user = make_staff_member(username, role)
    user.display_name = name
    user.save(update_fields=["display_name"])
    return user


def try_to_log_in(page, base, username, password):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()


def test_the_security_administrator_lets_a_locked_out_reporter_back_in(live_server, browser):
    base = live_server.url
    reporter = named("jizhe", REPORTER, "王晓明")
    named("anquan", SECURITY_ADMIN, "李安全")
    boss = get_user_model().objects.create_superuser("boss", "boss@example.cn", PASSWORD, display_name="张总")
    for owner in (reporter, boss):
        TOTPDevice.objects.create(user=owner, name="动态口令", confirmed=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN", timezone_id="Asia/Shanghai")
    page = context.new_page()
    for n in range(5):
        try_to_log_in(page, base, "jizhe", f"guess-{n}")
    expect(page.locator("body")).to_contain_text("登录已暂时锁定")

    try_to_log_in(page, base, "anquan", PASSWORD)
    page.get_by_role("button", name="设置").click()
    page.get_by_role("link", name="登录安全").click()
    expect(page.locator("#lockouts tbody")).to_contain_text("jizhe")
    expect(page.locator("#two-factor tbody tr", has_text="张总")).to_contain_text("仅超级用户可以重置")
    page.screenshot(path=SCREENSHOTS / "admin-login-security.png", full_page=True)
    english = english_in(page, ALLOWED)
    assert not english, report({"登录安全": english})

    page.locator("#lockouts").get_by_role("button", name="解除锁定").click()
    expect(page.locator(".messages")).to_contain_text("已解除 jizhe 在 127.0.0.1 的登录锁定")
    expect(page.locator("#lockouts")).to_contain_text("目前没有被锁定的账号")
    page.locator("#two-factor tbody tr", has_text="王晓明").get_by_role("button", name="重置两步验证").click()
    expect(page.locator(".messages")).to_contain_text("已重置 王晓明 的两步验证")
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")  # the message
    page.screenshot(path=SCREENSHOTS / "admin-login-security-done.png", full_page=True)

    context.clear_cookies()
    try_to_log_in(page, base, "jizhe", PASSWORD)
    expect(page).to_have_url(base + "/admin/")  # no lock, and no 动态口令 asked
    context.close()
