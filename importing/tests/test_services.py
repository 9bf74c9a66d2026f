import pytest
from wagtail.models import Site

from importing.crawled import CrawledPageError
from importing.services import CREATED, UNCHANGED, UPDATED, import_crawled_page
from news.models import Article, ArticleFolder
from news.testing import beijing, home_page, make_channel
from people.models import Author, Leader
from siteconfig.models import FooterLink, FriendlyLink, InfoPage, Licence, SiteMapPage, SiteSettings

from .reference import REFERENCE, edited, without_header


def site_settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def snapshot():
    """Everything an import may touch, to show that a repeat changes nothing."""
    settings = site_settings()
    article = Article.objects.order_by("id").last()
    return {
        "counts": [m.objects.count() for m in (Article, ArticleFolder, Author, Leader, Licence, FooterLink)],
        "article": article and (article.title, article.kicker, str(article.body), article.latest_revision_id),
        "leaders": list(Leader.objects.order_by("sort_order").values_list("name", "titles", "sort_order")),
        "settings": [
            list(relation.order_by("sort_order").values())
            for relation in (settings.licences, settings.footer_links, settings.hotlines)
        ]
        + [list(settings.social_accounts.values()), list(settings.friendly_links.values()), settings.copyright],
    }


def test_import_creates_the_article(channel):
    result = import_crawled_page(REFERENCE)
    article = Article.objects.get()
    assert result.article == article
    assert result.status == CREATED
    assert article.primary_channel_id == channel.id
    assert article.url.startswith("/gonghui/2018-12/")
    assert article.title == "做好“六字”,推动工会工作迈上新台阶"
    assert article.kicker == "认真学习贯彻习近平总书记重要讲话精神"
    assert article.author_names == ["魏俊"]
    assert article.publish_time == beijing(2018, 12, 25, 7, 56, 26)
    assert (article.source, article.editor) == ("中工网--《工人日报》", "葛文琦")
    assert [block.block_type for block in article.body] == ["paragraph"] * 8
    assert article.body[0].value.source.startswith("<p>深入学习宣传贯彻")


def test_import_fills_leaders_and_site_settings(channel):
    import_crawled_page(REFERENCE)
    leaders = list(Leader.objects.order_by("sort_order"))
    assert len(leaders) == 19
    assert (leaders[0].name, leaders[-1].name) == ("王东明", "邹震")
    assert leaders[1].title_list == ["全国总工会党组书记、副主席、书记处第一书记", "机关党委书记"]
    settings = site_settings()
    assert settings.licences.count() == 6
    assert list(settings.licences.filter(row=2).values_list("text", flat=True)) == [
        "广播电视节目制作经营许可证(广媒)字第185号",
        "信息网络传播视听节目许可证(0111630)",
    ]
    assert settings.hotlines.first().number == "010-84151598"
    assert settings.copyright.startswith("Copyright 2008-{年}")  # the site runs on: this year shown
    assert settings.follow_title == "扫码关注"
    assert list(settings.social_accounts.order_by("sort_order").values_list("platform", "name")) == [
        ("wechat", "中工网微信"),
        ("weibo", "中工网微博"),
        ("douyin", "中工网抖音"),
        ("app", "工人日报客户端"),
    ]
    assert settings.friendly_links.count() == 9
    assert settings.footer_links.get(label="投稿邮箱").kind == FooterLink.Kind.EMAIL


def test_footer_links_point_at_pages_of_the_same_title(channel):
    home = home_page()
    about = home.add_child(instance=InfoPage(title="关于我们", slug="about"))
    site_map = home.add_child(instance=SiteMapPage(title="网站地图", slug="sitemap"))
    import_crawled_page(REFERENCE)
    links = {link.label: link for link in site_settings().footer_links.all()}
    assert (links["关于我们"].kind, links["关于我们"].page_id) == (FooterLink.Kind.PAGE, about.id)
    assert links["本站地图"].page_id == site_map.id
    assert links["广告服务"].page_id is None


def test_importing_twice_changes_nothing(channel):
    import_crawled_page(REFERENCE)
    before = snapshot()
    result = import_crawled_page(REFERENCE)
    assert result.status == UNCHANGED
    assert result.created == result.updated == []
    assert snapshot() == before


def test_repeat_keeps_editors_urls_and_restores_the_page_order(channel):
    import_crawled_page(REFERENCE)
    FriendlyLink.objects.filter(name="中华全国总工会").update(url="https://www.acftu.org/")
    Leader.objects.filter(name="王东明").update(sort_order=99)
    result = import_crawled_page(REFERENCE)
    assert result.status == UPDATED
    assert result.updated == ["全总领导"]
    assert FriendlyLink.objects.get(name="中华全国总工会").url == "https://www.acftu.org/"
    assert Leader.objects.order_by("sort_order").first().name == "王东明"


def test_changed_footer_replaces_the_rows_but_keeps_urls(channel, reference):
    import_crawled_page(REFERENCE)
    FriendlyLink.objects.filter(name="中国工会普法网").update(url="https://example.org/pufa")
    result = import_crawled_page(edited(reference, "中华全国总工会 | ", ""))
    assert result.updated == ["友情链接"]
    assert FriendlyLink.objects.count() == 8
    assert FriendlyLink.objects.get(name="中国工会普法网").url == "https://example.org/pufa"


def test_body_text_is_escaped(channel, reference):
    import_crawled_page(edited(reference, "  深入学习", "  <script>alert(1)</script>深入学习"))
    first = Article.objects.get().body[0].value.source
    assert first.startswith("<p>&lt;script&gt;alert(1)&lt;/script&gt;深入学习")


def test_two_authors_without_kicker(channel, reference):
    text = edited(reference, "魏俊\n", "魏俊 王芳\n")
    text = edited(text, "认真学习贯彻习近平总书记重要讲话精神\n", "")
    article = import_crawled_page(text).article
    assert article.author_names == ["魏俊", "王芳"]
    assert article.kicker == ""
    assert Author.objects.count() == 2


def test_another_subsite_goes_to_its_channel(channel, reference):
    comment = make_channel("评论", "pinglun")
    article = import_crawled_page(edited(reference, "中工工会\n", "中工评论\n")).article
    assert article.primary_channel_id == comment.id
    assert article.url.startswith("/pinglun/2018-12/")


def test_page_without_header_needs_a_channel(channel, reference):
    text = without_header(reference)
    with pytest.raises(CrawledPageError, match="指定栏目"):
        import_crawled_page(text)
    assert Article.objects.count() == 0
    article = import_crawled_page(text, channel=channel).article
    assert article.primary_channel_id == channel.id
    assert Leader.objects.count() == 0


def test_unknown_channel_is_refused(home, reference):
    with pytest.raises(CrawledPageError, match="第 3 行:找不到名为“工会”的栏目"):
        import_crawled_page(reference)
    assert Article.objects.count() == Leader.objects.count() == 0


def test_broken_page_creates_nothing(channel, reference):
    with pytest.raises(CrawledPageError, match="第 52 行"):
        import_crawled_page(edited(reference, "2018-12-25 07:56:26", "2018-12-25 7点56分"))
    assert Article.objects.count() == Leader.objects.count() == Licence.objects.count() == 0


def test_unknown_platform_rolls_back_everything(channel, reference):
    with pytest.raises(CrawledPageError, match="第 96 行:无法判断账号“中工网快手”的平台"):
        import_crawled_page(edited(reference, "中工网抖音", "中工网快手"))
    assert Article.objects.count() == Leader.objects.count() == Author.objects.count() == 0


def test_too_long_kicker_is_refused(channel, reference):
    with pytest.raises(CrawledPageError, match="第 49 行:稿件无法保存:引题:"):
        import_crawled_page(edited(reference, "认真学习贯彻", "认真学习贯彻" * 50))
    assert Article.objects.count() == Author.objects.count() == 0


def test_too_long_friendly_link_is_refused(channel, reference):
    with pytest.raises(CrawledPageError, match="友情链接无法保存:名称:"):
        import_crawled_page(edited(reference, "中国职工发展基金会", "中国职工发展基金会" * 8))
    assert Article.objects.count() == Licence.objects.count() == 0


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Copyright 2008-2018 by www.workercn.cn", "Copyright 2008-{年} by www.workercn.cn"),
        ("© 2008—2018 中工网 版权所有", "© 2008-{年} 中工网 版权所有"),
        ("版权所有 2008至2019", "版权所有 2008-{年}"),
        ("Copyright 2018 中工网", "Copyright 2018 中工网"),  # one year: as published
        ("", ""),
    ],
)
def test_an_imported_copyright_range_runs_to_this_year(line, kept):
    from importing.services import _to_this_year

    assert _to_this_year(line) == kept


def test_byline_roles_are_kept_and_never_become_authors(channel, reference):
    import_crawled_page(edited(reference, "魏俊\n", "本报记者 林某 通讯员 王某\n"))
    other = edited(reference, "魏俊\n", "记者:林某 实习生 李某\n").replace("做好“六字”", "做好“七字”")
    import_crawled_page(other)
    first, second = Article.objects.order_by("id")
    rows = [(byline.role, byline.author.name) for byline in first.bylines.order_by("sort_order")]
    assert rows == [("本报记者", "林某"), ("通讯员", "王某")]
    assert first.byline_text == "本报记者 林某 通讯员 王某"
    assert second.byline_text == "记者 林某 实习生 李某"
    assert sorted(Author.objects.values_list("name", flat=True)) == sorted(["林某", "王某", "李某"])
