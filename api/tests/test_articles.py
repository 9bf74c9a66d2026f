import base64
import re

from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.cursors import encode
from news.testing import beijing, make_article


def rendition(spec):
    """The address of a rendition of the `picture` fixture (file names may get a suffix)."""
    return rf"http://testserver/media/images/api-lead[^/\"]*\.{spec}\.jpg"


def titles(body):
    return [item["title"] for item in body["items"]]


def test_list_item_fields(client, channel, picture):
    article = make_article(
        channel,
        "做好六字",
        when=beijing(2018, 12, 25, 7, 56, 26),
        kicker="认真学习",
        subtitle="副题",
        summary="摘要",
        authors=["魏俊", "王芳"],
        lead_image=picture,
    )

    item = client.get(f"/api/v1/channels/{channel.id}/articles").json()["items"][0]

    image = item.pop("lead_image")
    assert item == {
        "id": article.id,
        "title": "做好六字",
        "kicker": "认真学习",
        "subtitle": "副题",
        "summary": "摘要",
        "publish_time": "2018-12-25T07:56:26+08:00",
        "channel": {"id": channel.id, "title": "工会"},
        "url": "http://testserver/gonghui/2018-12/25075626/",
        "authors": ["魏俊", "王芳"],
        "bylines": [{"role": "", "name": "魏俊"}, {"role": "", "name": "王芳"}],
    }
    assert re.fullmatch(rendition("fill-400x300"), image["url"])
    assert (image["width"], image["height"], image["caption"], image["credit"]) == (400, 300, "职工在车间", "摄影:张三")


def test_bylines_give_roles_beside_the_authors_names(client, channel):
    article = make_article(channel, "署名", authors=[("本报记者", "林某"), ("通讯员", "王某")])
    body = client.get(f"/api/v1/articles/{article.id}").json()
    assert body["authors"] == ["林某", "王某"]
    assert body["bylines"] == [{"role": "本报记者", "name": "林某"}, {"role": "通讯员", "name": "王某"}]


def test_list_without_lead_image_gives_null(client, channel):
    make_article(channel, "无图")
    assert client.get(f"/api/v1/channels/{channel.id}/articles").json()["items"][0]["lead_image"] is None


def test_list_queries_do_not_grow_with_the_page(client, channel, picture):
    def fetch_and_count(limit):
        client.get(f"/api/v1/channels/{channel.id}/articles?limit={limit}")  # renditions made once
        with CaptureQueriesContext(connection) as captured:
            assert len(client.get(f"/api/v1/channels/{channel.id}/articles?limit={limit}").json()["items"]) == limit
        return len(captured)

    for day in range(1, 11):
        make_article(channel, f"第{day}篇", when=beijing(2018, 12, day), authors=["甲", "乙"], lead_image=picture)
    assert fetch_and_count(2) == fetch_and_count(10)


def test_cursor_pages_stay_exact_while_articles_are_published(client, channel):
    # Ties on publish_time across page boundaries are ordered by id.
    for n in range(7):
        make_article(channel, f"旧{n}", when=beijing(2018, 12, 10 - n // 2, 9))
    url = f"/api/v1/channels/{channel.id}/articles"
    expected = titles(client.get(url, {"limit": 50}).json())

    seen, cursor = [], None
    while True:
        body = client.get(url, {"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += titles(body)
        # Newer articles, one at the very time of the page's last item, appear between fetches.
        make_article(channel, f"新{len(seen)}", when=beijing(2019, 1, 1 + len(seen)))
        make_article(channel, f"同时{len(seen)}", when=beijing(2018, 12, 11, 9))
        cursor = body["next_cursor"]
        if cursor is None:
            break

    assert seen == expected
    assert len(set(seen)) == 7


def test_last_page_has_no_cursor(client, channel):
    for n in range(4):
        make_article(channel, f"稿{n}", when=beijing(2018, 12, 1 + n))
    first = client.get(f"/api/v1/channels/{channel.id}/articles", {"limit": 2}).json()
    second = client.get(f"/api/v1/channels/{channel.id}/articles", {"limit": 2, "cursor": first["next_cursor"]}).json()
    assert (titles(first), titles(second), second["next_cursor"]) == (["稿3", "稿2"], ["稿1", "稿0"], None)


def test_pages_hold_twenty_by_default(client, channel):
    for n in range(21):
        make_article(channel, f"稿{n}", when=beijing(2018, 12, 1, n))
    body = client.get(f"/api/v1/channels/{channel.id}/articles").json()
    assert (len(body["items"]), body["items"][-1]["title"]) == (20, "稿1")
    assert body["next_cursor"]


def test_malformed_or_tampered_cursor_is_a_400(client, channel):
    article = make_article(channel, "稿件")
    cursor = encode(article)
    payload, signature = cursor.rsplit(":", 1)
    forged = base64.urlsafe_b64encode(b'["2030-01-01T00:00:00+00:00",1]').decode().rstrip("=")
    for bad in (
        "abc",
        "😀",
        cursor[:-1] + ("A" if cursor[-1] != "A" else "B"),
        f"{forged}:{signature}",
        signing.dumps([article.publish_time.isoformat(), article.pk], salt="another purpose"),
        signing.dumps(["not a time", "x"], salt="api.cursor"),
    ):
        response = client.get(f"/api/v1/channels/{channel.id}/articles", {"cursor": bad})
        assert response.status_code == 400, bad
        assert response.json() == {"message": "翻页游标(cursor)无效或已被改动,请从第一页重新加载。"}


def test_detail_has_every_field(client, channel, picture):
    earlier = make_article(channel, "上一篇", when=beijing(2018, 12, 24))
    article = make_article(
        channel,
        "做好六字",
        when=beijing(2018, 12, 25, 7, 56, 26),
        kicker="认真学习",
        subtitle="副题",
        summary="摘要",
        authors=["魏俊"],
        source="中工网--《工人日报》",
        editor="葛文琦",
        lead_image=picture,
        body=[
            ("paragraph", f'<p>第一段,见<a linktype="page" id="{earlier.id}">上一篇</a>。</p>'),
            ("figure", {"image": picture, "caption": "图注"}),
            ("quote", {"text": "引文", "attribution": "某人"}),
        ],
    )
    article.tags.add("工会", "帮扶")
    article.save()

    response = client.get(f"/api/v1/articles/{article.id}")

    assert response.status_code == 200
    body = response.json()
    assert {key: body[key] for key in ("kicker", "title", "subtitle", "summary", "source", "editor", "authors")} == {
        "kicker": "认真学习",
        "title": "做好六字",
        "subtitle": "副题",
        "summary": "摘要",
        "source": "中工网--《工人日报》",
        "editor": "葛文琦",
        "authors": ["魏俊"],
    }
    assert body["publish_time"] == "2018-12-25T07:56:26+08:00"
    assert body["last_modified"].endswith("+08:00")
    assert sorted(body["tags"]) == ["工会", "帮扶"]
    assert body["channel"] == {"id": channel.id, "title": "工会"}
    assert body["url"] == "http://testserver/gonghui/2018-12/25075626/"
    assert re.fullmatch(rendition("width-800"), body["lead_image"]["url"])
    assert body["lead_image"]["width"] == 800
    assert body["body_text"] == "第一段,见上一篇。\n图注\n引文\n某人"
    html = body["body_html"]
    assert '<a href="http://testserver/gonghui/2018-12/24000000/">上一篇</a>' in html
    assert re.search(f'<img [^>]*src="{rendition("width-800")}"', html)
    assert '<figcaption>图注 <span class="credit">摄影:张三</span></figcaption>' in html
    assert 'src="/' not in html and 'href="/' not in html


def test_detail_body_html_is_sanitized(client, channel):
    article = make_article(channel, "安全", body=[("paragraph", '<p onclick="x()">正文<script>alert(1)</script></p>')])
    html = client.get(f"/api/v1/articles/{article.id}").json()["body_html"]
    assert "<script" not in html and "onclick" not in html
    assert "正文" in html


def test_draft_unpublished_or_unknown_article_is_a_json_404(client, channel):
    unpublished = make_article(channel, "已撤下")
    unpublished.unpublish()
    draft = make_article(channel, "草稿", live=False)
    for article_id in (unpublished.id, draft.id, 999999):
        response = client.get(f"/api/v1/articles/{article_id}")
        assert response.status_code == 404
        assert response.json() == {"message": f"稿件不存在或未发布:{article_id}"}
    assert client.get(f"/api/v1/channels/{channel.id}/articles").json()["items"] == []


def test_only_get_and_head_are_answered(client, channel):
    article = make_article(channel, "稿件")
    url = f"/api/v1/articles/{article.id}"
    head = client.head(url)
    assert (head.status_code, head["Content-Type"], head.content) == (200, "application/json; charset=utf-8", b"")
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(url)
        assert response.status_code == 405, method
        assert response["Allow"] == "GET, HEAD"
        assert response.json() == {"message": "只读接口,只接受 GET 和 HEAD 请求。"}


def test_unknown_api_address_is_a_json_404(client, db):
    for path in ("/api/v1/", "/api/v1/nothing", "/api/v2/channels", "/api/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"message": "接口地址不存在。"}
