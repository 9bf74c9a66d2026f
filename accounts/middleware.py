"""Session rules of the admin (等保2.0)."""

import time
from functools import cache

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse

from .two_factor import needs_code, needs_enrolment

LAST_ACTIVITY = "accounts.last_activity"
# Requests a page makes by itself while it stays open: they are not someone at work.
BACKGROUND = {"wagtailadmin_editing_sessions"}
# The session is written at most this often, not on every click.
RESOLUTION_SECONDS = 60


class IdleTimeoutMiddleware:
    """Ends a session left idle longer than SESSION_IDLE_MINUTES on its next request. Only a
    request carrying a session cookie is looked at: a reader's request neither reads the
    session (which would add Vary: Cookie) nor gets a cookie, so public pages stay cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES or not request.user.is_authenticated:
            return None
        now, last = time.time(), request.session.get(LAST_ACTIVITY)
        if last is not None and now - last > settings.SESSION_IDLE_MINUTES * 60:
            logout(request)
            messages.info(request, f"已超过 {settings.SESSION_IDLE_MINUTES} 分钟未操作,请重新登录。")
        elif request.resolver_match.namespace not in BACKGROUND and (last is None or now - last >= RESOLUTION_SECONDS):
            request.session[LAST_ACTIVITY] = now
        return None


class SecondFactorMiddleware:
    """Admin pages (Wagtail's and Django's) wait for the 动态口令 of an account that has one
    (accounts.two_factor); with TOTP_REQUIRED_FOR_SUPERUSERS, a superuser without one is sent
    to add it first. Must follow django-otp's OTPMiddleware."""

    ALWAYS_OPEN = {"wagtailadmin_logout", "wagtailadmin_javascript_catalog"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view = request.resolver_match.view_name
        if not request.path.startswith(_admin_prefixes()) or view in self.ALWAYS_OPEN:
            return None
        if view != "accounts_two_factor" and needs_code(request.user):
            return redirect_to_login(request.get_full_path(), reverse("accounts_two_factor"))
        if view != "accounts_two_factor_enrol" and needs_enrolment(request.user):
            return redirect("accounts_two_factor_enrol")
        return None


@cache
def _admin_prefixes():
    return reverse("wagtailadmin_home"), reverse("admin:index")
