"""The demo's administrator: made once, with a generated password kept under VAR_DIR."""

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from accounts.passwords import generate_password

USERNAME = "admin"


def password_file() -> Path:
    return Path(settings.VAR_DIR) / "demo-admin.txt"


def ensure_admin() -> str | None:
    """The admin's password: the stored one, or a new one when the account is made or
    the file is gone. None when the stored one no longer works (changed in the admin)."""
    user_model, path = get_user_model(), password_file()
    user = user_model.objects.filter(username=USERNAME).first()
    if user is not None and path.exists():
        stored = path.read_text().strip()
        return stored if user.check_password(stored) else None
    password = generate_password()
    with transaction.atomic():
        if user is None:
            user_model.objects.create_superuser(USERNAME, email="", password=password)
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        _store(path, password)
    return password


def _store(path, password):
    """Readable by the owner only, from the first byte on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as file:
        file.write(password + "\n")
    path.chmod(0o600)
