import os

from .base import *  # noqa: F403
from .base import VAR_DIR
from .secrets import local_secret_key

DEBUG = os.environ.get("DEBUG", "1") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key(VAR_DIR)
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
