import os

from .base import *  # noqa: F403

SECRET_KEY = os.environ["SECRET_KEY"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = os.environ.get("HTTPS", "1") == "1"
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "0") == "1"
