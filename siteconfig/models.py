"""Site-wide facts edited in the admin: footer, licences, hotlines, follow panel, links.

Templates read them through `settings.siteconfig.SiteSettings`; nothing here is typed
into a template."""

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from news.portal_page import PortalPage

from . import licences

YEAR = "{年}"


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    site_name = models.CharField("网站名称", max_length=40, default="中工网")
    home_label = models.CharField("导航首页名称", max_length=20, default="中工网首页")
    slogan = models.CharField("口号", max_length=100, blank=True)
    default_source = models.CharField(
        "默认来源", max_length=100, blank=True, help_text="新稿件的“来源”预先填这一项;留空则填网站名称"
    )
    copyright = models.CharField(
        "版权声明行", max_length=200, blank=True, help_text="“{年}”显示为当年,如:© 2008-{年} 中工网 版权所有"
    )
    submission_email = models.EmailField("投稿邮箱", blank=True)
    report_email = models.EmailField("违法和不良信息举报邮箱", blank=True)
    minors_report = models.CharField(
        "未成年人举报", max_length=60, blank=True, help_text="涉未成年人有害信息的举报电话或邮箱"
    )
    report_centre_name = models.CharField("国家举报中心名称", max_length=40, default="中国互联网违法和不良信息举报中心")
    report_centre_url = models.URLField("国家举报中心网址", blank=True, default="https://www.12377.cn/")
    follow_title = models.CharField("关注面板标题", max_length=20, default="扫码关注")
    logo = models.ForeignKey(
        "pictures.Picture",
        verbose_name="网站标志",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="搜索引擎和分享卡片中的发布者标志,宜为正方形、至少 112×112 像素;留空时使用内置标志",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("site_name"),
                FieldPanel("home_label"),
                FieldPanel("slogan"),
                FieldPanel("default_source"),
                FieldPanel("logo"),
            ],
            heading="网站",
        ),
        MultiFieldPanel([FieldPanel("copyright"), FieldPanel("submission_email")], heading="页脚"),
        InlinePanel("licences", heading="备案与许可证", label="许可证"),
        InlinePanel("footer_links", heading="页脚链接", label="链接"),
        InlinePanel("hotlines", heading="举报电话", label="电话"),
        MultiFieldPanel(
            [
                FieldPanel("report_email"),
                FieldPanel("minors_report"),
                FieldPanel("report_centre_name"),
                FieldPanel("report_centre_url"),
            ],
            heading="举报",
        ),
        FieldPanel("follow_title"),
        InlinePanel("social_accounts", heading="扫码关注", label="账号"),
        InlinePanel("friendly_links", heading="友情链接", label="链接"),
    ]

    class Meta:
        verbose_name = "站点设置"

    def source_for_new_articles(self):
        return self.default_source or self.site_name

    def copyright_line(self):
        """The 版权声明行 with {年} as this year in Beijing."""
        return self.copyright.replace(YEAR, str(timezone.localtime().year))

    def copyright_changes_at(self):
        """When copyright_line changes by itself: the next new year, if it shows the year."""
        if YEAR not in self.copyright:
            return None
        now = timezone.localtime()
        return now.replace(year=now.year + 1, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)


class Licence(Orderable):
    """A filing or licence number of the footer (京ICP证…, 互联网新闻信息服务许可证…)."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="licences")
    text = models.CharField("内容", max_length=120)
    kind = models.CharField(
        "类别",
        max_length=15,
        choices=licences.KINDS,
        blank=True,
        help_text="留空则按内容判断(京ICP证、ICP备、公网安备…)",
    )
    url = models.URLField("链接", blank=True, help_text="留空则链接到国家的备案查询系统")
    row = models.PositiveSmallIntegerField("所在行", default=1)

    panels = [FieldPanel("text"), FieldPanel("kind"), FieldPanel("url"), FieldPanel("row")]

    def save(self, *args, **kwargs):
        self.kind = self.kind or licences.kind_of(self.text)
        super().save(*args, **kwargs)

    @property
    def is_police_filing(self):
        return self.kind == licences.POLICE_FILING

    def href(self):
        return self.url or licences.lookup_url(self.kind or licences.kind_of(self.text), self.text)


class FooterLink(Orderable):
    """关于我们, 广告服务 …: a page of the site, an address, or the submission mailbox."""

    class Kind(models.TextChoices):
        PAGE = "page", "站内页面"
        URL = "url", "网址"
        EMAIL = "email", "投稿邮箱"

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
    label = models.CharField("名称", max_length=30)
    kind = models.CharField("类型", max_length=5, choices=Kind.choices, default=Kind.PAGE)
    page = models.ForeignKey(
        Page, verbose_name="页面", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField("网址", blank=True)

    panels = [FieldPanel("label"), FieldPanel("kind"), FieldPanel("page"), FieldPanel("url")]

    def href(self, submission_email=""):
        if self.kind == self.Kind.EMAIL:
            return f"mailto:{submission_email}" if submission_email else ""
        if self.kind == self.Kind.PAGE:
            return self.page.url if self.page else ""
        return self.url


class Hotline(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="hotlines")
    label = models.CharField("名称", max_length=40, help_text="例如:违法和不良信息举报电话")
    number = models.CharField("号码", max_length=30)

    panels = [FieldPanel("label"), FieldPanel("number")]


class SocialAccount(Orderable):
    """An account shown in the follow panel; its QR code is made from `url`."""

    class Platform(models.TextChoices):
        WECHAT = "wechat", "微信"
        WEIBO = "weibo", "微博"
        DOUYIN = "douyin", "抖音"
        APP = "app", "客户端"

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_accounts")
    platform = models.CharField("平台", max_length=10, choices=Platform.choices)
    name = models.CharField("名称", max_length=40, help_text="例如:中工网微信")
    url = models.URLField("账号地址", blank=True)

    panels = [FieldPanel("platform"), FieldPanel("name"), FieldPanel("url")]


class FriendlyLink(Orderable):
    """友情链接."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="friendly_links")
    name = models.CharField("名称", max_length=60)
    url = models.URLField("网址", blank=True, help_text="没有网址的链接不在页面上显示")

    panels = [FieldPanel("name"), FieldPanel("url")]


class InfoPage(PortalPage, Page):
    """关于我们, 广告服务, 联系我们, 版权声明: plain editable pages."""

    body = RichTextField("正文", blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["news.HomePage"]
    subpage_types = []
    template = "siteconfig/info_page.html"

    class Meta:
        verbose_name = "单页"
        verbose_name_plural = "单页"


class SiteMapPage(PortalPage, Page):
    """本站地图: generated from the channel tree, so it is never out of date."""

    parent_page_types = ["news.HomePage"]
    subpage_types = []
    max_count = 1
    template = "siteconfig/site_map_page.html"

    class Meta:
        verbose_name = "本站地图"

    def get_context(self, request, *args, **kwargs):
        from news.queries import channel_tree

        context = super().get_context(request, *args, **kwargs)
        context["channel_tree"] = channel_tree(self.get_parent())
        return context
