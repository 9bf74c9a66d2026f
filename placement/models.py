"""Home and sidebar modules (图片新闻, 全总要闻 …): hand-picked slots, then a query."""

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class Module(Orderable, ClusterableModel):
    """A box of articles. Pinned items come first in their order; the remaining slots
    fill from the module's channel and/or tag, newest first. A 专题 module (热点专题)
    shows the newest live topics instead."""

    class Region(models.TextChoices):
        HOME = "home", "首页"
        SIDEBAR = "sidebar", "侧栏"

    class Style(models.TextChoices):
        LIST = "list", "标题列表"
        PICTURES = "pictures", "图片"
        HEADLINE = "headline", "头条(首条大图)"

    class Source(models.TextChoices):
        ARTICLES = "articles", "稿件"
        TOPICS = "topics", "专题"

    key = models.SlugField("标识", unique=True)
    title = models.CharField("名称", max_length=30)
    region = models.CharField("位置", max_length=10, choices=Region.choices, default=Region.SIDEBAR)
    style = models.CharField("样式", max_length=10, choices=Style.choices, default=Style.LIST)
    source = models.CharField(
        "内容",
        max_length=10,
        choices=Source.choices,
        default=Source.ARTICLES,
        help_text="专题:列出最新的专题,不用手工推荐、栏目和标签",
    )
    channel = models.ForeignKey(
        "news.Channel",
        verbose_name="自动取稿栏目",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tag = models.CharField("自动取稿标签", max_length=50, blank=True)
    size = models.PositiveSmallIntegerField("条数", default=6)

    panels = [
        FieldPanel("title"),
        FieldPanel("key"),
        FieldPanel("region"),
        FieldPanel("style"),
        FieldPanel("source"),
        FieldPanel("channel"),
        FieldPanel("tag"),
        FieldPanel("size"),
        InlinePanel("items", label="手工推荐", heading="手工推荐(排在自动取稿之前)"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "模块"
        verbose_name_plural = "模块"

    def __str__(self):
        return self.title

    def pinned_articles(self):
        """Pinned articles on show now; placement.queries.modules prefetches them for a
        whole region as `showing_items`."""
        items = getattr(self, "showing_items", None)
        if items is None:
            items = ModuleItem.showing(timezone.now()).filter(module=self)
        return [item.article for item in items]

    def entries(self):
        """What the box shows: its articles, or the newest topics of a 专题 module."""
        if self.source == self.Source.TOPICS:
            from topics.queries import newest_topics

            return newest_topics(self.size)
        return self.articles()

    def articles(self):
        from news.queries import latest_articles

        # An article pinned twice shows once, in its first place.
        pinned = list({article.id: article for article in self.pinned_articles()}.values())[: self.size]
        missing = self.size - len(pinned)
        if missing <= 0 or (self.channel_id is None and not self.tag):
            return pinned
        filled = latest_articles(
            channel=self.channel,
            tag=self.tag or None,
            with_image=self.style != self.Style.LIST,
            limit=self.size,
        )
        pinned_ids = {a.id for a in pinned}
        return pinned + [a for a in filled if a.id not in pinned_ids][:missing]


class ModuleItem(Orderable):
    """推荐位: one pinned article, optionally until an end time."""

    module = ParentalKey(Module, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey("news.Article", verbose_name="稿件", on_delete=models.CASCADE, related_name="+")
    ends_at = models.DateTimeField("截止时间", null=True, blank=True, help_text="留空则一直推荐;到时自动撤下")

    panels = [FieldPanel("article"), FieldPanel("ends_at")]

    class Meta(Orderable.Meta):
        verbose_name = "推荐位"
        verbose_name_plural = "推荐位"

    @staticmethod
    def showing(now):
        """Items whose article is live and whose end time, if any, is still ahead."""
        return (
            ModuleItem.objects.filter(article__live=True, article__publish_time__lte=now)
            .filter(models.Q(ends_at=None) | models.Q(ends_at__gt=now))
            .select_related("article", "article__lead_image")
            .order_by("sort_order")
        )
