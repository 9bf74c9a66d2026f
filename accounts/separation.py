"""三员分立 (等保2.0): system, security and audit administration are three roles, none able
to do another's work. 系统管理员 runs accounts, roles and site settings but reads no audit
log; 安全管理员 looks after logins (lockouts, 动态口令); 审计管理员 reads the audit log and the
login records and changes nothing. Only a superuser gives these roles (accounts.users_admin).

The groups are set on every migrate (post_migrate), from the permissions that exist then: a
right of an app installed later (audit_trail's) is granted by the migrate that installs it."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN = "系统管理员", "安全管理员", "审计管理员"
SEPARATED = (SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN)

EVERYDAY = ("add", "change", "delete", "view")
ADMIN = {"wagtailadmin": ("access_admin",)}
# role: rights by app, each an action on all the app's models or one permission's codename
GRANTS = {
    SYSTEM_ADMIN: {
        **ADMIN,
        "accounts": ("add_user", "change_user", "delete_user", "view_user"),
        "auth": EVERYDAY,  # roles (用户组)
        "siteconfig": EVERYDAY,
        "wagtailcore": ("add_site", "change_site", "delete_site", "view_site"),
        "wagtailredirects": EVERYDAY,
    },
    SECURITY_ADMIN: {
        **ADMIN,
        "axes": ("view", "delete"),  # lockouts, lifted by deleting them
        "otp_totp": ("view", "delete"),  # 动态口令 of a lost phone
        "screening": EVERYDAY,  # 敏感词词库 and its hits
    },
    AUDIT_ADMIN: {
        **ADMIN,
        "audit_trail": ("view_auditentry",),
        "axes": ("view_accessattempt", "view_accesslog", "view_accessfailurelog"),
    },
}
# Rights that belong to the security and audit roles: only a superuser grants them to a group.
RESERVED_APPS = ("axes", "otp_totp", "audit_trail")


def ensure_separated_roles(app_config=None, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate: the three groups with exactly the rights above that exist now."""
    for config in global_apps.get_app_configs():  # every app's permissions, not only migrated ones
        create_permissions(config, verbosity=0, using=using)
    group_model = global_apps.get_model("auth", "Group")
    permission_model = global_apps.get_model("auth", "Permission")
    for role, grants in GRANTS.items():
        group, _ = group_model.objects.using(using).get_or_create(name=role)
        group.permissions.set(permission_model.objects.using(using).filter(_matching(grants)))


def _matching(grants):
    wanted = Q(pk__in=[])
    for app_label, rights in grants.items():
        for right in rights:
            codename = Q(codename__startswith=f"{right}_") if right in EVERYDAY else Q(codename=right)
            wanted |= Q(content_type__app_label=app_label) & codename
    return wanted


def is_guarded(account):
    """A superuser, or someone in one of the three roles: left to superusers."""
    return account.is_superuser or account.groups.filter(name__in=SEPARATED).exists()


def reserved_permissions(group):
    return set(group.permissions.filter(content_type__app_label__in=RESERVED_APPS).values_list("pk", flat=True))
