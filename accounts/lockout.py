"""Login lockout (django-axes): who is asking, and what a locked-out person is told."""

from django.conf import settings
from django.shortcuts import render


def client_ip(request):
    """The client's address. Behind nginx (deploy/nginx/portal.conf) the last PROXIES_IN_FRONT
    entries of X-Forwarded-For were written by our proxies; anything before them came from the
    client and may be forged. Without a proxy in front, the connection's own address."""
    proxies = settings.PROXIES_IN_FRONT
    forwarded = [address.strip() for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [address for address in forwarded if address]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def locked_out(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"minutes": minutes, "failures": settings.AXES_FAILURE_LIMIT}
    return render(request, "accounts/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
