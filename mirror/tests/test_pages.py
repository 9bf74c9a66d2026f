"""The traditional mirror of the public pages: the same content in traditional characters,
its links kept in the mirror, the two versions linked by hreflang."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.rich_text import RichText

from mirror.middleware import MirrorMiddleware
from news.testing import make_article

BODY = '<p>记者从发布会获悉,新软件已上线。</p><p><a href="/gonghui/">工会频道</a></p>'


@pytest.fixture
def article(channel):
    return make_article(
        channel,
        "工会发布新软件",
        authors=["林某"],
        summary="记者获悉的摘要",
        body=[("paragraph", RichText(BODY))],
    )


def mirrored(url):
    return "/big5" + url


def test_an_article_reads_in_traditional_characters(client, article):
    response = client.get(mirrored(article.url))
    assert response.status_code == 200
    html = response.content.decode()
    assert "記者從發佈會獲悉" in html and "工會發布新軟件" in html
    assert "记者" not in re.sub(r"<!-- mirror:asis -->.*?<!-- /mirror:asis -->", "", html, flags=re.S)
    assert '<html lang="zh-Hant">' in html
    assert response["Content-Language"] == "zh-Hant"
    assert int(response["Content-Length"]) == len(response.content)


def test_links_stay_in_the_mirror(client, article):
    html = client.get(mirrored(article.url)).content.decode()
    links = re.findall(r'<a [^>]*href="([^"]+)"', html)
    own = [link for link in links if link.startswith("/") and not link.startswith("//")]
    assert own and all(link.startswith("/big5/") for link in own), own
    assert 'href="/big5/gonghui/"' in html  # a link written in the article's body
    assert 'action="/big5/search/"' in html
    assert 'data-fragment="/big5/sidebar/' in html
    assert re.search(r'<link rel="stylesheet" href="/static/', html)  # files are not mirrored
    assert f'<link rel="canonical" href="http://testserver/big5{article.url}">' in html
    assert f'"url":"http://testserver/big5{article.url}"' in html  # JSON-LD
    assert '"inLanguage":"zh-Hant"' in html


def test_hreflang_both_ways(client, article):
    simplified, traditional = f"http://testserver{article.url}", f"http://testserver/big5{article.url}"
    for url in (article.url, mirrored(article.url)):
        html = client.get(url).content.decode()
        assert f'<link rel="alternate" hreflang="zh-Hans" href="{simplified}">' in html, url
        assert f'<link rel="alternate" hreflang="zh-Hant" href="{traditional}">' in html, url
    switch = f'<a href="{traditional}" lang="zh-Hant" hreflang="zh-Hant">繁體</a>'
    assert switch in client.get(article.url).content.decode()
    switch_back = f'<a href="{simplified}" lang="zh-Hans" hreflang="zh-Hans">简体</a>'
    assert switch_back in client.get(mirrored(article.url)).content.decode()
    assert '<html lang="zh-CN">' in client.get(article.url).content.decode()


@pytest.mark.parametrize(("variant", "expected"), [("s2t", "軟件"), ("s2twp", "軟體"), ("s2hk", "軟件")])
def test_the_variant_setting_chooses_the_phrases(client, article, settings, variant, expected):
    settings.MIRROR_VARIANT = variant
    html = client.get(mirrored(article.url)).content.decode()
    assert f"新{expected}已上線" in html


def test_an_unknown_page_is_the_portals_404(client, home):
    response = client.get("/big5/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "頁面不存在" in html and '<html lang="zh-Hant">' in html
    assert 'href="/big5/"' in html  # 返回首頁


@pytest.mark.parametrize("path", ["/big5/admin/", "/big5/admin/pages/", "/big5/django-admin/", "/big5/api/v1/channels"])
def test_the_admin_and_the_api_are_not_mirrored(admin_client, home, path):
    response = admin_client.get(path)
    assert response.status_code == 404
    assert "頁面不存在" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/big5/%00",
        "/big5/%01%1f/",
        "/big5/\x07bell/",
        "/big5/%ff%fe/",
        "/big5//",
        "/big5/../admin/",
        "/big5/%2e%2e/admin/",
        "/big5/" + "长" * 3000 + "/",
        "/big5/static/portal/site.css",
        "/big5/big5/",
    ],
)
def test_odd_paths_under_the_prefix_get_a_clean_4xx(client, home, path):
    status = client.get(path).status_code
    assert 400 <= status < 500, (path, status)


def test_a_slash_appended_redirect_stays_in_the_mirror(client, channel):
    response = client.get("/big5/gonghui")
    assert response.status_code == 301
    assert response["Location"] == "/big5/gonghui/"


@pytest.mark.parametrize("url", ["/big5/", "/big5/gonghui/", "/big5/calendar/2018/12/25/"])
def test_the_pages_that_list_it(client, article, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "工會發布新軟件" in html and f'href="/big5{article.url}"' in html


def test_the_submission_form(client, home):
    html = client.get("/big5/tougao/").content.decode()
    assert '<html lang="zh-Hant">' in html and 'name="csrfmiddlewaretoken"' in html
    assert 'action="/big5/tougao/"' in html or 'action=""' in html


def test_on_a_host_of_its_own(client, article, settings):
    settings.MIRROR_HOSTS = {"big5.example.cn": "www.example.cn"}
    settings.ALLOWED_HOSTS = ["*"]
    html = client.get(article.url, HTTP_HOST="big5.example.cn").content.decode()
    assert "工會發布新軟件" in html and '<html lang="zh-Hant">' in html
    assert 'href="/gonghui/"' in html  # the same paths, on the mirror's host
    assert f'<link rel="canonical" href="http://big5.example.cn{article.url}">' in html
    assert f'hreflang="zh-Hans" href="http://www.example.cn{article.url}"' in html
    original = client.get(article.url, HTTP_HOST="www.example.cn").content.decode()
    assert "工会发布新软件" in original
    assert f'<a href="http://big5.example.cn{article.url}" lang="zh-Hant"' in original
    assert client.get("/big5" + article.url, HTTP_HOST="www.example.cn").status_code == 404  # no prefix then
    assert client.get("/admin/", HTTP_HOST="big5.example.cn").status_code == 404


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MIRROR_VARIANT", "s2x"),
        ("MIRROR_PREFIX", "big5"),
        ("MIRROR_PREFIX", "/admin/"),
        ("MIRROR_PREFIX", "/繁体/"),
        ("MIRROR_HOSTS", {"big5.example.cn": ""}),
    ],
)
def test_a_mirror_set_up_wrong_is_a_clear_error(settings, name, value):
    setattr(settings, name, value)
    with pytest.raises(ImproperlyConfigured, match=name):
        MirrorMiddleware(lambda request: None)


def test_no_prefix_means_no_mirror(client, article, settings):
    settings.MIRROR_PREFIX = ""
    assert client.get("/big5" + article.url).status_code == 404
    assert "繁體" not in client.get(article.url).content.decode()
