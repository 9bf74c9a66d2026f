"""Session rules of the admin (等保2.0)."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout

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
