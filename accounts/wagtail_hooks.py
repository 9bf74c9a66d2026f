from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django_otp import user_has_device
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from . import login_security, two_factor
from .models import User
from .separation import SEPARATED
from .users_admin import ROLES_CHANGED, touches_a_guarded_account


@hooks.register("before_bulk_action")
def keep_superusers_to_superusers(request, action_type, objects, action_class_instance):
    """The user list's bulk actions (deactivate, assign a role, delete) leave the accounts of
    superusers and of the three separated roles to superusers, as the edit view does, and so
    is assigning one of those roles."""
    if action_class_instance.model is not User or request.user.is_superuser:
        return
    role = action_class_instance.cleaned_form.cleaned_data.get("role") if action_type == "assign_role" else None
    if touches_a_guarded_account(request.user, objects) or (role is not None and role.name in SEPARATED):
        raise PermissionDenied


@hooks.register("register_log_actions")
def register_role_changes(actions):
    @actions.register_action(ROLES_CHANGED)
    class RolesChanged(LogFormatter):
        label = "角色变更"

        def format_message(self, log_entry):
            data = log_entry.data
            return f"角色由“{'、'.join(data['before']) or '无'}”改为“{'、'.join(data['after']) or '无'}”"

    actions.register_action(login_security.LOCKOUT_LIFTED, "解除登录锁定", "解除登录锁定")
    actions.register_action(login_security.TWO_FACTOR_RESET, "重置两步验证", "重置两步验证")


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("otp/", two_factor.verify, name="accounts_two_factor"),
        path("account/otp/", two_factor.enrol, name="accounts_two_factor_enrol"),
        path("login-security/", login_security.LoginSecurityView.as_view(), name="accounts_login_security"),
        path("login-security/lockouts/<row_id:pk>/lift/", login_security.lift_lockout, name="accounts_lift_lockout"),
        path(
            "login-security/two-factor/<row_id:user_id>/reset/",
            login_security.reset_two_factor,
            name="accounts_reset_two_factor",
        ),
    ]


@hooks.register("register_settings_menu_item")
def login_security_menu_item():
    url = reverse("accounts_login_security")
    return login_security.LoginSecurityMenuItem("登录安全", url, name="login-security", icon_name="lock", order=700)


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    enrolled = user_has_device(request.user)
    return {
        "url": reverse("accounts_two_factor_enrol"),
        "label": "管理动态口令" if enrolled else "启用动态口令",
        "help_text": "已启用:登录时需输入手机上的动态口令" if enrolled else "登录时在密码之后再输入手机上的动态口令",
    }
