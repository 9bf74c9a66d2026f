"""Home and sidebar modules (图片新闻, 全总要闻 …): hand-picked slots, then a query."""

from django.conf import settings
from django.core.exceptions import ValidationError
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
        from news.queries import latest_articles, live_articles

        curated = getattr(self, "curated", None)
        if curated is None:
            curated = Curation.in_force(timezone.now(), Curation.Place.MODULE, self) if self.pk else {}
        excluded = set(curated.get(Curation.Action.EXCLUDE, ()))
        put_first = live_articles().in_bulk(curated.get(Curation.Action.PIN, ()))
        first = [put_first[pk] for pk in curated.get(Curation.Action.PIN, ()) if pk in put_first]
        # An article pinned twice shows once, in its first place; one taken out shows nowhere.
        pinned = {article.id: article for article in first + self.pinned_articles() if article.id not in excluded}
        pinned = list(pinned.values())[: self.size]
        missing = self.size - len(pinned)
        if missing <= 0 or (self.channel_id is None and not self.tag):
            return pinned
        filled = latest_articles(
            channel=self.channel,
            tag=self.tag or None,
            with_image=self.style != self.Style.LIST,
            limit=self.size + len(excluded),
        )
        skipped = excluded | {a.id for a in pinned}
        return pinned + [a for a in filled if a.id not in skipped][:missing]


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


class Curation(models.Model):
    """人工干预: an editor puts an article first in 新闻排行 or a home module, or takes it out,
    and says why. Rows are the log: they are never deleted, an intervention ends at its end
    time or when it is lifted (who and when kept too)."""

    class Place(models.TextChoices):
        RANKING = "ranking", "新闻排行"
        MODULE = "module", "首页模块"

    class Action(models.TextChoices):
        PIN = "pin", "置顶"
        EXCLUDE = "exclude", "撤下"

    place = models.CharField("位置", max_length=10, choices=Place.choices)
    module = models.ForeignKey(
        Module, verbose_name="模块", null=True, blank=True, on_delete=models.PROTECT, related_name="curations"
    )
    action = models.CharField("操作", max_length=10, choices=Action.choices)
    article = models.ForeignKey("news.Article", verbose_name="稿件", on_delete=models.CASCADE, related_name="+")
    reason = models.TextField("理由", max_length=500)
    ends_at = models.DateTimeField("截止时间", null=True, blank=True, help_text="留空则一直有效,直到撤销")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="操作人",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    made_at = models.DateTimeField("操作时间", default=timezone.now, editable=False)
    lifted = models.BooleanField("撤销", default=False, help_text="撤销后不再生效,记录保留")
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="撤销人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    lifted_at = models.DateTimeField("撤销时间", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = verbose_name_plural = "人工干预"
        ordering = ["-made_at"]

    def __str__(self):
        return f"{self.get_action_display()}《{self.article}》"

    def clean(self):
        if self.place == self.Place.MODULE and (self.module is None or self.module.region != Module.Region.HOME):
            raise ValidationError({"module": "请选择一个首页模块"})
        if self.place == self.Place.RANKING:
            self.module = None
        if not self.reason.strip():
            raise ValidationError({"reason": "请写明理由"})

    @classmethod
    def in_force(cls, now, place, module=None):
        """{action: [article ids]} of the interventions in force at `place` now, oldest first."""
        return cls.in_force_by_module(now, place, [module.pk if module else None]).get(module.pk if module else None)

    @classmethod
    def in_force_by_module(cls, now, place, module_ids):
        """{module id (None: 新闻排行): {action: [article ids]}} in one query."""
        rows = cls.objects.filter(place=place, lifted=False).filter(models.Q(ends_at=None) | models.Q(ends_at__gt=now))
        rows = rows.filter(module=None) if None in module_ids else rows.filter(module_id__in=module_ids)
        found = {pk: {cls.Action.PIN: [], cls.Action.EXCLUDE: []} for pk in module_ids}
        for module_id, action, article_id in rows.order_by("made_at").values_list("module_id", "action", "article_id"):
            found[module_id][action].append(article_id)
        return found
