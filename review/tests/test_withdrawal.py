"""撤稿: a live article comes off the site only with a reason, which its history keeps."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from news.testing import make_article


@pytest.fixture
def article(channel):
    return make_article(channel, "需要撤下的稿")


def unpublish(client, article, **data):
    return client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]), data, follow=True)


def test_the_confirmation_asks_for_a_reason(client, staff, article):
    client.force_login(staff.chief)
    page = client.get(reverse("wagtailadmin_pages:unpublish", args=[article.pk])).content.decode()
    assert page.count('name="reason"') == 1 and "撤稿理由" in page


@pytest.mark.parametrize("reason", ["", "   ", "\x0b"])
def test_without_a_reason_nothing_comes_off(client, staff, article, reason):
    client.force_login(staff.chief)
    response = unpublish(client, article, reason=reason)
    assert "请填写撤稿理由" in response.content.decode()
    article.refresh_from_db()
    assert article.live
    assert not PageLogEntry.objects.filter(page=article, action="wagtail.unpublish").exists()


def test_the_reason_is_kept_in_the_history(client, staff, article):
    client.force_login(staff.chief)
    unpublish(client, article, reason="涉及侵权,应权利人要求撤下")
    article.refresh_from_db()
    assert not article.live
    entry = PageLogEntry.objects.get(page=article, action="review.withdraw")
    assert entry.user == staff.chief and entry.data == {"reason": "涉及侵权,应权利人要求撤下"}
    history = client.get(reverse("wagtailadmin_pages:history", args=[article.pk])).content.decode()
    assert "撤稿理由:涉及侵权,应权利人要求撤下" in history


def test_bulk_unpublishing_is_refused(client, staff, article):
    client.force_login(staff.chief)
    explore = reverse("wagtailadmin_explore", args=[article.get_parent().pk])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) + f"?id={article.pk}&next={explore}"
    response = client.post(url, follow=True)
    assert "撤稿须逐篇填写理由" in response.content.decode()
    article.refresh_from_db()
    assert article.live
