import os

from .base import *  # noqa: F403

SECRET_KEY = os.environ["SECRET_KEY"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = os.environ.get("HTTPS", "1") == "1"
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "0") == "1"
# Several worker processes would each run it: a timer runs `manage.py publish_scheduled` instead.
SCHEDULER_SECONDS = int(os.environ.get("SCHEDULER_SECONDS", "0"))
# Hashed names (site.3f9a….css) that nginx serves with a year's lifetime, with .gz beside them.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}  # noqa: F405
