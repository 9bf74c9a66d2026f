from datetime import timedelta

import pytest
from django.utils import timezone

from archive.calendar import last_year
from news.testing import beijing, make_article
from ranking.models import ViewCount


@pytest.fixture
def this_hour():
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def count_views(article, hour, views):
    ViewCount.objects.create(article=article, hour=hour, views=views)


def ranked(client, period, **params):
    response = client.get(f"/api/v1/ranking/{period}", params)
    assert response.status_code == 200
    return [(item["rank"], item["article"]["title"], item["views"]) for item in response.json()["items"]]


def test_ranking_per_period_with_view_counts(client, channel, this_hour):
    today, earlier, unpublished = (make_article(channel, title) for title in ("今天", "前几天", "撤下"))
    count_views(today, this_hour, 3)
    count_views(earlier, this_hour - timedelta(days=3), 5)
    count_views(unpublished, this_hour, 99)
    unpublished.unpublish()

    assert ranked(client, "day") == [(1, "今天", 3)]
    assert ranked(client, "week") == [(1, "前几天", 5), (2, "今天", 3)]
    assert ranked(client, "month", limit=1) == [(1, "前几天", 5)]
    body = client.get("/api/v1/ranking/week").json()
    assert (body["period"], body["label"]) == ("week", "7天")
    article = body["items"][0]["article"]
    assert (article["channel"], article["url"]) == (
        {"id": channel.id, "title": "工会"},
        f"http://testserver{earlier.url}",
    )


def test_ranking_of_an_unknown_period_is_a_422(client, db):
    response = client.get("/api/v1/ranking/year")
    assert response.status_code == 422
    assert response.json()["message"] == "参数不正确:path.period"


def test_calendar_day_is_a_beijing_day(client, channel):
    make_article(channel, "前一天深夜", when=beijing(2018, 12, 24, 23, 59, 59))
    make_article(channel, "零点", when=beijing(2018, 12, 25, 0, 0, 0))
    make_article(channel, "晚上", when=beijing(2018, 12, 25, 20, 0, 0))
    make_article(channel, "后一天零点", when=beijing(2018, 12, 26, 0, 0, 0))

    body = client.get("/api/v1/calendar/2018-12-25").json()

    assert body["day"] == "2018-12-25"
    assert [item["title"] for item in body["items"]] == ["晚上", "零点"]
    assert body["items"][1]["publish_time"] == "2018-12-25T00:00:00+08:00"
    assert body["next_cursor"] is None


def test_calendar_day_pages_by_cursor(client, channel):
    for hour in range(5):
        make_article(channel, f"{hour}点", when=beijing(2018, 12, 25, hour))
    first = client.get("/api/v1/calendar/2018-12-25", {"limit": 3}).json()
    second = client.get("/api/v1/calendar/2018-12-25", {"limit": 3, "cursor": first["next_cursor"]}).json()
    assert [item["title"] for item in first["items"] + second["items"]] == ["4点", "3点", "2点", "1点", "0点"]
    assert second["next_cursor"] is None


def test_calendar_day_without_articles_is_empty(client, db):
    assert client.get("/api/v1/calendar/2018-12-25").json() == {"items": [], "next_cursor": None, "day": "2018-12-25"}


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("2023-02-30", "日期不存在:2023-02-30"),
        ("2018-13-01", "日期不存在:2018-13-01"),
        ("0000-01-01", "日期不存在:0000-01-01"),
        ("1989-12-31", "日期 1989-12-31 超出范围:只能查询 1990 年至 {last} 年的日期。"),
        ("9999-12-31", "日期 9999-12-31 超出范围:只能查询 1990 年至 {last} 年的日期。"),
    ],
)
def test_impossible_or_unserved_date_is_a_400(client, db, day, message):
    response = client.get(f"/api/v1/calendar/{day}")
    assert response.status_code == 400
    assert response.json() == {"message": message.format(last=last_year())}


@pytest.mark.parametrize("day", ["2018-1-5", "20181225", "2018-12-25T00:00", "昨天"])
def test_malformed_date_is_a_422(client, db, day):
    response = client.get(f"/api/v1/calendar/{day}")
    assert response.status_code == 422
    assert response.json()["message"] == "参数不正确:path.day"
