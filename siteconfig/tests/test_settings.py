from django.utils import timezone
from wagtail.models import Site

from siteconfig.models import FooterLink, SiteSettings
from siteconfig.qrcodes import qr_svg


def settings_of_default_site():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def test_footer_link_targets(home):
    conf = settings_of_default_site()
    about = FooterLink(label="关于我们", kind=FooterLink.Kind.PAGE, page=home)
    mail = FooterLink(label="投稿邮箱", kind=FooterLink.Kind.EMAIL)
    ads = FooterLink(label="广告服务", kind=FooterLink.Kind.URL, url="https://ads.example.cn/")
    assert about.href() == home.url
    assert mail.href("tougao@example.cn") == "mailto:tougao@example.cn"
    assert mail.href("") == ""
    assert ads.href(conf.submission_email) == "https://ads.example.cn/"


def test_footer_and_follow_panel_come_from_settings_and_edits_show_at_once(client, home):
    conf = settings_of_default_site()
    conf.copyright = "Copyright 2008-2018 示例"
    conf.licences.create(text="京ICP证000000号", row=1)
    conf.hotlines.create(label="违法和不良信息举报电话", number="010-00000000")
    conf.social_accounts.create(platform="wechat", name="中工网微信", url="https://example.cn/wechat")
    conf.save()
    html = client.get("/").content.decode()
    for text in ("Copyright 2008-2018 示例", "京ICP证000000号", "010-00000000", "中工网微信", "<svg"):
        assert text in html, text

    conf.copyright = "Copyright 2008-{年} 示例"
    conf.save()
    assert f"Copyright 2008-{timezone.localtime().year} 示例" in client.get("/").content.decode()


def test_follow_panel_hides_accounts_without_url(client, home):
    conf = settings_of_default_site()
    conf.social_accounts.create(platform="weibo", name="中工网微博", url="")
    conf.save()
    assert "中工网微博" not in client.get("/").content.decode()


def test_qr_code_encodes_the_account_url():
    svg = qr_svg("https://example.cn/app")
    assert svg.startswith("<svg") and svg == qr_svg("https://example.cn/app")
    assert svg != qr_svg("https://example.cn/other")


def test_site_map_lists_every_live_channel_nested(client, home):
    from news.testing import make_channel
    from siteconfig.models import SiteMapPage

    union = make_channel("工会", "gonghui", home)
    make_channel("深度报道", "shendu", union)
    make_channel("内部", "neibu", home, show_in_menus=False)
    site_map = home.add_child(instance=SiteMapPage(title="本站地图", slug="sitemap"))
    html = client.get(site_map.url).content.decode()
    tree = html[html.index('class="channel-tree"') :]
    assert tree.index("工会") < tree.index("深度报道")
    assert '<a href="/gonghui/shendu/">深度报道</a>' in tree
    assert "内部" in tree  # the site map shows every live channel, menus or not


def test_the_copyright_year_is_this_year_and_the_footer_knows_when_it_turns(home):
    conf = settings_of_default_site()
    conf.copyright = "Copyright 2008-{年} 中工网"
    now = timezone.localtime()
    assert conf.copyright_line() == f"Copyright 2008-{now.year} 中工网"
    turn = conf.copyright_changes_at()
    assert (turn.year, turn.month, turn.day, turn.hour) == (now.year + 1, 1, 1, 0)
    assert turn.utcoffset().total_seconds() == 8 * 3600  # Beijing's new year
    conf.copyright = "Copyright 2008-2018 中工网"
    assert conf.copyright_line() == "Copyright 2008-2018 中工网" and conf.copyright_changes_at() is None
