import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from review.roles import ROLES

LINE = re.compile(r"^(\S+): 用户名 (\S+)  密码 (\S+)$")


def demo_staff():
    out = StringIO()
    call_command("demo_staff", stdout=out)
    return out.getvalue()


def test_one_account_per_role_with_a_password_shown_once(db):
    first = demo_staff()
    shown = {m.group(1): (m.group(2), m.group(3)) for m in map(LINE.match, first.splitlines()) if m}
    assert set(shown) == set(ROLES)
    for role, (username, password) in shown.items():
        user = get_user_model().objects.get(username=username)
        assert user.check_password(password) and len(password) >= 16
        assert list(user.groups.values_list("name", flat=True)) == [role]
        assert not user.is_superuser

    again = demo_staff()
    assert not any(LINE.match(line) for line in again.splitlines())
    assert "已存在" in again and all(username in again for username, _ in shown.values())
    # Nothing readable was kept: the second run can't show the password again.
    assert all(password not in again for _, password in shown.values())
