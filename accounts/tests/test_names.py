"""People are shown by the name the newsroom writes, never by their login."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.admin.templatetags.wagtailadmin_tags import user_display_name

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"display_name": "王晓明", "first_name": "Xiaoming", "last_name": "Wang"}, "王晓明"),
        ({"first_name": "晓明", "last_name": "王"}, "王晓明"),
        ({"first_name": "晓明", "last_name": "欧阳"}, "欧阳晓明"),
        ({"first_name": "Anna", "last_name": "Schmidt"}, "Anna Schmidt"),
        ({}, "bianji"),
    ],
)
def test_the_admin_shows_the_persons_name(fields, shown):
    user = get_user_model().objects.create_user("bianji", **fields)
    assert user_display_name(user) == shown
    assert str(user) == shown
