"""专题: topic pages under one index page (/zhuanti/), each a header image, an
introduction and sections of articles."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from news.paging import paginate
from news.portal_page import PortalPage

from .blocks import SectionBlock


class TopicIndex(PortalPage, Page):
    """专题列表: every live topic, newest first."""

    intro = models.TextField("介绍", blank=True)
    per_page = models.PositiveSmallIntegerField("每页条数", default=20)

    parent_page_types = ["news.HomePage"]
    subpage_types = ["topics.Topic"]
    max_count = 1
    template = "topics/topic_index.html"

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]

    class Meta:
        verbose_name = "专题列表"
        verbose_name_plural = "专题列表"

    def get_context(self, request, *args, **kwargs):
        from .queries import live_topics

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = paginate(request, live_topics().child_of(self), self.per_page)
        return context


class Topic(PortalPage, Page):
    """专题. A topic is published only with its header image; drafts may wait for one."""

    header_image = models.ForeignKey(
        "pictures.Picture",
        verbose_name="题图",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        error_messages={"blank": "专题须有题图才能发布。"},
    )
    intro = models.TextField("导语")
    sections = StreamField([("section", SectionBlock())], verbose_name="版块", blank=True)

    parent_page_types = ["topics.TopicIndex"]
    subpage_types = []
    template = "topics/topic_page.html"

    content_panels = Page.content_panels + [FieldPanel("header_image"), FieldPanel("intro"), FieldPanel("sections")]

    class Meta:
        verbose_name = "专题"
        verbose_name_plural = "专题"

    def get_context(self, request, *args, **kwargs):
        from .queries import topic_sections

        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_parent()
        context["sections"] = topic_sections(self)
        return context
