"""Production headers: a Content-Security-Policy without 'unsafe-inline' on the public pages
(kept by the page cache), a Permissions-Policy, and `check --deploy` clean with the
production settings (HSTS, HTTPS redirect, secure cookies)."""

import os
import secrets
import subprocess  # noqa: S404 - manage.py of this project
import sys

from django.conf import settings

from news.testing import make_article


def test_public_pages_allow_only_the_sites_own_scripts_and_styles(client, channel):
    article = make_article(channel, "劳模工匠进校园")
    for url in ("/", channel.url, article.url, "/calendar/", "/search/?q=劳模", "/no-such-page/"):
        for response in (client.get(url), client.get(url)):  # built, then from the page cache
            policy = response["Content-Security-Policy"]
            assert "script-src 'self'" in policy and "style-src 'self'" in policy, url
            assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, url
            assert "object-src 'none'" in policy, url
            assert "camera=()" in response["Permissions-Policy"], url
            html = response.content.decode()
            assert ' style="' not in html and "<style" not in html, url


def test_the_admin_keeps_its_inline_scripts(admin_client):
    assert "Content-Security-Policy" not in admin_client.get("/admin/")


def test_check_deploy_is_clean_with_the_production_settings(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "www.example.cn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
        "HTTPS": "1",
    }
    command = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    result = subprocess.run(command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True)  # noqa: S603
    assert result.returncode == 0, result.stdout + result.stderr
