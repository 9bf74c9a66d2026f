"""A picture of more pixels than a newsroom needs is refused at upload, before any
rendition decodes it: a small file can hold a bitmap of hundreds of megabytes."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from pictures.models import Picture


def png(width, height):
    """A one-bit PNG: a few kilobytes on disk whatever its size in pixels."""
    data = io.BytesIO()
    Image.new("1", (width, height)).save(data, "PNG")
    return SimpleUploadedFile(f"{width}x{height}.png", data.getvalue(), content_type="image/png")


@pytest.mark.parametrize("size", [(60000, 2000), (8000, 5001)])
def test_a_bitmap_past_40_million_pixels_is_refused(admin_client, size):
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "长图", "file": png(*size), "collection": 1})
    assert response.status_code == 200
    assert "像素" in response.content.decode()
    assert not Picture.objects.exists()


def test_a_camera_photo_is_taken(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "照片", "file": png(7360, 4912), "collection": 1}
    )
    assert response.status_code == 302
    assert Picture.objects.get().width == 7360
