"""Who sent a request, for rate limits and the records the law asks a site to keep."""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The reader's address, or None. Behind nginx, REMOTE_ADDR is nginx itself, which appends
    the address it saw to X-Forwarded-For ($proxy_add_x_forwarded_for): only that last item was
    not typed by the client, and it is believed only when nginx (PROXY_ADDRESSES) sent it."""
    address = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and address in settings.PROXY_ADDRESSES:
        address = forwarded.split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def within_limit(request, scope, limit, seconds):
    """Count one more `scope` action from this address; False once `limit` were made within
    `seconds` (a fixed window, kept in the shared cache so every worker counts together)."""
    key = f"limit:{scope}:{client_address(request)}"
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # the window ended between add and incr
        cache.set(key, 1, seconds)
        return True
