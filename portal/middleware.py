import json
import logging

from django.utils.datastructures import MultiValueDictKeyError
from django.views.defaults import bad_request

logger = logging.getLogger(__name__)


class MalformedPostMiddleware:
    """A POST that lacks a field its form always sends (StreamField's `body-count`), or holds
    non-JSON where the form sends JSON (a rich-text value), was not made by the form: Wagtail's
    widgets read such fields without checking, which would be a 500. It is a 400 that says
    nothing was changed (the view stopped before saving)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and isinstance(exception, (MultiValueDictKeyError, json.JSONDecodeError)):
            logger.warning("Malformed POST to %s: %r", request.path, exception)
            return bad_request(request, exception)
        return None


class PermissionsPolicyMiddleware:
    """Powerful browser features no page of the portal uses (camera, microphone, location,
    payment, USB), refused to it and to whatever it embeds. Stored with cached pages."""

    POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.POLICY)
        return response
