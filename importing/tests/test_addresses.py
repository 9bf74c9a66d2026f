"""Old addresses answer 301 to their article: the site's own paths on any host, a sub-site
host's with its host, the old traditional mirror's into the new one; nothing else."""

import pytest

from importing.addresses import key_of
from importing.models import OldAddress
from news.testing import make_article

OLD = "/c/2026-02-25/8740893.shtml"


@pytest.mark.parametrize(
    "address, key",
    [
        ("http://www.workercn.cn/c/2026-02-25/8740893.shtml", "/c/2026-02-25/8740893.shtml"),
        ("https://WORKERCN.cn/c/1.shtml", "/c/1.shtml"),
        (
            "http://build.workercn.cn/26892/201801/30/180130080504276.shtml",
            "build.workercn.cn/26892/201801/30/180130080504276.shtml",
        ),
        ("xz.workercn.cn/a/b.shtml", "xz.workercn.cn/a/b.shtml"),
        ("http://www.workercn.cn/show.php?id=12", "/show.php?id=12"),
        ("http://www.workercn.cn/%E5%B7%A5%E4%BC%9A/1.html", "/工会/1.html"),
    ],
)
def test_the_key_of_an_old_address(address, key):
    assert key_of(address) == key


@pytest.fixture
def article(channel):
    found = make_article(channel, "做好六字推动工会工作")
    OldAddress.objects.bulk_create(
        [
            OldAddress(key="/c/2026-02-25/8740893.shtml", article=found),
            OldAddress(key="xz.workercn.cn/26892/201801/30/1.shtml", article=found),
            OldAddress(key="/show.php?id=12", article=found),
            OldAddress(
                key="big5.workercn.cn/gate/big5/www.workercn.cn/c/2026-02-25/8740893.shtml",
                article=found,
                traditional=True,
            ),
        ]
    )
    return found


def test_the_sites_own_old_path_answers_on_the_portals_host(client, article):
    response = client.get("/c/2026-02-25/8740893.shtml")
    assert response.status_code == 301 and response["Location"] == article.url
    assert client.head("/c/2026-02-25/8740893.shtml").status_code == 301


def test_a_sub_site_address_answers_only_on_its_host(client, article, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "xz.workercn.cn"]
    assert client.get("/26892/201801/30/1.shtml", HTTP_HOST="xz.workercn.cn").status_code == 301
    assert client.get("/26892/201801/30/1.shtml").status_code == 404


def test_a_dynamic_old_address_keeps_its_query(client, article):
    assert client.get("/show.php", {"id": "12"}).status_code == 301
    assert client.get("/show.php", {"id": "13"}).status_code == 404


def test_the_old_traditional_mirror_answers_with_the_new_one(client, article, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "big5.workercn.cn"]
    response = client.get("/gate/big5/www.workercn.cn/c/2026-02-25/8740893.shtml", HTTP_HOST="big5.workercn.cn")
    assert response.status_code == 301 and response["Location"] == f"/big5{article.url}"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/c/2026-02-25/1.shtml",
        "/c/9999-12-31/99999999999999999999.shtml",
        "/c/%00/1.shtml",
        "/" + "a" * 3000 + ".shtml",
    ],
)
def test_unknown_old_style_addresses_get_the_portals_404(client, article, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "Location" not in response


def test_an_unpublished_article_no_longer_answers(client, article):
    article.unpublish()
    assert client.get("/c/2026-02-25/8740893.shtml").status_code == 404


def test_post_is_not_redirected(client, article):
    assert client.post("/c/2026-02-25/8740893.shtml").status_code in (403, 404, 405)
