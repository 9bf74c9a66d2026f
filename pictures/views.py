"""An original picture for the newsroom only (pictures.storage says why)."""

import mimetypes

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access

from .storage import ORIGINALS


@never_cache
@require_admin_access
def original(request, path):
    name = ORIGINALS + path
    try:
        if not default_storage.exists(name):
            raise Http404("没有这张图片")
    except SuspiciousFileOperation:
        raise Http404("没有这张图片") from None
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if settings.MEDIA_ACCEL_PREFIX:  # nginx sends the file; the app only said yes
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_PREFIX + name
        return response
    return FileResponse(default_storage.open(name), content_type=content_type)
