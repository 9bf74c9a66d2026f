from bs4 import BeautifulSoup
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


def test_footer_numbers_link_to_the_national_filing_systems(client, home):
    conf = settings_of_default_site()
    conf.licences.create(text="京ICP证000000号", row=1)
    conf.licences.create(text="京ICP备00000000号-1", row=1)
    conf.licences.create(text="京公网安备 11010502000000号", row=1)
    conf.licences.create(text="互联网新闻信息服务许可证 10120000000", row=2)
    conf.licences.create(text="网络文化经营许可证", row=2, url="https://wh.example.cn/")
    conf.save()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    links = {a.get_text(strip=True): a for a in soup.select("footer .licences a")}
    assert links["京ICP证000000号"]["href"] == "https://beian.miit.gov.cn/"
    assert links["京ICP备00000000号-1"]["href"] == "https://beian.miit.gov.cn/"
    police = links["京公网安备 11010502000000号"]
    assert police["href"] == "https://beian.mps.gov.cn/#/query/webSearch?code=11010502000000"
    assert police.img["src"].endswith(".svg") and police.img["alt"] == ""
    assert links["网络文化经营许可证"]["href"] == "https://wh.example.cn/"
    # The news licence is shown, but has no public lookup to link to.
    assert "互联网新闻信息服务许可证 10120000000" in soup.select_one("footer").get_text()
    assert "互联网新闻信息服务许可证 10120000000" not in links


def test_footer_reporting_line_comes_from_settings(client, home):
    conf = settings_of_default_site()
    footer = BeautifulSoup(client.get("/").content, "html.parser").select_one("footer .reporting")
    assert "举报邮箱" not in footer.get_text() and "未成年人" not in footer.get_text()
    assert footer.find("a", href="https://www.12377.cn/").get_text() == "中国互联网违法和不良信息举报中心"

    conf.report_email = "jubao@example.cn"
    conf.minors_report = "010-12345678"
    conf.report_centre_url = "https://report.example.cn/"
    conf.save()
    footer = BeautifulSoup(client.get("/").content, "html.parser").select_one("footer .reporting")
    assert footer.find("a", href="mailto:jubao@example.cn")
    assert "未成年人举报:010-12345678" in footer.get_text()
    assert footer.find("a", href="https://report.example.cn/") and not footer.find("a", href="https://www.12377.cn/")


def test_imported_licence_kinds_are_read_from_their_text():
    from siteconfig.licences import ICP_FILING, ICP_LICENCE, NEWS_LICENCE, OTHER, POLICE_FILING, kind_of

    assert kind_of("京ICP证100580号") == ICP_LICENCE
    assert kind_of("京icp备12345678号") == ICP_FILING
    assert kind_of("京公网安备110401200155") == POLICE_FILING
    assert kind_of("互联网新闻信息服务许可证 (1012009003)") == NEWS_LICENCE
    assert kind_of("信息网络传播视听节目许可证(0111630)") == OTHER
