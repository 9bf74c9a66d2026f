"""Numbers past 64 bits in addresses and query strings name no row: a 404 or the form's
message, never a 500, on both databases."""

import pytest

from news.testing import make_article
from portal.converters import ROW_ID_MAX, row_id

TOO_LONG = "9223372036854775808"  # 2**63
MUCH_TOO_LONG = "99999999999999999999999"


@pytest.mark.parametrize(
    "value, expected",
    [("1", 1), (str(ROW_ID_MAX), ROW_ID_MAX), (TOO_LONG, None), ("0", None), ("-1", None), ("١٢", None), ("", None)],
)
def test_row_ids_are_what_a_64_bit_column_holds(value, expected):
    assert row_id(value) == expected


@pytest.mark.parametrize(
    "url",
    [
        f"/ranking/hit/{TOO_LONG}/",
        f"/rss/{TOO_LONG}.xml",
        f"/rss/{MUCH_TOO_LONG}.xml",
        f"/api/v1/channels/{TOO_LONG}/articles",
        f"/api/v1/articles/{TOO_LONG}",
    ],
)
def test_public_addresses_with_ids_past_64_bits_are_not_found(client, channel, url):
    assert client.get(url).status_code in (404, 422)


def test_a_search_in_a_channel_past_64_bits_says_so(client, channel):
    make_article(channel, "工会新闻")
    response = client.get("/search/", {"q": "工会", "channel": MUCH_TOO_LONG})
    assert response.status_code == 400
    assert "栏目" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        f"/admin/pages/{TOO_LONG}/edit/",
        f"/admin/pages/{MUCH_TOO_LONG}/",
        f"/admin/images/{TOO_LONG}/",
        f"/admin/news/write/{TOO_LONG}/",
        f"/admin/pages/{TOO_LONG}/add_subpage/",
        f"/admin/complaint_queue/edit/{TOO_LONG}/",
        f"/admin/submission_queue/edit/{TOO_LONG}/",
        f"/admin/submission_queue/{TOO_LONG}/draft/",
        f"/admin/submission_queue/attachment/{TOO_LONG}/",
        f"/admin/curations/edit/{TOO_LONG}/",
        f"/admin/beacon_bursts/edit/{TOO_LONG}/",
        f"/admin/screening/article/{TOO_LONG}/",
        f"/admin/pictures/original/{TOO_LONG}",
    ],
)
def test_admin_addresses_with_ids_past_64_bits_are_not_found(admin_client, channel, url):
    assert admin_client.get(url).status_code == 404
