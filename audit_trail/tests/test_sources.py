"""Each privileged action, done the way the newsroom does it, leaves one entry in the trail."""

import lxml.html
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Site

from audit_trail.models import AuditEntry
from news.testing import article_form, make_article
from review.roles import CHIEF_EDITOR
from review.testing import PASSWORD, draft_article, newsroom_staff

User = get_user_model()
READER = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "10.9.9.9, 203.0.113.7"}


@pytest.fixture
def staff(db):
    return newsroom_staff()


def entries(action):
    return list(AuditEntry.objects.filter(action=action).order_by("sequence"))


def form_as_shown(client, url):
    """The admin's edit form at `url`, filled in as the browser shows it."""
    page = lxml.html.fromstring(client.get(url).content)
    [form] = [form for form in page.forms if (form.method or "").lower() == "post" and form.action in ("", url)]
    return dict(form.form_values())


def test_publishing_through_the_admin(client, staff, channel):
    article = draft_article(channel, "劳模座谈会召开", staff.chief)
    client.force_login(staff.chief)
    form = article_form(article, **{"action-publish": "1"})
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), form, **READER)
    [entry] = entries("wagtail.publish")
    assert (entry.actor_id, entry.actor_name, entry.actor_ip) == (staff.chief.pk, "chief", "203.0.113.7")
    assert (entry.object_type, entry.object_id, entry.object_label) == (
        "news.article",
        str(article.pk),
        "劳模座谈会召开",
    )


def test_unpublishing_keeps_the_reason(client, staff, channel):
    article = make_article(channel, "需要撤下的稿")
    client.force_login(staff.chief)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]), {"reason": "内容有误待核实"}, **READER)
    [unpublished] = entries("wagtail.unpublish")
    [withdrawn] = entries("review.withdraw")
    assert unpublished.actor_name == withdrawn.actor_name == "chief"
    assert withdrawn.details["data"] == {"reason": "内容有误待核实"}


def test_saving_a_draft_is_not_privileged(client, staff, channel):
    article = draft_article(channel, "草稿", staff.reporter)
    client.force_login(staff.reporter)
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, title="改过的草稿"))
    assert not AuditEntry.objects.filter(action__startswith="wagtail.").exists()


def test_signing_in_and_out(client, staff):
    client.post(reverse("wagtailadmin_login"), {"username": "chief", "password": PASSWORD}, **READER)
    client.post(reverse("wagtailadmin_logout"), **READER)
    [login] = entries("auth.login")
    [logout] = entries("auth.logout")
    assert (login.actor_id, login.actor_name, login.actor_ip) == (staff.chief.pk, "chief", "203.0.113.7")
    assert logout.actor_name == "chief"


def test_a_failed_sign_in_keeps_the_name_tried_never_the_password(client, staff):
    attempt = {"username": "chief", "password": "猜的密码"}
    client.post(reverse("wagtailadmin_login"), attempt, REMOTE_ADDR="198.51.100.4")
    [failed] = entries("auth.login_failed")
    assert (failed.actor_id, failed.actor_name, failed.actor_ip) == (None, "chief", "198.51.100.4")
    assert failed.details == {"username": "chief"}
    assert "猜的密码" not in failed.canonical()


def test_an_address_typed_by_the_client_is_not_believed(client, staff):
    """X-Forwarded-For counts only from nginx (PROXY_ADDRESSES), and then only its last item."""
    attempt = {"username": "x", "password": "y"}
    client.post(reverse("wagtailadmin_login"), attempt, **READER)
    client.post(reverse("wagtailadmin_login"), attempt, **{**READER, "REMOTE_ADDR": "192.0.2.1"})
    assert [e.actor_ip for e in entries("auth.login_failed")] == ["203.0.113.7", "192.0.2.1"]


def test_roles_changed_in_the_user_editor(client, staff):
    client.force_login(staff.admin)
    url = reverse("wagtailusers_users:edit", args=[staff.reporter.pk])
    data = {**form_as_shown(client, url), "first_name": "晓明", "last_name": "王"}
    data["groups"] = str(Group.objects.get(name=CHIEF_EDITOR).pk)
    client.post(url, data, **READER)
    [roles] = entries("accounts.roles")
    assert roles.actor_name == "admin" and roles.details["data"] == {"before": ["记者"], "after": ["总编辑"]}
    # The membership itself, however it was changed (here by the form's groups.set()).
    memberships = [(e.object_label, e.details) for e in entries("auth.user_groups") if e.actor_name == "admin"]
    assert memberships == [("王晓明", {"removed": ["记者"]}), ("王晓明", {"added": ["总编辑"]})]
    assert entries("wagtail.edit")[-1].object_type == "accounts.user"


def test_group_memberships_from_either_side(staff):
    group = Group.objects.get(name=CHIEF_EDITOR)
    group.user_set.add(staff.reporter)
    staff.first.groups.clear()
    added, cleared = entries("auth.user_groups")[-2:]
    assert (added.object_label, added.details) == ("reporter", {"added": ["总编辑"]})
    assert (cleared.object_label, cleared.details) == ("first", {"removed": ["编辑"]})


def test_a_group_given_a_permission(db):
    group = Group.objects.create(name="临时审阅组")
    group.permissions.add(Permission.objects.get(codename="view_auditentry"))
    group.permissions.remove(Permission.objects.get(codename="view_auditentry"))
    added, removed = entries("auth.group_permissions")
    assert (added.object_label, added.details) == ("临时审阅组", {"added": ["audit_trail.view_auditentry"]})
    assert removed.details == {"removed": ["audit_trail.view_auditentry"]}


def test_superuser_and_other_account_flags(db):
    user = User.objects.create_user("wang", password=PASSWORD)
    assert not entries("auth.user_flags")  # a plain new account
    user.is_superuser = True
    user.save()
    user.is_active = False
    user.save(update_fields=["is_active"])
    user.save(update_fields=["last_login"])
    User.objects.create_superuser("root", password=PASSWORD)
    changes = [(e.object_label, e.details["changed"]) for e in entries("auth.user_flags")]
    assert changes == [
        ("wang", {"is_superuser": [False, True]}),
        ("wang", {"is_active": [True, False]}),
        ("root", {"is_superuser": [False, True], "is_staff": [False, True]}),
    ]


def test_settings_edited_in_the_admin(client, staff, home):
    site = Site.objects.get(is_default_site=True)
    client.force_login(staff.admin)
    url = reverse("wagtailsettings:edit", args=["siteconfig", "sitesettings", site.pk])
    client.post(url, form_as_shown(client, url), **READER)
    [edited] = entries("wagtail.edit")
    assert (edited.object_type, edited.actor_name, edited.actor_ip) == (
        "siteconfig.sitesettings",
        "admin",
        "203.0.113.7",
    )
