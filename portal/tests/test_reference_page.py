"""The reference page, reproduced: every region of the 中工网 article page, with the
demo content and the imported reference article behind it."""

import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from delivery.testing import page_as_shown
from news.models import Article

REFERENCE_TITLE = "做好“六字”,推动工会工作迈上新台阶"
NAV = (
    "时政 评论 国际 军事 社会 财经 企业 工会 维权 就业 论坛 博客 理论 人物 "
    "网视 图画 体育 汽车 文化 书画 教育 读书 娱乐 旅游 绿色 城建 社区 打工"
)
MODULES = ["图片新闻", "全总要闻", "热点专题", "深度报道", "职工之声"]


@pytest.fixture
def reference_html(db, client):
    call_command("load_demo", articles_per_channel=1, verbosity=0)
    article = Article.objects.get(title=REFERENCE_TITLE)
    assert client.get(article.url).status_code == 200
    return page_as_shown(client, article.url)


def region(html, css_class):
    match = re.search(rf'<(\w+) class="(?:[^"]* )?{css_class}(?: [^"]*)?"[^>]*>(.*?)</\1>', html, re.S)
    assert match, f"no region .{css_class}"
    return match.group(2)


def test_top_nav_lists_home_and_28_channels_in_order(reference_html):
    nav = region(reference_html, "main-nav")
    names = re.findall(r"<a [^>]*>([^<]+)</a>", nav)
    assert names == ["中工网首页", *NAV.split()]


def test_subsite_header_and_leaders(reference_html):
    header = region(reference_html, "subsite-header")
    assert "中工工会" in header and "深度报道" in header
    leaders = region(reference_html, "box-leaders")
    assert "全总领导" in leaders
    assert leaders.count('class="leader-name"') == 19  # the reference page lists 19 people
    assert "王东明" in leaders and "全国总工会主席" in leaders
    assert "陈刚" in leaders and "邹震" in leaders


def test_article_headline_metadata_and_body(reference_html):
    article = region(reference_html, "article")
    assert '<p class="kicker">认真学习贯彻习近平总书记重要讲话精神</p>' in article
    assert f"<h1>{REFERENCE_TITLE}</h1>" in article
    assert "魏俊" in article and "2018-12-25 07:56:26" in article
    body = region(article, "article-body")
    assert body.count("<p") == 8
    assert "来源:中工网--《工人日报》" in article
    assert "编辑:葛文琦" in article


def test_sidebar_modules_calendar_and_ranking(reference_html):
    sidebar = region(reference_html, "sidebar")
    for title in MODULES:
        assert f">{title}<" in sidebar, title
    assert "新闻日历" in sidebar and "2018年12月" in sidebar
    assert '<a href="/calendar/2018/12/25/"' in sidebar
    assert "新闻排行" in sidebar


def test_friendly_links_footer_and_follow_panel(reference_html):
    links = region(reference_html, "friendly-links")
    # Every one shown is a link: names whose address the demo does not know are not shown.
    assert '<a href="https://www.acftu.org/" rel="noopener">中华全国总工会</a>' in links
    assert links.count("<li>") == links.count("<li><a href=") >= 1
    footer = region(reference_html, "site-footer")
    for text in (
        "京ICP证100580号",
        "互联网新闻信息服务许可证 (1012009003)",
        "京公网安备110401200155",
        "信息网络传播视听节目许可证(0111630)",
        "关于我们",
        "本站地图",
        "投稿邮箱",
        "版权声明",
        "违法和不良信息举报电话",
        "010-84151598",
        f"Copyright 2008-{timezone.localtime().year}",
    ):
        assert text in footer, text
    panel = region(reference_html, "follow-panel")
    assert "扫码关注" in panel
    assert panel.count("<svg") == 4
    for name in ("中工网微信", "中工网微博", "中工网抖音", "工人日报客户端"):
        assert name in panel, name


def test_no_outside_assets(reference_html):
    for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', reference_html):
        assert not url.endswith((".css", ".js", ".woff", ".woff2", ".ttf")), url
