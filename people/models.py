"""Authors who sign articles, and the leadership directory (全总领导)."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class Author(index.Indexed, models.Model):
    """A name that appears in bylines (作者); optionally a staff account."""

    name = models.CharField("姓名", max_length=60, unique=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="账号",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author",
    )

    panels = [FieldPanel("name"), FieldPanel("user")]
    # Found in the byline chooser by any part of the name (sitesearch.admin_search).
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "作者"
        verbose_name_plural = "作者"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Leader(Orderable):
    """One person of 全总领导: a name and one or more titles, shown in this order."""

    name = models.CharField("姓名", max_length=20, unique=True)
    titles = models.TextField("职务", help_text="每行一个职务,按显示顺序排列")

    panels = [FieldPanel("name"), FieldPanel("titles")]

    class Meta(Orderable.Meta):
        verbose_name = "领导"
        verbose_name_plural = "全总领导"

    def __str__(self):
        return self.name

    @property
    def title_list(self):
        return [line.strip() for line in self.titles.splitlines() if line.strip()]

    @property
    def titles_display(self):
        return ",".join(self.title_list)
