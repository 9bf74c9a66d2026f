"""推荐位: pins in order with an optional end time, the rest filled from a channel or tag;
nothing shown that readers could not open."""

from datetime import timedelta
from random import Random

import pytest
from django.utils import timezone

from demo.images import save_picture
from news.testing import beijing, list_in, make_article, make_channel
from placement.models import Module

from .test_modules import make_module


def titles(module):
    return [a.title for a in module.articles()]


def pin(module, *articles, ends_at=None):
    for order, article in enumerate(articles, start=module.items.count()):
        module.items.create(article=article, sort_order=order, ends_at=ends_at)
    module.save()  # a cluster's child rows are written with their parent


def test_pins_keep_their_order_until_their_end_time(channel):
    now = timezone.now()
    first, second, ended = (
        make_article(channel, t, when=beijing(2018, 1, d, 8)) for t, d in [("甲", 1), ("乙", 2), ("丙", 3)]
    )
    make_article(channel, "最新", when=beijing(2018, 12, 25, 8))
    module = make_module(channel=channel, size=4)
    pin(module, second, ends_at=now + timedelta(hours=1))
    pin(module, first)
    pin(module, ended, ends_at=now - timedelta(seconds=1))

    # The ended pin leaves its place; like any article of the channel it may still fill one.
    assert titles(module) == ["乙", "甲", "最新", "丙"]


def test_an_article_shows_once_whether_pinned_twice_or_pinned_and_filled(channel):
    newest = make_article(channel, "最新", when=beijing(2018, 12, 25, 8))
    make_article(channel, "次新", when=beijing(2018, 12, 24, 8))
    module = make_module(channel=channel, size=3)
    pin(module, newest, newest)
    assert titles(module) == ["最新", "次新"]


def test_the_tag_fills_when_no_channel_is_set(channel):
    voice = make_article(channel, "职工来信")
    voice.tags.add("职工之声")
    voice.save()
    make_article(channel, "无标签", when=beijing(2018, 12, 26, 8))
    module = make_module(tag="职工之声")
    pin(module, voice)
    assert titles(module) == ["职工来信"]


def test_articles_listed_in_the_channel_fill_its_module(home):
    society = make_channel("社会", "shehui", home)
    list_in(make_article(make_channel("时政", "shizheng", home), "两地同发"), society)
    assert titles(make_module(channel=society)) == ["两地同发"]


@pytest.fixture
def hidden(channel):
    """Articles of the channel no reader can open: withdrawn, expired, scheduled for later."""
    withdrawn = make_article(channel, "撤稿", when=beijing(2018, 12, 20, 8))
    withdrawn.unpublish()
    expired = make_article(channel, "过期", when=beijing(2018, 12, 21, 8))
    expired.unpublish(set_expired=True)
    scheduled = make_article(channel, "定时", when=beijing(2018, 12, 22, 8), live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    return [withdrawn, expired, scheduled]


def test_no_slot_shows_an_article_readers_cannot_open_pinned_or_filled(channel, hidden):
    make_article(channel, "在线", when=beijing(2018, 12, 1, 8))
    module = make_module(channel=channel, size=6)
    pin(module, *hidden)
    assert titles(module) == ["在线"]
    assert titles(make_module(key="pinned-only", size=6)) == []


def test_the_home_headline_is_the_headline_modules_pins_then_its_fill(client, channel):
    picture = save_picture(Random(2), "headline", "头条图", caption="头条图片")
    pinned = make_article(channel, "编辑选定的头条", when=beijing(2018, 12, 1, 8), kicker="引题", summary="头条摘要")
    make_article(channel, "最新带图", when=beijing(2018, 12, 25, 8), lead_image=picture)
    make_article(channel, "最新无图", when=beijing(2018, 12, 26, 8))
    module = make_module(key="headline", title="头条", region=Module.Region.HOME, style=Module.Style.HEADLINE)
    module.channel = channel
    module.save()
    pin(module, pinned)

    html = client.get("/").content.decode()
    headline = html[html.index('<section class="headline') : html.index("</section>")]
    assert headline.index("编辑选定的头条") < headline.index("最新带图")
    assert "引题" in headline and "头条摘要" in headline
    assert "最新无图" not in headline  # a headline fills with pictured articles only
