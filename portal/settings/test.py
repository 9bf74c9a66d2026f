import atexit
import shutil
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105 - never used outside the test run
ALLOWED_HOSTS = ["*"]


def _scratch_folder(prefix):
    """A temporary folder of this test process, removed when the process ends."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


MEDIA_ROOT = _scratch_folder("portal-test-media-")
STATIC_ROOT = _scratch_folder("portal-test-static-")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
PRIVATE_MEDIA_ROOT = _scratch_folder("portal-test-private-")
STORAGES = {
    "default": {"BACKEND": "pictures.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {**PRIVATE_STORAGE, "OPTIONS": {**PRIVATE_STORAGE["OPTIONS"], "location": PRIVATE_MEDIA_ROOT}},  # noqa: F405
}
# No flush thread and no exit flush: a test flushes explicitly, and nothing buffered by
# a test may reach the developer's own database when pytest exits.
RANKING_FLUSH_SECONDS = 0
# A test runs scheduler passes itself, under a clock it controls.
SCHEDULER_SECONDS = 0
# The audit trail refuses UPDATE, and restoring a snapshot updates rows that exist: a test's
# trail is emptied with the rest by flush (audit_trail's own command) and starts anew.
TEST_NON_SERIALIZED_APPS = ["audit_trail"]
