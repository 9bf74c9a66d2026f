import re
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from wagtail.models import Page

from demo.channels import PLANS
from demo.loading import REFERENCE
from demo.search_stories import STORIES
from news.models import Article, ArticleFolder, ArticleListing, Channel
from news.queries import channel_articles, nav_channels
from news.testing import home_page
from people.models import Author
from pictures.models import Picture
from placement.models import Module
from ranking.models import ViewCount
from siteconfig.models import FooterLink, InfoPage, SiteMapPage, SocialAccount
from topics.models import Topic
from topics.queries import topic_sections

from .running import load_demo

NAV = "时政 评论 国际 军事 社会 财经 企业 工会 维权 就业 论坛 博客 理论 人物 网视 图画 体育 汽车 文化 书画 教育 读书 娱乐 旅游 绿色 城建 社区 打工"  # noqa: E501


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """One small load shared by the tests of this module, rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo()
        transaction.set_rollback(True)


def state():
    """What a load makes, counted."""
    files = Path(settings.MEDIA_ROOT, "original_images")
    return {
        "pages": Page.objects.count(),
        "pictures": Picture.objects.count(),
        "files": len(list(files.iterdir())),
        "authors": Author.objects.count(),
        "modules": Module.objects.count(),
        "topics": Topic.objects.count(),
        "listings": ArticleListing.objects.count(),
        "footer": FooterLink.objects.count(),
        "social": SocialAccount.objects.count(),
        "views": ViewCount.objects.aggregate(total=Sum("views"))["total"],
    }


def test_channels_follow_the_reference_navigation(loaded, db):
    channels = nav_channels(home_page())
    assert [c.title for c in channels] == NAV.split()
    assert all(c.show_in_menus for c in channels)
    union = Channel.objects.get(slug="gonghui")
    assert (union.is_subsite, union.subsite_title, union.show_leaders) == (True, "中工工会", True)
    assert [c.title for c in Channel.objects.child_of(union)] == ["深度报道"]
    kinds = {c.title: c.kind for c in channels}
    assert (kinds["网视"], kinds["图画"], kinds["时政"]) == ("video", "pictures", "news")


def test_link_channels_lead_to_their_systems(loaded, db):
    links = Channel.objects.filter(kind=Channel.Kind.LINK).order_by("path")
    assert [(c.title, c.nav_url) for c in links] == [
        ("论坛", "http://bbs.workercn.cn/"),
        ("博客", "http://blog.workercn.cn/"),
    ]
    assert not Article.objects.filter(primary_channel__in=links).exists()


def test_every_list_channel_has_live_articles_in_month_folders(loaded, db):
    for channel in Channel.objects.exclude(kind=Channel.Kind.LINK):
        articles = Article.objects.live().filter(primary_channel=channel)
        assert articles.count() >= 2, channel.title
        for article in articles:
            folder = article.get_parent().specific
            assert isinstance(folder, ArticleFolder)
            assert folder.get_parent().id == channel.id


def test_articles_are_complete_and_titles_never_repeat(loaded, db):
    demo = Article.objects.exclude(bylines__author__name="魏俊").exclude(title__in=[s.title for s in STORIES])
    titles = list(demo.values_list("title", flat=True))
    assert len(titles) == len(set(titles)) == 2 * sum(plan.has_articles for plan in PLANS)
    for article in demo:
        paragraphs = [b for b in article.body if b.block_type == "paragraph"]
        assert 4 <= len(paragraphs) <= 8
        assert str(paragraphs[0].value).startswith("<p>")
        assert 1 <= len(article.author_names) <= 3
        assert article.source and article.editor and article.summary
    assert demo.filter(tags__name="全总要闻").exists()
    assert demo.exclude(lead_image=None).exists()


def test_pictures_are_generated_image_files(loaded, db):
    pictures = Picture.objects.all()
    assert pictures.count() >= Channel.objects.get(slug="tuhua").articles.count()
    for picture in pictures:
        assert Path(picture.file.path).is_file()
        assert (picture.width, picture.height) == (800, 450)
        assert picture.caption
    tuhua = Article.objects.filter(primary_channel__slug="tuhua")
    assert not tuhua.filter(lead_image=None).exists()


def test_modules_are_filled(loaded, db):
    keys = set(Module.objects.values_list("key", flat=True))
    expected = {"picture-news", "union-news", "topics", "in-depth", "workers-voice", "headline", "home-video"}
    assert keys == expected
    for module in Module.objects.all():
        assert module.entries(), module.title
    titles = list(Module.objects.values_list("title", flat=True))
    assert len(titles) == len(set(titles))  # home shows both regions: no box twice
    assert 1 <= Module.objects.get(key="headline").items.count() <= 2
    assert Module.objects.get(key="headline").style == Module.Style.HEADLINE
    assert [t.title for t in Module.objects.get(key="topics").entries()] == [
        "关爱户外劳动者",
        "弘扬劳模精神和工匠精神",
        "护航劳动者权益",
    ]


def test_topics_have_header_pictures_and_filled_sections(loaded, db, client):
    index = client.get("/zhuanti/")
    assert [t.title for t in index.context["topics"]] == ["关爱户外劳动者", "弘扬劳模精神和工匠精神", "护航劳动者权益"]
    for topic in Topic.objects.live():
        assert topic.header_image and Path(topic.header_image.file.path).is_file()
        assert client.get(topic.url).status_code == 200
        assert all(section.articles for section in topic_sections(topic)), topic.title
    outdoors = topic_sections(Topic.objects.get(slug="huwai"))
    assert [a.title for a in outdoors[0].articles] == [
        "凌晨四点的清雪车",
        "高温下的清凉驿站",
        "城市更新工地推行错峰作业",
    ]


def test_some_stories_are_listed_in_a_second_channel(loaded, db):
    listing = ArticleListing.objects.select_related("article", "channel").get(channel__slug="jiuye")
    assert listing.article.primary_channel.slug == "weiquan"
    assert listing.article in channel_articles(listing.channel)
    sidebar = Module.objects.filter(region=Module.Region.SIDEBAR).order_by("sort_order")
    assert [m.title for m in sidebar] == ["图片新闻", "全总要闻", "热点专题", "深度报道", "职工之声"]


def test_pages_and_settings(loaded, db):
    assert sorted(InfoPage.objects.values_list("slug", flat=True)) == ["about", "ads", "contact", "copyright"]
    assert SiteMapPage.objects.get().slug == "sitemap"
    links = {link.label: link for link in FooterLink.objects.all()}
    for label in ("关于我们", "广告服务", "联系我们", "本站地图", "版权声明"):
        assert links[label].page is not None and links[label].page.title == label
    assert links["投稿邮箱"].kind == FooterLink.Kind.EMAIL
    accounts = SocialAccount.objects.all()
    assert {a.platform for a in accounts} == set(SocialAccount.Platform.values)
    assert all(a.url.startswith("https://") for a in accounts)
    assert accounts.first().settings.submission_email == "tougao@example.cn"


def test_the_search_stories_are_filed_in_their_channels(loaded, db):
    for story in STORIES:
        article = Article.objects.live().get(title=story.title)
        assert article.primary_channel.slug == story.channel
        assert article.body_text().startswith(story.paragraphs[0])


def test_views_are_recorded_and_skewed(loaded, db):
    totals = sorted(ViewCount.objects.values("article").annotate(total=Sum("views")).values_list("total", flat=True))
    assert len(totals) == Article.objects.count()
    assert totals[-1] > 20 * totals[len(totals) // 2]
    for count in ViewCount.objects.select_related("article"):
        assert count.hour >= count.article.publish_time.replace(minute=0, second=0, microsecond=0)


def test_reference_page_is_imported_into_union(loaded, db):
    assert REFERENCE.is_file(), f"the reference page the portal is built from belongs at {REFERENCE}"
    article = Article.objects.get(primary_channel__slug="gonghui", bylines__author__name="魏俊")
    assert article.author_names == ["魏俊"]
    assert article.title == "做好“六字”,推动工会工作迈上新台阶"  # as published, half-width comma and all
    assert "参考页面已导入" in loaded.out


def test_without_the_reference_page_the_rest_is_made_and_the_gap_said(tmp_path, db):
    from demo.loading import _import_reference

    warnings = []
    outcome, made = _import_reference(tmp_path / "missing.txt", channel=None, warn=warnings.append)
    assert (outcome, made) == ("未找到,跳过", [])
    assert warnings == [f"未找到参考页面 {tmp_path / 'missing.txt'},跳过导入;其余演示内容照常生成。"]


def test_second_run_makes_nothing_new(loaded, db):
    before = state()
    run = load_demo()
    assert "新建栏目 0 个,单页 0 个,稿件 0 篇,图片 0 张,阅读 0 次,模块 0 个,专题 0 个" in run.out
    assert state() == before


def test_once_skips_a_loaded_portal(loaded, db):
    before = state()
    assert load_demo("--once").out.strip() == "演示内容已存在,跳过"
    assert state() == before


HALF_WIDTH_IN_CHINESE = re.compile(r"[\u4e00-\u9fff][,:?;!()]|[,:?;!()][\u4e00-\u9fff]")


def test_generated_text_reads_like_a_newsroom(loaded, db):
    """Full-width punctuation in Chinese, headlines that do not repeat one ending, and
    the newest articles at different minutes. The imported reference keeps its text."""
    written = Article.objects.exclude(title__startswith="做好“六字”")
    for article in written:
        text = " ".join([article.title, article.summary, article.body_text()])
        assert not HALF_WIDTH_IN_CHINESE.search(text), (article.title, HALF_WIDTH_IN_CHINESE.search(text)[0])
    endings = Counter(title[-5:] for title in written.values_list("title", flat=True))
    ending, count = endings.most_common(1)[0]
    assert count <= max(3, len(endings) // 20), (ending, count)
    newest = Article.objects.live().order_by("-publish_time")[:10]
    assert len({article.publish_time.replace(second=0) for article in newest}) >= 8
