"""What goes into the audit trail, from where: Wagtail's own log entries (publishing, users,
groups, settings…), Django's sign-in signals, and changes of groups, permissions and account
flags, whichever screen, command or shell made them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import ModelLogEntry, PageLogEntry, Site, Task, Workflow

from accounts.login_security import LOCKOUT_LIFTED, TWO_FACTOR_RESET
from accounts.users_admin import ROLES_CHANGED
from portal.clients import client_address
from review.withdrawal import WITHDRAWN

from .middleware import current_request
from .models import AuditEntry

# Wagtail actions that change what readers see, take work out of someone's hands or decide a
# review, on any page or snippet. Writing and saving drafts (wagtail.create/edit of a page,
# comments, copies) is everyday work: it stays in Wagtail's page history only.
PRIVILEGED_ACTIONS = {
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.publish.schedule",
    "wagtail.schedule.cancel",
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    WITHDRAWN,  # 撤稿, with its reason
    "wagtail.delete",  # cannot be undone
    "wagtail.move",  # changes a page's address and channel
    "wagtail.lock",  # stops everyone else editing
    "wagtail.unlock",
    "wagtail.view_restriction.create",  # who may read
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
    "wagtail.moderation.approve",
    "wagtail.moderation.reject",
    "wagtail.workflow.approve",  # 三审 decisions
    "wagtail.workflow.reject",
    "wagtail.workflow.cancel",
    "wagtail.apitoken.create",
    "wagtail.apitoken.revoke",
    ROLES_CHANGED,  # accounts' own entry: the roles before and after
    LOCKOUT_LIFTED,  # 解除登录锁定: whose, from which address, how many failures
    TWO_FACTOR_RESET,  # 重置两步验证: an account's 动态口令 devices deleted
}
# Models whose every creation, edit and deletion is privileged: who may do what (accounts,
# groups, the 三审 workflow and its tasks) and how the site is set up (sites, settings).
ADMINISTRATIVE_MODELS = (AbstractBaseUser, Group, Site, Workflow, Task, BaseSiteSetting, BaseGenericSetting)
EVERYDAY_ACTIONS = {"wagtail.create", "wagtail.edit", "wagtail.delete"}

# Chinese names of the trail's own actions (Wagtail's come from its log action registry).
LABELS = {
    "auth.login": "登录",
    "auth.login_failed": "登录失败",
    "auth.logout": "退出登录",
    "auth.user_flags": "账号状态或超级用户变更",
    "auth.user_groups": "用户组成员变更",
    "auth.user_permissions": "用户权限变更",
    "auth.group_permissions": "用户组权限变更",
    "audit_trail.export": "导出审计日志",
}

FLAGS = ("is_superuser", "is_staff", "is_active")
NEW_ACCOUNT = {"is_superuser": False, "is_staff": False, "is_active": True}

User = get_user_model()


def record(action, *, actor=None, actor_name="", target=None, details=None, request=None):
    """Append an entry; the request (this one, or the one being answered) says who and from where."""
    request = request or current_request()
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        actor = user if user is not None and user.is_authenticated else None
    AuditEntry.objects.append(
        action,
        actor=actor,
        actor_name=actor_name,
        actor_ip=client_address(request) if request is not None else None,
        target=target,
        details=details,
    )


def described(instance):
    return (instance._meta.label_lower, str(instance.pk), str(instance))


def is_privileged(log_entry):
    if log_entry.action in PRIVILEGED_ACTIONS:
        return True
    model = log_entry.content_type.model_class()
    return log_entry.action in EVERYDAY_ACTIONS and model is not None and issubclass(model, ADMINISTRATIVE_MODELS)


@receiver(post_save, sender=PageLogEntry, dispatch_uid="audit_trail.page_log")
@receiver(post_save, sender=ModelLogEntry, dispatch_uid="audit_trail.model_log")
def chain_wagtail_entry(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not is_privileged(instance):
        return
    object_id = instance.object_id() if callable(instance.object_id) else instance.object_id
    record(
        instance.action,
        actor=instance.user,
        target=(f"{instance.content_type.app_label}.{instance.content_type.model}", object_id, instance.label),
        details={"data": instance.data, "wagtail_log": f"{sender._meta.label_lower}#{instance.pk}"},
    )


@receiver(user_logged_in, dispatch_uid="audit_trail.logged_in")
def logged_in(sender, request, user, **kwargs):
    record("auth.login", actor=user, request=request)


@receiver(user_logged_out, dispatch_uid="audit_trail.logged_out")
def logged_out(sender, request, user, **kwargs):
    record("auth.logout", actor=user, request=request)


@receiver(user_login_failed, dispatch_uid="audit_trail.login_failed")
def login_failed(sender, credentials, request=None, **kwargs):
    """The name that was tried, never the password (Django has masked it anyway)."""
    tried = str(credentials.get(User.USERNAME_FIELD) or credentials.get("username") or "")
    record("auth.login_failed", actor_name=tried, request=request, details={"username": tried})


@receiver(pre_save, sender=User, dispatch_uid="audit_trail.flags_before")
def remember_flags(sender, instance, raw=False, update_fields=None, using=None, **kwargs):
    if raw or (update_fields is not None and not set(FLAGS) & set(update_fields)):
        return
    saved = sender._base_manager.using(using).filter(pk=instance.pk).values(*FLAGS).first() if instance.pk else None
    instance._audit_flags_before = saved or NEW_ACCOUNT


@receiver(post_save, sender=User, dispatch_uid="audit_trail.flags_after")
def record_flag_changes(sender, instance, **kwargs):
    before = instance.__dict__.pop("_audit_flags_before", None)
    if before is None:
        return
    after = {flag: getattr(instance, flag) for flag in FLAGS}
    changed = {flag: [before[flag], after[flag]] for flag in FLAGS if before[flag] != after[flag]}
    if changed:
        record("auth.user_flags", target=described(instance), details={"changed": changed})


def _names(objects):
    """Groups by name, permissions as app.codename (news.publish_article), the way Django checks them."""
    return sorted(_name(o) for o in objects)


def _name(item):
    if isinstance(item, Permission):
        return f"{ContentType.objects.get_for_id(item.content_type_id).app_label}.{item.codename}"
    return str(item)


MEMBERSHIPS = {
    User.groups.through: "auth.user_groups",
    User.user_permissions.through: "auth.user_permissions",
    Group.permissions.through: "auth.group_permissions",
}


@receiver(m2m_changed, dispatch_uid="audit_trail.memberships")
def record_membership(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Who belongs to which group, which rights a group or a user holds: added, removed or
    cleared, from either side (user.groups.add(group) or group.user_set.add(user))."""
    if sender not in MEMBERSHIPS or action not in ("post_add", "post_remove", "pre_clear"):
        return
    if action == "pre_clear":
        pk_set = _linked(sender, instance, model)
    related = list(model._base_manager.filter(pk__in=pk_set or ()))
    if not related:
        return
    change = "added" if action == "post_add" else "removed"
    # Each entry is about the user or group whose rights changed.
    holders, given = (related, [instance]) if reverse else ([instance], related)
    for holder in holders:
        record(MEMBERSHIPS[sender], target=described(holder), details={change: _names(given)})


def _linked(through, instance, model):
    """What a clear() is about to unlink (its signal carries no pk_set)."""
    own, other = (
        next(f for f in through._meta.fields if f.is_relation and f.related_model is side._meta.concrete_model)
        for side in (instance, model)
    )
    return set(through._base_manager.filter(**{own.name: instance.pk}).values_list(other.attname, flat=True))
