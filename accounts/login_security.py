"""设置 → 登录安全: lockouts (django-axes) and 动态口令 devices (django-otp), looked after
in Wagtail's admin by the 安全管理员 (三员分立, accounts.separation).

Who may do what follows the rights separation.py grants, the same ones Django's admin would
check: seeing the lockouts takes axes.view_accessattempt (安全管理员 and 审计管理员), lifting
one axes.delete_accessattempt (安全管理员); seeing and resetting devices
otp_totp.view/delete_totpdevice (安全管理员 only: they are not login records, so not the
auditor's). Only a superuser grants those rights, and a superuser's devices are reset only
by a superuser. Anyone else gets a 403 (Wagtail would turn PermissionDenied into a redirect
to the dashboard). Each action is a POST and is written to the audit trail through
Wagtail's log (audit_trail.sources)."""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Max, Min, Q, Sum
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from .lockout import cool_off_minutes

LOCKOUT_LIFTED, TWO_FACTOR_RESET = "accounts.lockout_lifted", "accounts.two_factor_reset"
TITLE = "登录安全"
SEE_LOCKOUTS, LIFT_LOCKOUTS = "axes.view_accessattempt", "axes.delete_accessattempt"
SEE_DEVICES, RESET_DEVICES = "otp_totp.view_totpdevice", "otp_totp.delete_totpdevice"


def may_see(user):
    return user.has_perm(SEE_LOCKOUTS) or user.has_perm(SEE_DEVICES)


def may_reset(user, account):
    return user.has_perm(RESET_DEVICES) and (user.is_superuser or not account.is_superuser)


def current_lockouts():
    """One row per account and address locked now: its failures within the cool-off reach
    the limit (as axes counts them: summed over the browsers it came with)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return (
        AccessAttempt.objects.filter(attempt_time__gte=since)
        .values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"), attempt=Min("pk"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last_attempt")
    )


def enrolled_accounts():
    devices = Q(totpdevice__confirmed=True)
    return (
        get_user_model()
        .objects.filter(totpdevice__isnull=False)
        .annotate(confirmed_devices=Count("totpdevice", filter=devices), last_used=Max("totpdevice__last_used_at"))
        .order_by("username")
    )


class LoginSecurityView(WagtailAdminTemplateMixin, TemplateView):
    page_title = TITLE
    header_icon = "lock"
    template_name = "accounts/login_security.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_see(request.user):
            return refused(request, "只有安全管理员、审计管理员和超级用户可以查看登录安全。")
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        user = self.request.user
        context = super().get_context_data(**kwargs)
        context |= {"failure_limit": settings.AXES_FAILURE_LIMIT, "cool_off_minutes": cool_off_minutes()}
        if user.has_perm(SEE_LOCKOUTS):
            context |= {"lockouts": current_lockouts(), "may_lift": user.has_perm(LIFT_LOCKOUTS)}
        if user.has_perm(SEE_DEVICES):
            accounts = list(enrolled_accounts())
            for account in accounts:
                account.may_reset = may_reset(user, account)
            context["enrolled"] = accounts
        return context


@require_POST
def lift_lockout(request, pk):
    """Forget the failures of one account at one address (all its rows, whichever browser)."""
    if not request.user.has_perm(LIFT_LOCKOUTS):
        return refused(request, "只有安全管理员和超级用户可以解除登录锁定,未作任何修改。")
    attempt = AccessAttempt.objects.filter(pk=pk).first()
    if attempt is None:
        messages.error(request, "这条锁定已不存在(可能已到期或已被解除)。")
        return redirect("accounts_login_security")
    username, address = attempt.username, attempt.ip_address
    rows = AccessAttempt.objects.filter(username=username, ip_address=address)
    with transaction.atomic():
        failures = rows.aggregate(total=Sum("failures_since_start"))["total"]
        data = {"username": username, "ip_address": address, "failures": failures}
        log(attempt, LOCKOUT_LIFTED, user=request.user, title=f"{username}({address})"[:255], data=data)
        rows.delete()
    messages.success(request, f"已解除 {username} 在 {address} 的登录锁定,该账号现在可以登录。")
    return redirect("accounts_login_security")


@require_POST
def reset_two_factor(request, user_id):
    """Delete an account's 动态口令 devices: it logs in with its password alone until it adds one again."""
    if not request.user.has_perm(RESET_DEVICES):
        return refused(request, "只有安全管理员和超级用户可以重置两步验证,未作任何修改。")
    account = get_object_or_404(get_user_model(), pk=user_id)
    if not may_reset(request.user, account):
        return refused(request, "超级用户的两步验证只有超级用户可以重置,未作任何修改。")
    devices = TOTPDevice.objects.filter(user=account)
    with transaction.atomic():
        count = devices.count()
        if count:
            log(account, TWO_FACTOR_RESET, user=request.user, data={"devices": count})
            devices.delete()
    if count:
        messages.success(request, f"已重置 {account} 的两步验证:登录只需密码,可在账号设置中重新启用动态口令。")
    else:
        messages.error(request, f"{account} 没有动态口令设备,无需重置。")
    return redirect("accounts_login_security")


def refused(request, reason):
    context = {"page_title": TITLE, "header_title": TITLE, "header_icon": "lock", "reason": reason}
    return TemplateResponse(request, "accounts/login_security_refused.html", context, status=403)


class LoginSecurityMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see(request.user)
