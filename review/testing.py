"""Builders for tests that need the newsroom: one user per role, drafts, and the admin's
article form as a browser would post it."""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from news.filing import month_folder
from news.models import Article

from .roles import ADMINISTRATOR, CHIEF_EDITOR, FIRST_READER, REPORTER, SECOND_READER

PASSWORD = "pw-for-tests"  # noqa: S105 -- test accounts only
ROLE_USERS = {
    "reporter": REPORTER,
    "first": FIRST_READER,
    "second": SECOND_READER,
    "chief": CHIEF_EDITOR,
    "admin": ADMINISTRATOR,
}


def make_staff_member(username, role):
    user = get_user_model().objects.create_user(username, f"{username}@example.cn", PASSWORD)
    user.groups.add(Group.objects.get(name=role))
    return user


def newsroom_staff():
    """staff.reporter (记者), .first (编辑, 初审), .second (部门主任, 复审), .chief (总编辑,
    终审), .admin (管理员)."""
    return SimpleNamespace(**{name: make_staff_member(name, role) for name, role in ROLE_USERS.items()})


def draft_article(channel, title, owner, **fields):
    """An article saved as a draft only (never published), the way the editor saves it."""
    fields.setdefault("source", "中工网")
    fields.setdefault("editor", "编辑甲")
    folder = month_folder(channel, timezone.now())
    article = folder.add_child(instance=Article(title=title, live=False, owner=owner, **fields))
    article.save_revision(user=owner)
    return article


def dashboard_panel(client, user, panel_id):
    """The text of one dashboard panel as `user` sees it ("" when the panel is not shown),
    so a leftover flash message can't pass for the panel's content."""
    import lxml.html

    client.force_login(user)
    page = lxml.html.fromstring(client.get(reverse("wagtailadmin_home")).content)
    found = page.xpath(f'//section[starts-with(@id, "{panel_id}")] | //*[@id="{panel_id}"]')
    return found[0].text_content() if found else ""
