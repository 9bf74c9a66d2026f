"""三员分立: 系统管理员, 安全管理员 and 审计管理员 each do their own work only; the audit role
reads and changes nothing; only a superuser gives these roles or touches their accounts."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Site

from accounts.separation import AUDIT_ADMIN, SECURITY_ADMIN, SEPARATED, SYSTEM_ADMIN, ensure_separated_roles
from accounts.tests.test_superusers import account_form
from review.roles import ADMINISTRATOR, REPORTER
from review.testing import PASSWORD, make_staff_member

pytestmark = pytest.mark.django_db
User = get_user_model()


def rights(role):
    return {f"{p.content_type.app_label}.{p.codename}" for p in Group.objects.get(name=role).permissions.all()}


def refused(response):
    # Wagtail answers "no permission" with a redirect to the dashboard, Django with 403.
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_each_role_has_its_own_work():
    system, security, audit = rights(SYSTEM_ADMIN), rights(SECURITY_ADMIN), rights(AUDIT_ADMIN)
    assert {"accounts.change_user", "auth.change_group", "siteconfig.change_sitesettings"} <= system
    assert {"axes.view_accessattempt", "axes.delete_accessattempt", "otp_totp.delete_totpdevice"} <= security
    assert {"axes.view_accesslog", "wagtailadmin.access_admin"} <= audit
    assert not {r for r in system if r.startswith(("axes.", "otp_totp.", "audit_trail."))}
    assert not {r for r in security | audit if r.startswith(("accounts.", "auth."))}
    assert all(r.split(".")[1].startswith("view_") for r in audit - {"wagtailadmin.access_admin"})


def test_the_audit_logs_right_is_granted_once_its_app_is_there():
    """audit_trail may land after this app: the next migrate (post_migrate) grants its right."""
    kind, _ = ContentType.objects.get_or_create(app_label="audit_trail", model="auditentry")
    Permission.objects.get_or_create(content_type=kind, codename="view_auditentry", defaults={"name": "可以查看审计"})
    ensure_separated_roles()
    assert "audit_trail.view_auditentry" in rights(AUDIT_ADMIN)
    assert "audit_trail.view_auditentry" not in rights(SYSTEM_ADMIN) | rights(SECURITY_ADMIN)


@pytest.fixture
def auditor(client):
    user = make_staff_member("shenji", AUDIT_ADMIN)
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    return user


def test_the_audit_role_changes_nothing(client, auditor, channel):
    reporter = make_staff_member("jizhe", REPORTER)
    group = Group.objects.get(name=REPORTER)
    site = Site.objects.get(is_default_site=True)
    attempts = {
        reverse("wagtailusers_users:edit", args=[reporter.pk]): account_form(reporter, is_active=""),
        reverse("wagtailusers_groups:edit", args=[group.pk]): {"name": "改名"},
        reverse("wagtailusers_groups:edit", args=[Group.objects.get(name=AUDIT_ADMIN).pk]): {"name": "改名"},
        reverse("wagtailadmin_pages:edit", args=[channel.pk]): {"title": "改名", "slug": channel.slug},
        reverse("wagtailsettings:edit", args=["siteconfig", "sitesettings", site.pk]): {"site_name": "改名"},
        reverse("wagtailusers_users:add"): {
            "username": "x",
            "password1": "Xk9-very-long",
            "password2": "Xk9-very-long",
        },
    }
    for url, data in attempts.items():
        assert refused(client.post(url, data)), url
    reporter.refresh_from_db()
    channel.refresh_from_db()
    assert reporter.is_active and channel.title != "改名" and Group.objects.get(pk=group.pk).name == REPORTER
    assert not User.objects.filter(username="x").exists()


@pytest.fixture(params=[SYSTEM_ADMIN, ADMINISTRATOR])
def manager(client, request):
    user = make_staff_member("guanli", request.param)
    client.force_login(user)
    return user


def test_only_a_superuser_gives_the_separated_roles(client, manager):
    reporter = make_staff_member("jizhe", REPORTER)
    form = client.get(reverse("wagtailusers_users:edit", args=[reporter.pk])).content.decode()
    assert REPORTER in form and not any(role in form for role in SEPARATED)
    audit = Group.objects.get(name=AUDIT_ADMIN)
    client.post(reverse("wagtailusers_users:edit", args=[reporter.pk]), account_form(reporter, groups=[audit.pk]))
    bulk = reverse("wagtail_bulk_action", args=["accounts", "user", "assign_role"]) + f"?id={reporter.pk}"
    assert refused(client.post(bulk, {"role": audit.pk}))
    assert not reporter.groups.filter(name__in=SEPARATED).exists()


def test_nor_touches_their_accounts_or_groups(client, manager):
    auditor = make_staff_member("shenji", AUDIT_ADMIN)
    assert refused(
        client.post(reverse("wagtailusers_users:edit", args=[auditor.pk]), account_form(auditor, is_active=""))
    )
    auditor.refresh_from_db()
    assert auditor.is_active
    for role in SEPARATED:
        group = Group.objects.get(name=role)
        assert refused(client.post(reverse("wagtailusers_groups:edit", args=[group.pk]), {"name": "改名"}))
        assert refused(client.post(reverse("wagtailusers_groups:delete", args=[group.pk])))
    assert set(Group.objects.filter(name__in=SEPARATED).values_list("name", flat=True)) == set(SEPARATED)


def test_a_superuser_gives_them(client):
    client.force_login(User.objects.create_superuser("boss", password=PASSWORD))
    reporter = make_staff_member("jizhe", REPORTER)
    audit = Group.objects.get(name=AUDIT_ADMIN)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[reporter.pk]), account_form(reporter, groups=[audit.pk])
    )
    assert response.status_code == 302
    assert list(reporter.groups.values_list("name", flat=True)) == [AUDIT_ADMIN]


def group_form(name, *permissions):
    data = {"name": name, "permissions": [p.pk for p in permissions]}
    for prefix in ("page_permissions", "document_permissions", "image_permissions", "collection_permissions"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000}
    return data


def offer_login_records():
    """The group editor offers the rights an app registers (as audit_trail's may be)."""
    return Permission.objects.filter(content_type__app_label="axes")


@hooks.register_temporarily("register_permissions", offer_login_records)
def test_the_system_administrator_cannot_hand_the_audit_rights_to_another_group(client):
    client.force_login(make_staff_member("xitong", SYSTEM_ADMIN))
    audit_log = Permission.objects.get(codename="view_accesslog")
    everyday = Permission.objects.get(codename="access_admin")
    assert client.post(reverse("wagtailusers_groups:add"), group_form("值班", everyday))["Location"] == "/admin/groups/"
    assert refused(client.post(reverse("wagtailusers_groups:add"), group_form("旁门", audit_log)))
    reporters = Group.objects.get(name=REPORTER)
    url = reverse("wagtailusers_groups:edit", args=[reporters.pk])
    assert refused(client.post(url, group_form(REPORTER, everyday, audit_log)))
    assert not Group.objects.filter(name="旁门").exists()
    assert not reporters.permissions.filter(pk=audit_log.pk).exists()
    assert Group.objects.filter(name="值班").exists()
    client.force_login(User.objects.create_superuser("boss", password=PASSWORD))
    assert (
        client.post(reverse("wagtailusers_groups:add"), group_form("旁门", audit_log))["Location"] == "/admin/groups/"
    )
