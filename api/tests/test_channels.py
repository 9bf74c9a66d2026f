from news.models import Channel
from news.testing import beijing, list_in, make_article, make_channel


def test_tree_is_nested_in_nav_order_with_absolute_urls(client, home):
    news = make_channel("要闻", "yaowen", home, intro="每日要闻")
    make_channel("国内", "guonei", news)
    make_channel("国际", "guoji", news)
    make_channel("论坛", "luntan", home, kind=Channel.Kind.LINK, link_url="http://bbs.example.cn/")
    make_channel("内部", "neibu", home, show_in_menus=False)
    make_channel("草稿", "caogao", home).unpublish()

    response = client.get("/api/v1/channels")

    assert response.status_code == 200
    channels = response.json()["channels"]
    assert [c["title"] for c in channels] == ["要闻", "论坛", "内部"]
    top = channels[0]
    assert top == {
        "id": news.id,
        "title": "要闻",
        "slug": "yaowen",
        "kind": "news",
        "url": "http://testserver/yaowen/",
        "intro": "每日要闻",
        "in_menu": True,
        "children": top["children"],
    }
    assert [(c["title"], c["url"], c["children"]) for c in top["children"]] == [
        ("国内", "http://testserver/yaowen/guonei/", []),
        ("国际", "http://testserver/yaowen/guoji/", []),
    ]
    assert (channels[1]["kind"], channels[1]["url"]) == ("link", "http://bbs.example.cn/")
    assert channels[2]["in_menu"] is False


def test_channel_articles_include_sub_channels_newest_first(client, channel):
    sub = make_channel("深度报道", "shendu", channel)
    make_article(channel, "旧闻", when=beijing(2018, 12, 1, 9))
    make_article(sub, "子栏目新闻", when=beijing(2018, 12, 2, 9))
    make_article(make_channel("别的", "biede"), "别的栏目", when=beijing(2018, 12, 3, 9))

    body = client.get(f"/api/v1/channels/{channel.id}/articles").json()

    assert [(item["title"], item["channel"]["title"]) for item in body["items"]] == [
        ("子栏目新闻", "深度报道"),
        ("旧闻", "工会"),
    ]
    assert body["next_cursor"] is None


def test_unknown_or_unpublished_channel_is_a_json_404(client, channel):
    channel.unpublish()
    for channel_id in (channel.id, 999999):
        response = client.get(f"/api/v1/channels/{channel_id}/articles")
        assert response.status_code == 404
        assert response.json() == {"message": f"栏目不存在或未发布:{channel_id}"}


def test_bad_channel_id_or_limit_is_a_422_naming_the_parameter(client, channel):
    for path, field in (
        ("/api/v1/channels/abc/articles", "path.channel_id"),
        (f"/api/v1/channels/{2**63}/articles", "path.channel_id"),
        (f"/api/v1/channels/{channel.id}/articles?limit=0", "query.limit"),
        (f"/api/v1/channels/{channel.id}/articles?limit=51", "query.limit"),
        (f"/api/v1/channels/{channel.id}/articles?limit=x", "query.limit"),
    ):
        response = client.get(path)
        assert response.status_code == 422, path
        body = response.json()
        assert body["message"] == f"参数不正确:{field}"
        assert [error["field"] for error in body["errors"]] == [field]


def test_channel_articles_include_articles_listed_there_once_with_their_own_channel(client, channel):
    sub = make_channel("深度报道", "shendu", channel)
    other = make_channel("时政", "shizheng")
    make_article(channel, "工会稿", when=beijing(2018, 12, 1, 9))
    listed = list_in(make_article(other, "同时发布", when=beijing(2018, 12, 2, 9)), channel, sub)

    items = client.get(f"/api/v1/channels/{channel.id}/articles").json()["items"]

    assert [(item["title"], item["channel"]["title"], item["url"]) for item in items] == [
        ("同时发布", "时政", f"http://testserver{listed.url}"),
        ("工会稿", "工会", items[1]["url"]),
    ]
