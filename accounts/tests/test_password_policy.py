"""The password policy (等保2.0): ten characters, three kinds of four, none of the last five;
old passwords are kept as hashes only. Accounts made by commands pass it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import PasswordRecord
from accounts.passwords import generate_password

pytestmark = pytest.mark.django_db
User = get_user_model()


def refusals(password, user=None):
    try:
        validate_password(password, user)
    except ValidationError as error:
        return error.messages
    return []


@pytest.mark.parametrize(
    "password",
    ["Short-1a", "alllowercase-words", "ALLUPPER2345678", "lowerand12345678", "Chinese-中文but-no-digit"[:9]],
)
def test_weak_passwords_are_refused_in_chinese(password):
    messages = refusals(password)
    assert messages and all(any("\u4e00" <= c <= "\u9fff" for c in m) for m in messages), messages


@pytest.mark.parametrize("password", ["Newsroom-2025", "bian-ji-BU-kou-ling", "编辑部口令Abc123"])
def test_long_mixed_passwords_pass(password):
    assert refusals(password) == []


def test_the_last_five_passwords_are_refused_and_the_sixth_is_allowed():
    user = User.objects.create_user("bianji", password="First-pass-0")
    for n in range(1, 6):
        user.set_password(f"Rotated-pass-{n}")
        user.save()
    assert refusals("Rotated-pass-5", user) == ["不能使用最近 5 次用过的密码。"]
    assert refusals("Rotated-pass-1", user) == ["不能使用最近 5 次用过的密码。"]
    assert refusals("First-pass-0", user) == []  # six passwords ago
    assert PasswordRecord.objects.filter(user=user).count() == 5


def test_the_history_holds_hashes_not_passwords():
    user = User.objects.create_user("bianji", password="Kept-secret-77")
    record = PasswordRecord.objects.get(user=user)
    assert "Kept-secret-77" not in record.password and record.password == user.password


def test_an_account_from_before_the_history_cannot_keep_its_password():
    user = User.objects.create_user("bianji", password="Old-password-1")
    PasswordRecord.objects.all().delete()
    assert refusals("Old-password-1", user) == ["不能使用最近 5 次用过的密码。"]


def test_setting_a_password_in_the_user_admin_applies_the_policy(client):
    client.force_login(User.objects.create_superuser("boss", password="Boss-password-1"))
    user = User.objects.create_user("bianji", password="Current-pw-123", first_name="编", last_name="王")
    url = reverse("wagtailusers_users:edit", args=[user.pk])
    form = {"username": "bianji", "first_name": "编", "last_name": "王", "email": "b@example.cn", "is_active": "on"}
    for password, refused in (("Current-pw-123", "不能使用最近 5 次用过的密码"), ("short-1A", "密码太短")):
        response = client.post(url, {**form, "password1": password, "password2": password})
        assert refused in response.content.decode()
    response = client.post(url, {**form, "password1": "Brand-new-pw-9", "password2": "Brand-new-pw-9"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Brand-new-pw-9")
    assert PasswordRecord.objects.filter(user=user).count() == 2


def test_generated_passwords_pass_the_policy():
    assert all(refusals(generate_password()) == [] for _ in range(200))
