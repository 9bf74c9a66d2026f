"""The demo newsroom: one account per role, each with a generated password (one the password
policy accepts) that is shown once, when the account is made, and never stored in clear."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from accounts.passwords import generate_password
from review.roles import ADMINISTRATOR, CHIEF_EDITOR, FIRST_READER, REPORTER, SECOND_READER

# user name, 署名 (display name), role
STAFF = [
    ("jizhe", "李记者", REPORTER),
    ("bianji", "王编辑", FIRST_READER),
    ("zhuren", "张主任", SECOND_READER),
    ("zongbian", "赵总编", CHIEF_EDITOR),
    ("guanli", "陈管理", ADMINISTRATOR),
]


@dataclass
class Account:
    username: str
    role: str
    password: str | None  # only when made by this run


def ensure_staff() -> list[Account]:
    """Make the missing demo accounts; the existing ones keep their passwords."""
    user_model, accounts = get_user_model(), []
    with transaction.atomic():
        for username, display_name, role in STAFF:
            password = None
            if not user_model.objects.filter(username=username).exists():
                password = generate_password()
                user = user_model.objects.create_user(username, password=password, display_name=display_name)
                user.groups.add(Group.objects.get(name=role))
            accounts.append(Account(username, role, password))
    return accounts
