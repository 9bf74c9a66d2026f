"""The admin carries the newsroom's name and logo, not Wagtail's links, version or banner."""

import re

import pytest

from review.testing import make_staff_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_in_chief(client, home):
    user = make_staff_member("zongbian", "总编辑")
    client.force_login(user)
    return user


def test_the_dashboard_is_the_newsrooms(client, editor_in_chief):
    html = " ".join(client.get("/admin/").content.decode().split())
    assert re.search(r"<title>[^<]+ - 中工网编辑部</title>", html)
    assert "> 中工网编辑部 </h1>" in html  # the welcome
    assert 'class="portal-admin-logo"' in html  # the sidebar's logo
    for wagtails in ("Wagtail v", "editor-guide", "whats-new-in-wagtail", "guide.wagtail.org", "docs.wagtail.org"):
        assert wagtails not in html, wagtails


def test_the_login_page_is_the_newsrooms(client, home):
    html = client.get("/admin/login/").content.decode()
    assert "登录中工网编辑部" in html and 'class="portal-admin-logo"' in html


def test_tag_suggestions_are_announced_in_chinese(client, editor_in_chief):
    html = client.get("/admin/").content.decode()
    assert "/static/portal/admin.js" in html
