"""Admin POSTs that no form made (fields missing, non-JSON where the form sends JSON) are a
400 that says so and change nothing, not a 500."""

import pytest
from django.urls import reverse

from news.testing import article_form, make_article


@pytest.fixture
def article(channel):
    return make_article(channel, "劳模工匠进校园")


def without(data, *keys):
    return {key: value for key, value in data.items() if key not in keys}


BLOCK = {"body-count": "1", "body-0-type": "paragraph", "body-0-order": "0", "body-0-id": "a", "body-0-deleted": ""}


@pytest.mark.parametrize(
    "crafted",
    [
        lambda data: without(data, "body-count"),  # what a revert posted by hand lacked
        lambda data: {**data, **BLOCK, "body-0-value": "不是 JSON{"},  # a rich-text value
        lambda data: {**data, "body-count": "99999"},  # blocks announced, none sent
        lambda data: {**without(data, "body-count"), "title": "改过的标题"},
    ],
)
def test_a_crafted_edit_is_refused_and_changes_nothing(admin_client, article, crafted):
    revisions = article.revisions.count()
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    response = admin_client.post(url, crafted(article_form(article, title="改过的标题")))
    assert response.status_code == 400
    assert "未作任何修改" in response.content.decode()
    article.refresh_from_db()
    assert article.title == "劳模工匠进校园"
    assert article.revisions.count() == revisions


def test_the_form_as_sent_still_saves(admin_client, article):
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    response = admin_client.post(url, article_form(article, title="改过的标题"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "改过的标题"
