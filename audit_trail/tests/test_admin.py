"""The 审计日志 report: read by superusers and by whoever holds audit_trail.view_auditentry,
refused to everyone else; filtered and downloaded, never edited."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from audit_trail.models import AuditEntry
from review.testing import make_staff_member, newsroom_staff

FORMULA = "=1+1"


@pytest.fixture
def staff(db):
    return newsroom_staff()


@pytest.fixture
def auditor(db):
    """An 审计管理员: into the admin, and may read the trail; nothing else."""
    group, _ = Group.objects.get_or_create(name="审计管理员")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_auditentry")
    )
    return make_staff_member("shenji", "审计管理员")


def report(client, user, **query):
    client.force_login(user)
    return client.get(reverse("audit_trail"), query)


def test_the_newsroom_does_not_see_the_trail(client, staff):
    for user in (staff.reporter, staff.chief, staff.admin):
        response = report(client, user)
        assert response.status_code in (302, 403)  # Wagtail's "no permission" goes to the dashboard
        assert "审计日志" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_auditor_reads_it(client, auditor):
    AuditEntry.objects.append("auth.login_failed", actor_name="李四", actor_ip="198.51.100.4")
    response = report(client, auditor)
    page = response.content.decode()
    assert response.status_code == 200
    assert "李四" in page and "198.51.100.4" in page and "登录失败" in page
    assert reverse("audit_trail") in client.get(reverse("wagtailadmin_home")).content.decode()  # the menu item


def test_a_superuser_reads_it(client, db):
    from django.contrib.auth import get_user_model

    boss = get_user_model().objects.create_superuser("boss", password="x")
    assert report(client, boss).status_code == 200


def test_filtered_by_action_and_actor(client, auditor):
    AuditEntry.objects.append("auth.login_failed", actor_name="李四")
    AuditEntry.objects.append("wagtail.publish", actor_name="王五", target=("news.article", "1", "一篇稿"))
    page = report(client, auditor, action="wagtail.publish").content.decode()
    assert "王五" in page and "李四" not in page
    page = report(client, auditor, actor_name="李").content.decode()
    assert "李四" in page and "王五" not in page


def test_downloads_stream_the_filtered_trail_and_are_themselves_recorded(client, auditor):
    AuditEntry.objects.append("auth.login_failed", actor_name=FORMULA)
    AuditEntry.objects.append("wagtail.publish", actor_name="王五")
    response = report(client, auditor, action="auth.login_failed", export="csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["action"], r["actor_name"]) for r in rows] == [("auth.login_failed", "'" + FORMULA)]
    response = report(client, auditor, export="json")
    rows = json.loads(b"".join(response.streaming_content))
    assert {r["actor_name"] for r in rows} >= {FORMULA, "王五"}
    assert [r["sequence"] for r in rows] == sorted(r["sequence"] for r in rows)
    noted = AuditEntry.objects.filter(action="audit_trail.export").order_by("sequence")
    assert [(e.actor_name, e.details) for e in noted] == [
        ("shenji", {"format": "csv", "action": ["auth.login_failed"]}),
        ("shenji", {"format": "json"}),
    ]


def test_nobody_can_be_given_the_right_to_change_it(db):
    codenames = set(Permission.objects.filter(content_type__app_label="audit_trail").values_list("codename", flat=True))
    assert codenames == {"view_auditentry"}
