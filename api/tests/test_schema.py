"""The served OpenAPI schema, the docs page, and schemathesis against the whole API."""

from random import Random

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.wsgi import get_wsgi_application
from django.db import transaction
from django.utils import timezone
from hypothesis import settings

from demo.images import save_picture
from news.models import Channel
from news.testing import beijing, make_article, make_channel
from portal.testing import connection_kept_through_requests
from ranking.models import ViewCount

OPENAPI = "/api/v1/openapi.json"
# 400 answers schema-valid values the schema cannot rule out: a cursor this server did not
# sign, a date outside the news calendar, a query with nothing searchable.
CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404"]}}}
)
schema = schemathesis.openapi.from_wsgi(OPENAPI, get_wsgi_application(), config=CONFIG)


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    """Channels, articles (with picture, bylines, tags, body) and a ranking row, made once for
    the module in a transaction rolled back at its end, so nothing reaches other tests.
    Tests using it are marked django_db: without one, pytest-django makes no test database."""
    # schemathesis calls the app directly, as a server would.
    with connection_kept_through_requests(), django_db_blocker.unblock(), transaction.atomic():
        try:
            yield _make_content()
        finally:
            transaction.set_rollback(True)


def _make_content():
    picture = save_picture(Random(2), "api-schema", "题图", caption="说明", credit="摄影")
    union = make_channel("工会", "gonghui", intro="工会新闻")
    deep = make_channel("深度报道", "shendu", union)
    make_channel("论坛", "luntan", kind=Channel.Kind.LINK, link_url="http://bbs.example.cn/")
    articles = [
        make_article(
            deep if n % 2 else union,
            f"职工之家建设第{n}篇",
            when=beijing(2018, 12, 25, 8 + n),
            kicker="引题",
            authors=["魏俊", "王芳"][: 1 + n % 2],
            lead_image=picture if n % 3 else None,
            body=[("paragraph", "<p>职工之家建设</p>"), ("figure", {"image": picture, "caption": "图注"})],
        )
        for n in range(5)
    ]
    articles[0].tags.add("工会")
    articles[0].save()
    ViewCount.objects.create(article=articles[1], hour=timezone.now().replace(minute=0, second=0), views=7)
    return {"channel": union, "articles": articles}


def test_openapi_schema_is_served_in_chinese_with_error_responses(client):
    spec = client.get(OPENAPI).json()
    assert spec["info"]["title"] == "中工网客户端接口"
    operations = {path: item["get"] for path, item in spec["paths"].items()}
    assert set(operations) == {
        "/api/v1/channels",
        "/api/v1/channels/{channel_id}/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/search",
        "/api/v1/ranking/{period}",
        "/api/v1/calendar/{day}",
    }
    assert all(set(item) == {"get"} for item in spec["paths"].values())
    assert operations["/api/v1/search"]["summary"] == "站内搜索"
    assert set(operations["/api/v1/channels/{channel_id}/articles"]["responses"]) == {"200", "400", "404", "422"}
    assert set(operations["/api/v1/articles/{article_id}"]["responses"]) == {"200", "404", "422"}
    assert set(operations["/api/v1/calendar/{day}"]["responses"]) == {"200", "400", "422"}
    error = spec["components"]["schemas"]["ErrorOut"]
    assert error["required"] == ["message"]
    assert error["properties"]["message"]["description"].startswith("错误说明")


def test_docs_page_loads_swagger_ui_from_our_static_files(client):
    html = client.get("/api/v1/docs").content.decode()
    assert '<script src="/static/ninja/swagger-ui-bundle.js">' in html
    assert 'href="/static/ninja/swagger-ui.css"' in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert '"validatorUrl": null' in html
    assert '"url": "/api/v1/openapi.json"' in html
    for asset in ("ninja/swagger-ui-bundle.js", "ninja/swagger-ui-init.js", "ninja/swagger-ui.css"):
        assert finders.find(asset), asset


@pytest.mark.django_db  # also makes pytest-django create the test database at all
def test_real_responses_conform_to_the_schema(content):
    articles = content["articles"]

    def call(path, query=None, **path_parameters):
        case = schema[path]["GET"].Case(path_parameters=path_parameters, query=query or {})
        response = case.call_and_validate()
        assert response.status_code == 200, path
        return response.json()

    assert [c["title"] for c in call("/api/v1/channels")["channels"]] == ["工会", "论坛"]
    page = call("/api/v1/channels/{channel_id}/articles", {"limit": 2}, channel_id=content["channel"].id)
    assert [item["id"] for item in page["items"]] == [articles[4].id, articles[3].id]
    assert page["next_cursor"]
    assert call("/api/v1/articles/{article_id}", article_id=articles[0].id)["tags"] == ["工会"]
    ranked = call("/api/v1/ranking/{period}", period="day")["items"]
    assert [(item["article"]["id"], item["views"]) for item in ranked] == [(articles[1].id, 7)]
    assert len(call("/api/v1/calendar/{day}", day="2018-12-25")["items"]) == 5


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None)
def test_api_conforms_to_its_schema(case, content):
    response = case.call_and_validate()
    assert response.status_code < 500
