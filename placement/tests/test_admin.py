"""Desk editors pin articles in the snippet admin 模块与推荐位."""

from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from delivery.testing import page_as_shown
from news.testing import beijing, make_article
from placement.models import Module

from .test_modules import make_module


def test_pins_saved_in_the_admin_show_in_their_order_in_the_sidebar(client, channel):
    client.force_login(get_user_model().objects.create_superuser("desk", "desk@example.cn", "pw-for-tests"))
    older = make_article(channel, "较早的稿件", when=beijing(2018, 12, 1, 8))
    newer = make_article(channel, "较新的稿件", when=beijing(2018, 12, 20, 8))
    make_article(channel, "栏目最新", when=beijing(2018, 12, 25, 8))
    module = make_module(channel=channel, region=Module.Region.SIDEBAR)
    edit = f"/admin/snippets/placement/module/edit/{module.pk}/"
    assert client.get(edit).status_code == 200

    form = {
        "title": "全总要闻",
        "key": "union-news",
        "region": "sidebar",
        "style": "list",
        "source": "articles",
        "channel": channel.pk,
        "tag": "",
        "size": 3,
        "items": inline_formset(
            [{"article": older.pk, "ends_at": ""}, {"article": newer.pk, "ends_at": "2099-01-01 08:00"}]
        ),
    }
    response = client.post(edit, nested_form_data(form))

    assert response.status_code == 302, response.context["form"].errors
    assert [(item.article.title, item.ends_at is not None) for item in module.items.order_by("sort_order")] == [
        ("较早的稿件", False),
        ("较新的稿件", True),
    ]
    html = page_as_shown(client, channel.url)
    box = html[html.index("box-union-news") :]
    assert box.index("较早的稿件") < box.index("较新的稿件") < box.index("栏目最新")
