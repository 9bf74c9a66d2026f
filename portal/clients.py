"""Who sent a request, for rate limits and the records the law asks a site to keep."""

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The reader's address. Behind nginx the socket is nginx's own, so production reads the
    header nginx sets from the connection (CLIENT_ADDRESS_HEADER), which a client cannot forge."""
    if settings.CLIENT_ADDRESS_HEADER:
        given = request.headers.get(settings.CLIENT_ADDRESS_HEADER, "").strip()
        if given:
            return given
    return request.META.get("REMOTE_ADDR", "")


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
