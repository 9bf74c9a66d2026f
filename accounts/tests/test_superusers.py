"""Only a superuser grants, removes or touches superuser rights; a 管理员 manages every
other account. Role changes are logged. (Each of these was possible through the user admin.)"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from review.roles import ADMINISTRATOR, FIRST_READER, REPORTER
from review.testing import PASSWORD, make_staff_member

User = get_user_model()


@pytest.fixture
def boss(db):
    return User.objects.create_superuser("boss", "boss@example.cn", PASSWORD)


@pytest.fixture
def admin_role(client, db):
    user = make_staff_member("guanli", ADMINISTRATOR)
    client.force_login(user)
    return user


def account_form(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "名",
        "last_name": user.last_name or "姓",
        "is_active": "on",
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
        "password1": "",
        "password2": "",
    }
    return {**data, **changes}


def test_the_administrator_is_not_offered_superuser_rights(client, admin_role):
    for url in (reverse("wagtailusers_users:add"), reverse("wagtailusers_users:edit", args=[admin_role.pk])):
        assert 'name="is_superuser"' not in client.get(url).content.decode(), url


def test_ticking_it_anyway_grants_nothing(client, admin_role):
    reporter = make_staff_member("jizhe", REPORTER)
    client.post(reverse("wagtailusers_users:edit", args=[reporter.pk]), account_form(reporter, is_superuser="on"))
    new = {"username": "newcomer", "email": "n@example.cn", "first_name": "新", "last_name": "人"}
    password = {"password1": "Xk9-very-long", "password2": "Xk9-very-long"}
    client.post(reverse("wagtailusers_users:add"), {**new, **password, "is_superuser": "on"})
    assert not User.objects.filter(is_superuser=True).exclude(username="boss").exists()
    assert User.objects.filter(username="newcomer").exists()  # the account itself is made


def test_a_superusers_account_is_left_alone(client, admin_role, boss):
    url = reverse("wagtailusers_users:edit", args=[boss.pk])
    assert client.get(url).status_code in (302, 403)  # Wagtail's "no permission" goes to the dashboard
    taken = account_form(boss, password1="Taken-over-1", password2="Taken-over-1", is_active="")
    assert client.post(url, taken).status_code in (302, 403)
    boss.refresh_from_db()
    assert boss.check_password(PASSWORD) and boss.is_active and boss.is_superuser


@pytest.mark.parametrize("action, data", [("set_active_state", {"mark_as_active": "False"}), ("delete", {})])
def test_nor_touched_by_a_bulk_action(client, admin_role, boss, action, data):
    url = reverse("wagtail_bulk_action", args=["accounts", "user", action]) + f"?id={boss.pk}"
    assert client.post(url, data).status_code in (302, 403)
    boss.refresh_from_db()
    assert boss.is_active and boss.is_superuser


def test_a_superuser_may_grant_it(client, boss):
    client.force_login(boss)
    other = make_staff_member("bianji", FIRST_READER)
    response = client.post(reverse("wagtailusers_users:edit", args=[other.pk]), account_form(other, is_superuser="on"))
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.is_superuser


def test_a_role_change_is_logged_with_before_and_after(client, admin_role):
    reporter = make_staff_member("jizhe", REPORTER)
    editor_group = Group.objects.get(name=FIRST_READER)
    url = reverse("wagtailusers_users:edit", args=[reporter.pk])
    assert client.post(url, account_form(reporter, groups=[str(editor_group.pk)])).status_code == 302
    entry = ModelLogEntry.objects.get(action="accounts.roles")
    assert (entry.user, entry.object_id) == (admin_role, str(reporter.pk))
    assert entry.data == {"before": [REPORTER], "after": [FIRST_READER]}
    assert entry.message == f"角色由“{REPORTER}”改为“{FIRST_READER}”"
