"""The request being answered, for entries appended from signals that carry none (a Wagtail
log entry saved, a group's permissions changed): who did it and from which address."""

import ipaddress
from contextvars import ContextVar

from django.conf import settings

_request = ContextVar("audit_trail_request", default=None)


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def current_request():
    return _request.get()


def client_address(request):
    """The reader's address. Behind nginx, REMOTE_ADDR is nginx itself, which appends the
    address it saw to X-Forwarded-For ($proxy_add_x_forwarded_for): only that last item was
    not typed by the client, and it is believed only when nginx (PROXY_ADDRESSES) sent it."""
    address = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and address in settings.PROXY_ADDRESSES:
        address = forwarded.split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
