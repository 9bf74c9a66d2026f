"""Login lockout (django-axes): what a locked-out person is told (who is asking: portal.clients)."""

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    context = {"minutes": cool_off_minutes(), "failures": settings.AXES_FAILURE_LIMIT}
    return render(request, "accounts/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def cool_off_minutes():
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
