"""The demo's single pages and site settings. Only what is missing or blank is filled
in, so values an editor has changed survive a second load."""

from django.utils.html import format_html

from siteconfig.models import FooterLink, FriendlyLink, InfoPage, SiteMapPage, SiteSettings, SocialAccount

from .vocabulary import INFO_PAGES

SUBMISSION_EMAIL = "tougao@example.cn"
# The demo's own 举报 addresses: a newsroom enters its real ones in 站点设置.
REPORTING = {"report_email": "jubao@example.cn", "minors_report": "weichengnian@example.cn"}
SOCIAL_ACCOUNTS = [
    (SocialAccount.Platform.WECHAT, "中工网微信", "https://weixin.example.cn/workercn"),
    (SocialAccount.Platform.WEIBO, "中工网微博", "https://weibo.example.cn/workercn"),
    (SocialAccount.Platform.DOUYIN, "中工网抖音", "https://douyin.example.cn/workercn"),
    (SocialAccount.Platform.APP, "工人日报客户端", "https://app.example.cn/grrb"),
]
# 友情链接 of the reference page whose public address is known here; the others stay
# unlinked, and so unshown, until an editor gives their address.
FRIENDLY_URLS = {"中华全国总工会": "https://www.acftu.org/"}
# The reference page's footer, in its order; None marks the submission mailbox.
FOOTER = [("关于我们", "about"), ("广告服务", "ads"), ("联系我们", "contact"), ("本站地图", "sitemap")]
FOOTER += [("投稿邮箱", None), ("版权声明", "copyright")]


def ensure_pages(home) -> int:
    """关于我们, 广告服务, 联系我们, 版权声明 and 本站地图 under home; returns how many were made."""
    made = 0
    for title, slug, text in INFO_PAGES:
        if not home.get_children().filter(slug=slug).exists():
            home.add_child(instance=InfoPage(title=title, slug=slug, body=format_html("<p>{}</p>", text)))
            made += 1
    if not SiteMapPage.objects.exists():
        home.add_child(instance=SiteMapPage(title="本站地图", slug="sitemap"))
        made += 1
    return made


def fill_settings(site, home):
    settings = SiteSettings.for_site(site)
    blank = {
        name: value
        for name, value in [("submission_email", SUBMISSION_EMAIL), *REPORTING.items()]
        if not getattr(settings, name)
    }
    if blank:
        for name, value in blank.items():
            setattr(settings, name, value)
        settings.save(update_fields=list(blank))
    _fill_social_accounts(settings)
    _fill_footer_links(settings, home)
    _fill_friendly_links(settings)


def _fill_friendly_links(settings):
    for name, url in FRIENDLY_URLS.items():
        link = settings.friendly_links.filter(name=name).first()
        if link is None:
            FriendlyLink.objects.create(settings=settings, name=name, url=url, sort_order=-1)
        elif not link.url:
            link.url = url
            link.save(update_fields=["url"])


def _fill_social_accounts(settings):
    for order, (platform, name, url) in enumerate(SOCIAL_ACCOUNTS):
        account = settings.social_accounts.filter(platform=platform).first()
        if account is None:
            SocialAccount.objects.create(settings=settings, platform=platform, name=name, url=url, sort_order=order)
        elif not account.url:
            account.url = url
            account.save(update_fields=["url"])


def _fill_footer_links(settings, home):
    """Add the footer links the import did not make, and point page links it left empty."""
    links = {link.label: link for link in settings.footer_links.all()}
    next_order = max((link.sort_order or 0 for link in links.values()), default=-1) + 1
    for label, slug in FOOTER:
        page = home.get_children().filter(slug=slug).first() if slug else None
        link = links.get(label)
        if link is None:
            kind = FooterLink.Kind.PAGE if slug else FooterLink.Kind.EMAIL
            FooterLink.objects.create(settings=settings, label=label, kind=kind, page=page, sort_order=next_order)
            next_order += 1
        elif link.kind == FooterLink.Kind.PAGE and link.page_id is None and page is not None:
            link.page = page
            link.save(update_fields=["page"])
