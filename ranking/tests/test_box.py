import re
from datetime import timedelta

from django.template import Context, Template
from django.utils import timezone

from news.testing import make_article
from ranking.admission import token
from ranking.models import ViewCount


def render(source):
    return Template("{% load ranking_tags %}" + source).render(Context())


def panels(html):
    """{period: [titles]} of the box's lists, and the periods that show 暂无数据."""
    lists = re.findall(r'<ol class="titles ranked tab-panel" data-period="(\w+)">(.*?)</ol>', html, re.S)
    empty = re.findall(r'<p class="tab-panel empty" data-period="(\w+)">暂无数据</p>', html)
    return {period: re.findall(r"<a href=[^>]+>([^<]+)</a>", items) for period, items in lists}, empty


def test_the_box_has_three_tabs_that_work_without_javascript(db):
    html = render("{% ranking_box %}")
    assert '<section class="box box-ranking">' in html
    assert '<h2 class="box-title">新闻排行</h2>' in html
    tabs = re.findall(r'<input type="radio" name="rank" id="rank-(\w+)" class="tab-switch"( checked)?>', html)
    assert tabs == [("day", " checked"), ("week", ""), ("month", "")]
    labels = re.findall(r'<label for="rank-(\w+)">([^<]+)</label>', html)
    assert labels == [("day", "24小时"), ("week", "7天"), ("month", "30天")]


def test_without_views_every_tab_says_so(db):
    assert panels(render("{% ranking_box %}")) == ({}, ["day", "week", "month"])


def test_the_box_lists_the_most_read(views_counter, channel, article):
    other = make_article(channel, "第二篇")
    views_counter.hit(article.id, n=3)
    views_counter.hit(other.id, when=timezone.now() - timedelta(days=3), n=9)
    views_counter.flush()
    html = render("{% ranking_box %}")
    lists, empty = panels(html)
    assert lists == {"day": [article.title], "week": ["第二篇", article.title], "month": ["第二篇", article.title]}
    assert empty == []
    assert f'<a href="{article.url}">' in html
    assert "9" not in re.sub(r"<[^>]+>", "", html)  # counts are ranked, not shown


def test_the_box_is_cached_for_every_reader(views_counter, article):
    first = render("{% ranking_box %}")
    views_counter.hit(article.id)
    views_counter.flush()
    assert render("{% ranking_box %}") == first
    assert ViewCount.objects.exists()


def test_the_beacon_tag_carries_only_the_beacon_url(db, article):
    html = Template("{% load ranking_tags %}{% view_beacon article %}").render(Context({"article": article}))
    url = f"/ranking/hit/{article.id}/?t={token(article.id)}"
    assert f'data-beacon="{url}"' in html
    assert f'<noscript><img src="{url}"' in html
