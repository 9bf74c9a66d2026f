"""The password policy (等保2.0) beyond Django's own validators: at least three kinds of
character, and none of the account's last few passwords. Validators apply where a person
chooses a password (forms, `changepassword`, validate_password), not to create_user."""

import secrets

from django.contrib.auth.hashers import check_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from .models import PasswordRecord

KINDS = ("小写字母", "大写字母", "数字", "符号")


def _kind(character):
    if character.islower():
        return KINDS[0]
    if character.isupper():
        return KINDS[1]
    if character.isdigit():
        return KINDS[2]
    return KINDS[3]  # punctuation, spaces and Chinese characters alike


class CharacterKindsValidator:
    def __init__(self, min_kinds=3):
        self.min_kinds = min_kinds

    def validate(self, password, user=None):
        if len({_kind(character) for character in password}) < self.min_kinds:
            raise ValidationError(self.get_help_text(), code="password_too_simple")

    def get_help_text(self):
        return f"密码须包含{'、'.join(KINDS)}中的至少 {self.min_kinds} 类。"


class PasswordHistoryValidator:
    """Refuses the account's last `remembered` passwords; records each new one (Django calls
    password_changed whenever a user is saved with a new password, create_user included)."""

    def __init__(self, remembered=5):
        self.remembered = remembered

    def validate(self, password, user=None):
        if user is None or user.pk is None:
            return
        # The current hash too: accounts older than the history have no record of it.
        recent = _records(user).values_list("password", flat=True)[: self.remembered]
        hashes = [user.password, *recent]
        if any(check_password(password, encoded) for encoded in hashes):
            raise ValidationError(self.get_help_text(), code="password_reused")

    def password_changed(self, password, user):
        latest = _records(user).first()
        if latest is not None and check_password(password, latest.password):
            # Django re-hashes an unchanged password when its hasher is upgraded: one slot still.
            latest.password = user.password
            latest.save(update_fields=["password"])
        else:
            PasswordRecord.objects.create(user=user, password=user.password)
        kept = list(_records(user).values_list("pk", flat=True)[: self.remembered])
        _records(user).exclude(pk__in=kept).delete()

    def get_help_text(self):
        return f"不能使用最近 {self.remembered} 次用过的密码。"


def _records(user):
    return PasswordRecord.objects.filter(user=user)  # newest first


def generate_password():
    """A random password the policy accepts, for accounts made by commands (a URL-safe token
    lacks a digit or a symbol now and then)."""
    while True:
        password = secrets.token_urlsafe(16)
        try:
            validate_password(password)
        except ValidationError:
            continue
        return password
