"""Times in the admin are Beijing wall time for every user, whatever the server's clock or
the user's profile says."""

from datetime import UTC, datetime
from importlib import import_module

import pytest
from django.apps import apps
from wagtail.models import Page
from wagtail.users.models import UserProfile

from news.testing import beijing, make_article

# 2018-12-24 23:56:26 UTC is 07:56 the next morning in Beijing.
PUBLISHED = beijing(2018, 12, 25, 7, 56, 26)
EDITED_UTC = datetime(2018, 12, 24, 23, 56, 26, tzinfo=UTC)


@pytest.fixture
def article(channel):
    article = make_article(channel, "职工代表大会胜利召开", when=PUBLISHED)
    Page.objects.filter(pk=article.pk).update(latest_revision_created_at=EDITED_UTC)
    return article


def test_the_editor_shows_the_publish_time_in_beijing_time(admin_client, article):
    page = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'name="publish_time" value="2018-12-25 07:56"' in page


def test_the_page_listing_shows_the_update_time_in_beijing_time(admin_client, article):
    page = admin_client.get(f"/admin/pages/{article.get_parent().pk}/").content.decode()
    assert 'data-w-tooltip-content-value="2018年12月25日 07:56"' in page


def test_nobody_can_choose_another_time_zone(admin_client):
    assert 'name="current_time_zone"' not in admin_client.get("/admin/account/").content.decode()


def test_time_zones_picked_before_are_forgotten(admin_client, admin_user, article):
    profile = UserProfile.get_for_user(admin_user)
    profile.current_time_zone = "Europe/London"
    profile.save()
    editor = f"/admin/pages/{article.pk}/edit/"
    assert 'value="2018-12-24 23:56"' in admin_client.get(editor).content.decode()
    import_module("accounts.migrations.0002_beijing_time_for_everyone").forget_time_zones(apps, None)
    assert 'value="2018-12-25 07:56"' in admin_client.get(editor).content.decode()
