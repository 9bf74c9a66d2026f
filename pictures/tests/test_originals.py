"""Originals (possibly a draft's pictures) reach the newsroom only; readers get renditions."""

import pytest
from django.test import override_settings
from wagtail.images.tests.utils import get_test_image_file

from pictures.models import Picture
from review.roles import REPORTER
from review.testing import make_staff_member


@pytest.fixture
def picture(db):
    return Picture.objects.create(title="独家现场", file=get_test_image_file("scoop.png"))


def test_an_original_is_not_media_for_readers(client, picture):
    url = picture.file.url
    assert url.startswith("/admin/pictures/original/") and url.endswith(".png")
    assert client.get(url).status_code == 302, "to the newsroom's login"
    assert client.get("/media/" + picture.file.name).status_code == 404
    rendition = picture.get_rendition("width-100")
    assert client.get(rendition.url).status_code == 200, "renditions stay public"


def test_the_newsroom_gets_the_original(client, picture):
    client.force_login(make_staff_member("jizhe", REPORTER))
    response = client.get(picture.file.url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    with picture.file.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_behind_nginx_the_app_only_says_yes(client, picture):
    client.force_login(make_staff_member("jizhe", REPORTER))
    with override_settings(MEDIA_ACCEL_PREFIX="/_media/"):
        response = client.get(picture.file.url)
    assert response["X-Accel-Redirect"] == "/_media/" + picture.file.name and response.content == b""


@pytest.mark.parametrize("path", ["../../secret-key", "..%2F..%2Fdb.sqlite3", "nothing-here.png", "%00.png"])
def test_other_paths_are_not_found(client, picture, path):
    client.force_login(make_staff_member("jizhe", REPORTER))
    assert client.get(f"/admin/pictures/original/{path}").status_code in (400, 404)
