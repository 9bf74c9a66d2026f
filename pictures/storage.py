"""Where uploads are kept, and how the newsroom's originals are reached.

Readers see pictures through renditions (/media/images/…), which pages create as they are
published. An original may belong to an article still in 三审 (a scoop's photo, a draft's
lead picture), so its address is a checked view (pictures.views.original) for the newsroom,
and nginx never serves original_images/ itself."""

from django.core.files.storage import FileSystemStorage
from django.urls import reverse

ORIGINALS = "original_images/"


class MediaStorage(FileSystemStorage):
    def url(self, name):
        if name and name.startswith(ORIGINALS):
            return reverse("picture_original", args=[name.removeprefix(ORIGINALS)])
        return super().url(name)
