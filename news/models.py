"""Home page, channels (栏目), month folders and articles of the public portal."""

import functools
import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, router
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from delivery.memo import remember
from delivery.tags import SITE, shows
from people.bylines import Credit, format_credits

from . import publish_times
from .blocks import ArticleBodyBlock
from .events import article_saved
from .forms import ArticleForm
from .paging import paginate
from .portal_page import PortalPage
from .text import body_text, printable

# The slug of an ArticleFolder (news.filing): an article's address is channel/YYYY-MM/slug/.
MONTH_FOLDER = re.compile(r"[0-9]{4}-[0-9]{2}")
# Dashes and spaces an editor may type before a 副题 (——, ─, --, –, full-width space).
SUBTITLE_DASHES = "—―─–- \u3000"


class HomePage(PortalPage, Page):
    """中工网首页: the site root; its modules are arranged in placement."""

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "news/home_page.html"

    class Meta:
        verbose_name = "首页"

    def route(self, request, path_components):
        """The page at an address in one or two queries whatever its depth, not two per
        level (channel / month / article): by its slug (indexed) and its whole URL path."""
        if not path_components:
            return super().route(request, path_components)
        url_path = self.url_path + "/".join(path_components) + "/"
        at = {"slug": path_components[-1], "url_path": url_path}
        if len(path_components) > 2 and MONTH_FOLDER.fullmatch(path_components[-2]):
            article = Article.at_address(**at)
            if article is not None:
                return article.route(request, [])
        found = Page.objects.filter(**at).values_list("pk", "content_type_id").first()
        if found is None:
            raise Http404("没有这个页面")
        model = ContentType.objects.get_for_id(found[1]).model_class()
        return model.objects.get(pk=found[0]).route(request, [])


class Channel(PortalPage, Page):
    """栏目: a node of the channel tree; its order in the tree is its nav order."""

    class Kind(models.TextChoices):
        NEWS = "news", "新闻列表"
        PICTURES = "pictures", "图片列表"
        VIDEO = "video", "视频列表"
        LINK = "link", "外部链接"

    kind = models.CharField("类型", max_length=10, choices=Kind.choices, default=Kind.NEWS)
    link_url = models.URLField("链接地址", blank=True, help_text="类型为外部链接时(如论坛、博客)必填")
    intro = models.TextField("栏目介绍", blank=True)
    is_subsite = models.BooleanField("作为子站", default=False, help_text="有自己的页头和子栏目导航")
    subsite_title = models.CharField("子站名称", max_length=40, blank=True, help_text="例如:中工工会")
    subsite_logo = models.ForeignKey(
        "pictures.Picture",
        verbose_name="子站标志",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    show_leaders = models.BooleanField("侧栏显示全总领导", default=False, help_text="对子站的所有页面生效")
    per_page = models.PositiveSmallIntegerField("每页条数", default=20)

    parent_page_types = ["news.HomePage", "news.Channel"]
    # An article is written under its channel and filed into its month folder once saved.
    subpage_types = ["news.Channel", "news.ArticleFolder", "news.Article"]
    template = "news/channel_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("link_url"),
        FieldPanel("intro"),
        FieldPanel("per_page"),
        MultiFieldPanel(
            [
                FieldPanel("is_subsite"),
                FieldPanel("subsite_title"),
                FieldPanel("subsite_logo"),
                FieldPanel("show_leaders"),
            ],
            heading="子站",
        ),
    ]
    # The explorer lists a channel's sub-channels, then its month folders newest first
    # (2026-12 before 2026-11): folders have no revisions to order them by.
    admin_default_ordering = "-title"

    class Meta:
        verbose_name = "栏目"
        verbose_name_plural = "栏目"

    def clean(self):
        super().clean()
        if self.kind == self.Kind.LINK and not self.link_url:
            raise ValidationError({"link_url": "外部链接类型的栏目必须填写链接地址。"})
        if self.is_subsite and not self.subsite_title:
            raise ValidationError({"subsite_title": "作为子站时必须填写子站名称。"})

    @property
    def nav_url(self):
        return self.link_url if self.kind == self.Kind.LINK else self.url

    def subsite(self):
        """The nearest channel, this one included, that is branded as a sub-site."""
        if self.is_subsite:
            return self
        return self._from_tree(
            self.pk,
            "subsite",
            lambda: (
                Channel.objects.ancestor_of(self)
                .filter(is_subsite=True)
                .select_related("subsite_logo")
                .order_by("-depth")
                .first()
            ),
        )

    def sub_channels(self):
        """The live channels right below this one that are shown in menus (子栏目导航)."""
        return self._from_tree(
            self.pk, "sub-channels", lambda: list(Channel.objects.child_of(self).live().in_menu().order_by("path"))
        )

    def trail(self):
        """The channels from the top of the nav down to this one, for breadcrumbs."""
        return self._from_tree(
            self.pk,
            "trail",
            lambda: list(Channel.objects.ancestor_of(self, inclusive=True).filter(depth__gte=3).order_by("depth")),
        )

    def list_channel_ids(self):
        """This channel and every channel below it: a list shows them all."""
        return self._from_tree(
            self.pk,
            "list-ids",
            lambda: list(Channel.objects.descendant_of(self, inclusive=True).values_list("id", flat=True)),
        )

    @classmethod
    def known(cls, pk):
        """The channel of this id, remembered until the tree changes (every article page
        names its channel; its title and place change only with the tree)."""
        return cls._from_tree(pk, "page", lambda: cls.objects.get(pk=pk))

    @staticmethod
    def _from_tree(pk, what, read):
        """What the channel tree says of this channel, remembered until the tree changes
        (any channel published, moved or deleted purges the site-wide tag). `read` builds
        its query only when called: building one costs as much as a cache hit."""

        def look():
            shows(SITE)
            return read()

        return remember(f"channel:{pk}:{what}", look)

    def serve(self, request, *args, **kwargs):
        if self.kind == self.Kind.LINK:
            return HttpResponseRedirect(self.link_url)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .queries import channel_article_count, channel_articles

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, channel_articles(self), self.per_page, channel_article_count(self))
        context["subsite"] = self.subsite()
        return context


class ArticleFolder(PortalPage, Page):
    """A month of one channel (e.g. 2018-12). Articles live in these folders so no
    parent ever holds more than a month of articles: the tree and the admin stay fast."""

    parent_page_types = ["news.Channel"]
    subpage_types = ["news.Article"]

    class Meta:
        verbose_name = "月份目录"
        verbose_name_plural = "月份目录"

    def serve(self, request, *args, **kwargs):
        return HttpResponsePermanentRedirect(self.get_parent().url)


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.Article", on_delete=models.CASCADE, related_name="tagged_items")


class Article(PortalPage, Page):
    """新闻稿件. `title` is the 标题; the 引题 and 副题 sit above and below it."""

    kicker = models.CharField("引题", max_length=255, blank=True)
    subtitle = models.CharField("副题", max_length=255, blank=True)
    summary = models.TextField("摘要", blank=True)
    lead_image = models.ForeignKey(
        "pictures.Picture",
        verbose_name="题图",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleBodyBlock(), verbose_name="正文", blank=True)
    source = models.CharField("来源", max_length=100)
    # 转载: a story taken from another news unit keeps its origin on the page, and its
    # original title is shown as it was (互联网新闻信息服务管理规定: no distorting titles).
    reprint = models.BooleanField(
        "转载", default=False, help_text="转自其他新闻单位的稿件;须填写来源(原发单位)和原标题"
    )
    original_author = models.CharField("原作者", max_length=100, blank=True)
    original_title = models.CharField("原标题", max_length=255, blank=True, help_text="转载稿件的原标题,签发后不能再改")
    original_url = models.URLField("原文网址", max_length=500, blank=True)
    # 责任编辑: chosen by the desk, not the reporter (the field is shown to those who may
    # assign it); left blank, 初审 records its reviewer (review.models.ReviewTask).
    editor = models.CharField("编辑", max_length=60, blank=True, help_text="责任编辑;留空时由初审编辑署名")
    publish_time = models.DateTimeField(
        "发布时间",
        null=True,
        blank=True,
        db_index=True,
        help_text="留空则取上线时间;上线后不随修改而变",
    )
    primary_channel = models.ForeignKey(
        Channel,
        verbose_name="所属栏目",
        editable=False,
        null=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    tags = ClusterTaggableManager("标签", through=ArticleTag, blank=True)

    parent_page_types = ["news.ArticleFolder", "news.Channel"]
    subpage_types = []
    template = "news/article_page.html"
    base_form_class = ArticleForm

    content_panels = [
        FieldPanel("kicker"),
        FieldPanel("title"),
        FieldPanel("subtitle"),
        InlinePanel("bylines", label="作者", min_num=0),
        FieldPanel("publish_time"),
        FieldPanel("summary"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("source"),
        MultiFieldPanel(
            [
                FieldPanel("reprint"),
                FieldPanel("original_title"),
                FieldPanel("original_author"),
                FieldPanel("original_url"),
            ],
            heading="转载",
        ),
        FieldPanel("editor", permission="news.assign_editor"),
        FieldPanel("tags"),
        InlinePanel("listings", label="同时发布到栏目", heading="多栏目发布"),
    ]
    # The text is searched through the portal's Chinese index (sitesearch.admin_search), not
    # by Wagtail's: only the title is matched here, as a substring, for drafts.
    search_fields = Page.search_fields + [
        index.FilterField("publish_time"),
        index.FilterField("primary_channel"),
    ]

    class Meta:
        verbose_name = "稿件"
        verbose_name_plural = "稿件"
        indexes = [models.Index(fields=["primary_channel", "-publish_time"], name="article_channel_time")]
        permissions = [("assign_editor", "可指定责任编辑")]

    @classmethod
    def at_address(cls, slug, url_path):
        """The article at an address, or None. The query is the ORM's own, compiled once:
        compiling this join of some sixty columns on every request took longer than running it."""
        alias = router.db_for_read(cls)
        return next(iter(cls.objects.raw(_address_sql(alias), [slug, url_path]).using(alias)), None)

    @classmethod
    def from_db(cls, db, field_names, values):
        # Whatever shows an article, a list or a box or its page, is purged when it changes.
        article = super().from_db(db, field_names, values)
        shows(f"a:{article.pk}")
        return article

    def clean(self):
        super().clean()
        problem = publish_times.problem(self.publish_time, self.go_live_at)
        if problem:
            raise ValidationError({"publish_time": problem})
        problems = self._reprint_problems()
        if problems:
            raise ValidationError(problems)

    def _reprint_problems(self):
        """A 转载 names the news unit it came from and its original title; once the article
        has been online, that title stays as it was shown."""
        from siteconfig.models import SiteSettings

        if not self.reprint:
            return {}
        problems = {}
        default_name = SiteSettings._meta.get_field("site_name").default
        own_names = {"", default_name, *SiteSettings.objects.values_list("site_name", flat=True)}
        if self.source.strip() in own_names:
            problems["source"] = "转载稿件须填写原发新闻单位作为来源,不能是本站"
        if not self.original_title.strip():
            problems["original_title"] = "转载稿件须填写原标题"
        elif self.pk:
            online = Article.objects.filter(pk=self.pk, reprint=True).exclude(live=False, first_published_at=None)
            shown = online.values_list("original_title", flat=True).first()
            if shown and shown != self.original_title:
                problems["original_title"] = f"原标题已随稿件发布,不能改动(原为“{shown}”)"
        return problems

    # Typed or pasted text, kept only as far as XML carries it (news.text.printable).
    TEXT_FIELDS = ("title", "seo_title", "search_description", "kicker", "subtitle", "summary", "source", "editor")
    TEXT_FIELDS += ("original_author", "original_title")

    def save(self, *args, **kwargs):
        for name in self.TEXT_FIELDS:
            setattr(self, name, printable(getattr(self, name)))
        # The channel is derived from where the article is filed, never typed twice: the
        # page two levels up (channel / month folder / article), or the parent while a new
        # article waits under its channel to be filed (news.wagtail_hooks).
        if self.path:
            parent = self.path[: -self.steplen]
            above = Channel.objects.filter(path__in=[parent, parent[: -self.steplen]]).order_by("-depth")
            self.primary_channel_id = above.values_list("id", flat=True).first()
        if self.publish_time is None and self.live:
            self.publish_time = self._go_live_time()
        super().save(*args, **kwargs)
        article_saved.send(sender=Article, instance=self)

    def _go_live_time(self):
        """When a blank 发布时间 is filled: the time stored at first publication, else the
        scheduled go-live time (even when the scheduler runs late), else now."""
        stored = Article.objects.filter(pk=self.pk).values_list("publish_time", flat=True).first() if self.pk else None
        if stored:
            return stored
        now = timezone.now()
        return min(self.go_live_at, now) if self.go_live_at else now

    def with_content_json(self, content):
        # Drafts saved before first publication hold no 发布时间; show the live one.
        article = super().with_content_json(content)
        if article.publish_time is None:
            article.publish_time = self.publish_time
        return article

    def body_text(self):
        """The body as plain text, one paragraph per line."""
        return body_text(self.body)

    @cached_property
    def credits(self):
        """署名 in byline order as (role, name), read once for the page and its metadata."""
        return [Credit(byline.role, byline.author.name) for byline in self.bylines.select_related("author")]

    @property
    def author_names(self):
        """The people of the byline, each once (feeds and structured data name people, not roles)."""
        return list(dict.fromkeys(credit.name for credit in self.credits))

    @property
    def byline_text(self):
        """The byline as the page shows it: "本报记者 林某 通讯员 王某"."""
        return format_credits(self.credits)

    @property
    def subtitle_text(self):
        """副题 without the 破折号 the page puts before it, had the editor typed one too."""
        return self.subtitle.lstrip(SUBTITLE_DASHES)

    @cached_property
    def tag_names(self):
        """标签, read once for the page's footer and its metadata."""
        return [tag.name for tag in self.tags.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.primary_channel_id is not None:
            self.primary_channel = Channel.known(self.primary_channel_id)
        channel = self.primary_channel
        context["channel"] = channel
        context["subsite"] = channel.subsite() if channel else None
        context["calendar_day"] = self.publish_time
        return context


@functools.cache
def _address_sql(alias):
    query = Article.objects.filter(slug="").filter(url_path="").order_by("pk")[:1].query
    return query.get_compiler(using=alias).as_sql()[0]  # its parameters: slug, then url_path


class ArticleListing(Orderable):
    """多栏目发布: a further channel whose list shows the article. The article keeps one
    URL, under the channel it is filed in."""

    article = ParentalKey(Article, on_delete=models.CASCADE, related_name="listings")
    channel = models.ForeignKey(
        Channel,
        verbose_name="栏目",
        on_delete=models.CASCADE,
        related_name="listed_articles",
        limit_choices_to={"kind__in": [Channel.Kind.NEWS, Channel.Kind.PICTURES, Channel.Kind.VIDEO]},
    )

    panels = [FieldPanel("channel")]

    class Meta(Orderable.Meta):
        verbose_name = "同时发布栏目"
        constraints = [models.UniqueConstraint(fields=["article", "channel"], name="article_listed_once_per_channel")]
        indexes = [models.Index(fields=["channel", "article"], name="listing_channel_article")]

    def clean(self):
        super().clean()
        # The admin form hands a new row its (maybe unsaved) article: see ArticleForm.
        known = self.article_id is not None or ArticleListing.article.is_cached(self)
        if known and self.channel_id is not None and self.channel_id == self.article.primary_channel_id:
            raise ValidationError({"channel": "稿件本就在这个栏目发布,“同时发布到栏目”请选其他栏目。"})


class Byline(Orderable):
    """署名: one author of an article, in the order the byline shows them."""

    article = ParentalKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey("people.Author", verbose_name="作者", on_delete=models.PROTECT, related_name="+")
    role = models.CharField(
        "署名角色",
        max_length=20,
        blank=True,
        help_text="如 本报记者、记者、通讯员、实习生、特约撰稿人、摄影、文/图;不填则只署姓名",
    )

    panels = [FieldRowPanel([FieldPanel("role"), FieldPanel("author")])]

    class Meta(Orderable.Meta):
        verbose_name = "署名"
