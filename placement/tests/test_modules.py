from datetime import timedelta

from django.utils import timezone

from news.testing import beijing, make_article, make_channel
from placement.models import Module
from placement.queries import modules


def make_module(**fields):
    fields.setdefault("key", "union-news")
    fields.setdefault("title", "全总要闻")
    fields.setdefault("size", 3)
    return Module.objects.create(**fields)


def test_pinned_articles_come_first_in_order_then_the_channel_fills(channel):
    old = make_article(channel, "旧稿", when=beijing(2018, 1, 1, 8, 0, 0))
    newest = [make_article(channel, f"新稿{i}", when=beijing(2018, 12, i, 8, 0, 0)) for i in (1, 2, 3)]
    module = make_module(channel=channel)
    module.items.create(article=old, sort_order=0)
    module.save()
    assert [a.title for a in module.articles()] == ["旧稿", "新稿3", "新稿2"]
    assert newest[0] not in module.articles()


def test_expired_and_unpublished_pins_are_not_shown(channel):
    expired = make_article(channel, "过期")
    draft = make_article(channel, "撤稿")
    draft.unpublish()
    module = make_module()
    module.items.create(article=expired, ends_at=timezone.now() - timedelta(minutes=1))
    module.items.create(article=draft)
    module.save()
    assert module.articles() == []


def test_tag_module_and_picture_module(channel):
    tagged = make_article(channel, "有标签")
    tagged.tags.add("职工之声")
    tagged.save()
    make_article(channel, "无标签", when=beijing(2018, 12, 26, 8, 0, 0))
    assert [a.title for a in make_module(key="voice", tag="职工之声").articles()] == ["有标签"]
    pictures = make_module(key="pics", channel=channel, style=Module.Style.PICTURES)
    assert pictures.articles() == []  # no article has a lead image


def test_sub_channel_articles_fill_the_parent_channels_module(home):
    union = make_channel("工会", "gonghui", home)
    depth = make_channel("深度报道", "shendu", union)
    make_article(depth, "深度稿")
    assert [a.title for a in make_module(channel=union).articles()] == ["深度稿"]


def test_a_region_takes_a_fixed_number_of_queries(channel, django_assert_num_queries):
    for i in range(3):
        module = make_module(key=f"m{i}", title=f"模块{i}", region=Module.Region.SIDEBAR, sort_order=i)
        module.items.create(article=make_article(channel, f"稿{i}", when=beijing(2018, 12, i + 1, 8, 0, 0)))
        module.save()
    # modules + all pinned items, then nothing per module: no channel or tag to fill from.
    with django_assert_num_queries(2):
        boxes = modules(Module.Region.SIDEBAR)
    assert [(m.title, [a.title for a in articles]) for m, articles in boxes] == [
        ("模块0", ["稿0"]),
        ("模块1", ["稿1"]),
        ("模块2", ["稿2"]),
    ]
