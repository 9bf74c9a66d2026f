"""The framework ceiling of the delivery benchmark: Django answering the same bytes from one
view with no middleware, served by the same app server as the portal. Nothing of the portal
is loaded; CEILING_BODY names the file whose bytes every request gets."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="ceiling-benchmark-only",  # noqa: S106 - serves one constant page, no sessions
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)
with open(os.environ["CEILING_BODY"], "rb") as body_file:
    BODY = body_file.read()


def page(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("", page)]
application = get_wsgi_application()
