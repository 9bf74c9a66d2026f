import pytest

from news.testing import beijing, make_article, make_channel

URL = "/api/v1/search"


@pytest.fixture
def articles(channel):
    made = [make_article(channel, f"职工书屋第{n}期开放", when=beijing(2026, 3, n + 1, 9)) for n in range(25)]
    made.append(make_article(channel, "全国總工會召开会议", summary="会议部署全年工作。", authors=["魏俊"]))
    return made


def search(client, status=200, **params):
    response = client.get(URL, params)
    assert response.status_code == status, response.content
    return response.json()


def test_hits_are_article_items_with_highlighted_title_and_snippet(client, channel, articles):
    body = search(client, q="全国总工会")
    assert (body["total"], body["capped"], body["page"], body["page_size"], body["has_next"]) == (
        1,
        False,
        1,
        20,
        False,
    )
    hit = body["items"][0]
    assert hit["title_html"] == "<mark>全国總工會</mark>召开会议"
    assert "会议部署全年工作" in hit["snippet_html"]
    assert hit["tier"] == "typed"
    assert (body["typed"], body["words"], body["apart"]) == (1, [], 0)
    article = hit["article"]
    assert (article["id"], article["title"], article["authors"]) == (articles[-1].id, "全国總工會召开会议", ["魏俊"])
    assert article["channel"] == {"id": channel.id, "title": "工会"}
    assert article["url"] == f"http://testserver{articles[-1].url}"


def test_pages_of_twenty_newest_first(client, articles):
    first = search(client, q="职工书屋", order="newest")
    second = search(client, q="职工书屋", order="newest", page=2)
    assert (first["total"], first["has_next"], len(first["items"])) == (25, True, 20)
    assert (second["has_next"], len(second["items"])) == (False, 5)
    titles = [hit["article"]["title"] for hit in first["items"] + second["items"]]
    assert titles == [f"职工书屋第{n}期开放" for n in range(24, -1, -1)]


def test_channel_filter_includes_sub_channels_and_dates_are_inclusive(client, channel, articles):
    deep = make_channel("深度报道", "shendu", channel)
    make_article(deep, "深度报道里的职工书屋")
    make_article(make_channel("维权", "weiquan"), "维权栏目的职工书屋")
    assert search(client, q="职工书屋", channel=channel.id)["total"] == 26
    assert search(client, q="职工书屋", channel=deep.id)["total"] == 1
    assert search(client, q="职工书屋", start="2026-03-02", end="2026-03-03")["total"] == 2


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": ""}, "请输入要搜索的词。"),
        ({"q": "!!!"}, "搜索词里没有可搜索的文字或数字,请换一个词。"),
        ({"q": "职工", "start": "2026-03-03", "end": "2026-03-02"}, "开始日期不能晚于结束日期。"),
    ],
)
def test_unsearchable_queries_are_a_400_with_the_reason(client, articles, params, message):
    assert search(client, 400, **params) == {"message": message}


def test_too_long_query_is_a_400(client, db):
    assert search(client, 400, q="职工" * 200)["message"].startswith("搜索词太长")


def test_dates_outside_the_calendar_are_a_400(client, db):
    body = search(client, 400, q="职工", end="9999-12-31")
    assert body["message"].startswith("结束日期 9999-12-31 超出范围")


def test_unknown_channel_is_a_404(client, db):
    assert search(client, 404, q="职工", channel=999999) == {"message": "栏目不存在或未发布:999999"}


@pytest.mark.parametrize(
    ("params", "field"),
    [({}, "query.q"), ({"q": "职工", "order": "hot"}, "query.order"), ({"q": "职工", "page": 51}, "query.page")],
)
def test_bad_parameters_are_a_422(client, db, params, field):
    assert search(client, 422, **params)["message"] == f"参数不正确:{field}"


def test_a_term_found_nowhere_as_typed_offers_its_words(client, articles):
    body = search(client, q="职工开放")
    assert (body["total"], body["typed"], body["words"], body["items"]) == (0, 0, ["职工", "开放"], [])
    assert body["apart"] == 25
    offered = search(client, q="职工开放", parts="true")
    assert (offered["total"], offered["typed"], len(offered["items"])) == (25, 0, 20)
    assert {hit["tier"] for hit in offered["items"]} == {"one_place"}
