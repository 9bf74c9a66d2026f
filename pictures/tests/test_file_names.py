"""A picture's stored names cannot be worked out from the picture: each original and each
rendition carries a random part of its own, so nobody reaches the photo of an article
still in 三审 by guessing its address from the file name or title."""

import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file

from pictures.models import Picture
from review.roles import REPORTER
from review.testing import make_staff_member

TOKEN = "([0-9a-f]{16})"
pytestmark = pytest.mark.django_db


def png(name):
    return get_test_image_file(name).file.getvalue()


def upload(client, name, title):
    data = {"title": title, "file": SimpleUploadedFile(name, png(name), "image/png"), "collection": 1}
    assert client.post(reverse("wagtailimages:add"), data).status_code == 302
    return Picture.objects.filter(title=title).latest("pk")


def token(pattern, name):
    found = re.fullmatch(pattern, name)
    assert found, f"{name} does not match {pattern}"
    return found[1]


def test_two_uploads_of_one_file_name_get_names_nobody_can_guess(admin_client):
    first, second = upload(admin_client, "scoop.png", "独家现场"), upload(admin_client, "scoop.png", "独家现场")
    originals = [token(rf"original_images/scoop-{TOKEN}\.png", p.file.name) for p in (first, second)]
    renditions = [
        token(rf"images/scoop-{TOKEN}\.fill-300x200\.png", p.get_rendition("fill-300x200").file.name)
        for p in (first, second)
    ]
    assert len(set(originals + renditions)) == 4, "each file its own random part"


def test_each_rendition_has_its_own_random_part(admin_client):
    picture = upload(admin_client, "scoop.png", "独家现场")
    small = token(rf"images/scoop-{TOKEN}\.width-100\.png", picture.get_rendition("width-100").file.name)
    large = token(rf"images/scoop-{TOKEN}\.width-400\.png", picture.get_rendition("width-400").file.name)
    assert small != large, "one rendition's address does not give another's"


def test_a_chinese_file_name_keeps_a_readable_ascii_part(admin_client, client):
    picture = upload(admin_client, "独家 现场.png", "独家现场")
    token(rf"original_images/dujia-xianchang-{TOKEN}\.png", picture.file.name)
    rendition = picture.get_rendition("width-100")
    token(rf"images/dujia-xianchang-{TOKEN}\.width-100\.png", rendition.file.name)
    assert client.get(rendition.url).status_code == 200
    client.force_login(make_staff_member("jizhe", REPORTER))
    assert client.get(picture.file.url).status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "\x00\x1b[31m\u202e控制字符.png",
        "ＰＨＯＴＯ２０２４.PNG",
        "職工代表大會.png",
        "很长" * 200 + ".png",
        ".png",
        "../../etc/passwd.png",
    ],
)
def test_odd_file_names_still_get_a_short_ascii_name(name):
    picture = Picture.objects.create(title="图", file=ContentFile(png("x.png"), name))
    token(rf"original_images/[a-z0-9-]{{1,40}}-{TOKEN}\.png", picture.file.name)
    rendition = picture.get_rendition("width-100")
    token(rf"images/[a-z0-9-]{{1,40}}-{TOKEN}\.width-100\.png", rendition.file.name)
    assert default_storage.exists(picture.file.name) and default_storage.exists(rendition.file.name)


def test_a_long_filter_fits_the_column():
    picture = Picture.objects.create(title="图", file=get_test_image_file("a" * 60 + ".png"))
    spec = "fill-1200x630-c80|format-webp|webpquality-80|bgcolor-ffffff"
    rendition = picture.get_rendition(spec)
    name = rendition.file.name
    assert re.fullmatch(rf"images/a+-{TOKEN}\.fill-1200x630-c80[a-z0-9.-]*\.webp", name) and len(name) <= 100


def test_an_original_stored_under_its_old_name_keeps_working(client):
    """Pictures uploaded before keep their names (nothing is renamed); their new renditions
    get a random part all the same."""
    stored = default_storage.save("original_images/legacy-photo.png", ContentFile(png("legacy-photo.png")))
    picture = Picture.objects.create(title="旧图", file=stored, width=640, height=480)
    rendition = picture.get_rendition("width-100")
    token(rf"images/legacy-photo-{TOKEN}\.width-100\.png", rendition.file.name)
    assert client.get(rendition.url).status_code == 200
    client.force_login(make_staff_member("jizhe", REPORTER))
    assert client.get(picture.file.url).status_code == 200
