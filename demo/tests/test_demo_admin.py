import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

LINE = re.compile(r"^管理后台: http://127\.0\.0\.1:8000/admin/  用户名: admin  密码: (\S+)$")


@pytest.fixture
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path


def demo_admin():
    out = StringIO()
    call_command("demo_admin", stdout=out)
    return out.getvalue().strip()


def password_shown():
    line = demo_admin()
    match = LINE.match(line)
    assert match, line
    return match.group(1)


def test_first_run_makes_a_superuser_with_a_generated_password(db, var_dir):
    password = password_shown()
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.is_staff and user.check_password(password)
    assert len(password) >= 20
    stored = var_dir / "demo-admin.txt"
    assert stored.read_text().strip() == password
    assert stored.stat().st_mode & 0o777 == 0o600


def test_later_runs_show_the_same_password(db, var_dir):
    assert password_shown() == password_shown()
    assert get_user_model().objects.count() == 1


def test_lost_file_resets_the_password(db, var_dir):
    old = password_shown()
    (var_dir / "demo-admin.txt").unlink()
    new = password_shown()
    assert new != old
    user = get_user_model().objects.get(username="admin")
    assert user.check_password(new) and not user.check_password(old)


def test_fresh_databases_get_different_passwords(db, var_dir):
    first = password_shown()
    get_user_model().objects.all().delete()  # a new database; the old file may linger
    second = password_shown()
    assert second != first
    assert get_user_model().objects.get(username="admin").check_password(second)


def test_a_password_changed_in_the_admin_is_not_shown_stale(db, var_dir):
    stale = password_shown()
    user = get_user_model().objects.get(username="admin")
    user.set_password("changed-by-the-admin-7Q")
    user.save()
    line = demo_admin()
    assert stale not in line and "密码已在后台修改" in line
    assert user.check_password("changed-by-the-admin-7Q")
