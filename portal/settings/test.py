import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105 - never used outside the test run
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# No flush thread and no exit flush: a test flushes explicitly, and nothing buffered by
# a test may reach the developer's own database when pytest exits.
RANKING_FLUSH_SECONDS = 0
# A test runs scheduler passes itself, under a clock it controls.
SCHEDULER_SECONDS = 0
