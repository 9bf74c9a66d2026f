from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from .naming import original_name, rendition_name


class Picture(AbstractImage):
    """A news photo: the caption and credit travel with the image, not the article."""

    caption = models.CharField("图片说明", max_length=255, blank=True)
    credit = models.CharField("摄影/来源", max_length=100, blank=True)

    admin_form_fields = Image.admin_form_fields + ("caption", "credit")

    @property
    def default_alt_text(self):
        # What the picture shows, for readers who cannot see it: its alt text (Wagtail's
        # description), else its caption; the title is a file name for the library.
        return self.description or self.caption or self.title

    def get_upload_to(self, filename):
        # Wagtail's hook (wagtail.images.models.get_upload_to): a name nobody can guess.
        return original_name(filename)

    class Meta(AbstractImage.Meta):
        verbose_name = "图片"
        verbose_name_plural = "图片"


class PictureRendition(AbstractRendition):
    image = models.ForeignKey(Picture, on_delete=models.CASCADE, related_name="renditions")

    def get_upload_to(self, filename):
        # Wagtail names `filename` after the original; ours gets a random part of its own.
        return rendition_name(self.image.file.name, self.filter_spec, filename)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
