import os

from .base import *  # noqa: F403

SECRET_KEY = os.environ["SECRET_KEY"]
# nginx sets X-Forwarded-Proto itself (deploy/nginx/portal.conf), whatever a client sends;
# the app listens on loopback only, so no one else can.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
HTTPS = os.environ.get("HTTPS", "1") == "1"  # 0 only on loopback (make run-prod, make bench)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
# Browsers keep to HTTPS for a year once they saw it, sub-sites (xz.…) included, and may list
# the site as HTTPS-only (HSTS_SUBDOMAINS=0 or HSTS_PRELOAD=0 while a sub-site has no certificate).
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("HSTS_SUBDOMAINS", "1") == "1"
SECURE_HSTS_PRELOAD = os.environ.get("HSTS_PRELOAD", "1") == "1"
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "0") == "1"
MEDIA_ACCEL_PREFIX = os.environ.get("MEDIA_ACCEL_PREFIX", "/_media/")
# Several worker processes would each run it: a timer runs `manage.py publish_scheduled` instead.
SCHEDULER_SECONDS = int(os.environ.get("SCHEDULER_SECONDS", "0"))
# Hashed names (site.3f9a….css) that nginx serves with a year's lifetime, with .gz beside them.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}  # noqa: F405
