import json
import re
from datetime import UTC, datetime
from random import Random

import extruct
from django.contrib.staticfiles import finders
from PIL import Image

from demo.images import save_picture
from news.models import Article
from news.testing import beijing, make_article
from siteconfig.models import SiteSettings
from syndication.publisher import STATIC_LOGO, STATIC_LOGO_SIZE
from syndication.structured_data import json_ld_script

from .conftest import BASE, PARAGRAPHS, TITLE


def read(client, article):
    """The page's JSON-LD objects and its Open Graph (property, content) pairs, as extruct reads them."""
    html = client.get(article.url).content.decode()
    data = extruct.extract(html, base_url=f"{BASE}{article.url}", syntaxes=["json-ld", "opengraph"], uniform=False)
    [og] = data["opengraph"]
    return data["json-ld"], og["properties"], html


def news_article(client, article):
    found, _, _ = read(client, article)
    [ld] = found
    assert ld["@context"] == "https://schema.org"
    assert ld["@type"] == "NewsArticle"
    return ld


def test_json_ld_describes_the_article(client, article, picture):
    ld = news_article(client, article)
    url = f"{BASE}{article.url}"
    assert ld["url"] == url
    assert ld["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert ld["headline"] == TITLE
    assert ld["alternativeHeadline"] == "认真学习贯彻全总十七大精神"
    assert ld["description"] == "全总要求各级工会做好两节期间困难职工帮扶工作。"
    assert ld["author"] == [{"@type": "Person", "name": "魏俊"}, {"@type": "Person", "name": "王芳"}]
    assert ld["datePublished"] == "2018-12-25T07:56:26+08:00"
    assert ld["dateModified"] == "2018-12-25T07:56:26+08:00"
    assert ld["articleSection"] == "深度报道"
    assert sorted(ld["keywords"]) == ["困难职工", "送温暖"]
    assert ld["inLanguage"] == "zh-CN"


def test_json_ld_image_is_an_absolute_rendition_of_the_lead_picture(client, article, picture):
    image = news_article(client, article)["image"]
    rendition = picture.renditions.get(filter_spec="max-1200x1200")
    assert image == {"@type": "ImageObject", "url": f"{BASE}{rendition.url}", "width": 800, "height": 450}
    assert client.get(rendition.url).status_code == 200


def test_publisher_is_the_site_with_the_built_in_logo(client, article):
    publisher = news_article(client, article)["publisher"]
    logo = publisher.pop("logo")
    assert publisher == {"@type": "Organization", "name": "中工网", "url": f"{BASE}/"}
    assert logo == {"@type": "ImageObject", "url": f"{BASE}/static/{STATIC_LOGO}", "width": 512, "height": 512}
    response = client.get(f"/static/{STATIC_LOGO}")  # served from our own server, nothing from outside
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


def test_built_in_logo_is_the_size_the_metadata_claims(db):
    with Image.open(finders.find(STATIC_LOGO)) as logo:
        assert logo.format == "PNG"
        assert logo.size == STATIC_LOGO_SIZE
        assert min(STATIC_LOGO_SIZE) >= 112  # search engines ask at least this of a logo


def test_publisher_logo_uploaded_in_site_settings_replaces_the_built_in_one(client, article, home):
    uploaded = save_picture(Random(2), "logo", "网站标志")
    settings = SiteSettings.for_site(home.get_site())
    settings.logo = uploaded
    settings.site_name = "工人日报网"
    settings.save()

    publisher = news_article(client, article)["publisher"]
    rendition = uploaded.renditions.get(filter_spec="max-600x600")
    assert publisher["name"] == "工人日报网"
    assert publisher["logo"] == {
        "@type": "ImageObject",
        "url": f"{BASE}{rendition.url}",
        "width": rendition.width,
        "height": rendition.height,
    }


def test_open_graph_describes_the_article(client, article, picture):
    _, og, _ = read(client, article)
    single = {prop: content for prop, content in og if prop != "article:tag"}
    rendition = picture.renditions.get(filter_spec="max-1200x1200")
    assert single == {
        "og:type": "article",
        "og:title": TITLE,
        "og:description": "全总要求各级工会做好两节期间困难职工帮扶工作。",
        "og:url": f"{BASE}{article.url}",
        "og:site_name": "中工网",
        "og:locale": "zh_CN",
        "og:image": f"{BASE}{rendition.url}",
        "og:image:width": "800",
        "og:image:height": "450",
        "og:image:alt": "职工在车间",
        "article:published_time": "2018-12-25T07:56:26+08:00",
        "article:modified_time": "2018-12-25T07:56:26+08:00",
        "article:section": "深度报道",
    }
    assert sorted(content for prop, content in og if prop == "article:tag") == ["困难职工", "送温暖"]


def test_head_has_canonical_author_and_one_description(client, article):
    _, _, html = read(client, article)
    head = html[: html.index("</head>")]
    assert re.findall(r'<link rel="canonical" href="([^"]+)">', head) == [f"{BASE}{article.url}"]
    assert re.findall(r'<meta name="author" content="([^"]+)">', head) == ["魏俊、王芳"]
    assert re.findall(r'<meta name="description" content="([^"]+)">', head) == [
        "全总要求各级工会做好两节期间困难职工帮扶工作。"
    ]


def test_description_falls_back_to_the_search_description_then_the_body(client, channel):
    body = [("paragraph", f"<p>{text}</p>") for text in PARAGRAPHS]
    plain = make_article(channel, "没有摘要", body=body)
    ld = news_article(client, plain)
    assert ld["description"].startswith(PARAGRAPHS[0])
    assert len(ld["description"]) <= 120

    plain.search_description = "给搜索引擎的描述"
    plain.save()
    _, og, html = read(client, plain)
    assert news_article(client, plain)["description"] == "给搜索引擎的描述"
    assert ("og:description", "给搜索引擎的描述") in og
    assert html.count('<meta name="description"') == 1


def test_article_without_byline_or_picture_is_credited_to_its_source(client, channel):
    plain = make_article(channel, "简讯", source="《工人日报》")
    found, og, _ = read(client, plain)
    [ld] = found
    assert ld["author"] == [{"@type": "Organization", "name": "《工人日报》"}]
    assert "image" not in ld and "alternativeHeadline" not in ld and "keywords" not in ld
    assert not [prop for prop, _ in og if prop.startswith("og:image")]


def test_date_modified_is_the_last_publication_of_an_edit(client, article):
    Article.objects.filter(pk=article.pk).update(last_published_at=datetime(2018, 12, 26, 2, 0, 0, tzinfo=UTC))
    ld = news_article(client, Article.objects.get(pk=article.pk))
    assert ld["datePublished"] == "2018-12-25T07:56:26+08:00"
    assert ld["dateModified"] == "2018-12-26T10:00:00+08:00"


def test_text_that_looks_like_markup_cannot_leave_the_script(client, channel):
    sneaky = '标题</script><script>alert("x")</script><!--'
    story = make_article(channel, sneaky, kicker="引题 & 副题", when=beijing(2018, 12, 25, 7, 56, 26))
    found, og, html = read(client, story)
    [ld] = found
    assert ld["headline"] == sneaky
    assert ld["alternativeHeadline"] == "引题 & 副题"
    assert ("og:title", sneaky) in og
    assert "<script>alert" not in html
    assert "\\u003c/script\\u003e" in html


def test_json_ld_script_escapes_what_ends_a_script(db):
    script = json_ld_script({"headline": "</script>&<!--"})
    assert script.startswith('<script type="application/ld+json">') and script.count("</script>") == 1
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(inner) == {"headline": "</script>&<!--"}
    assert not set("<>&") & set(inner)


def test_preview_of_an_article_not_yet_saved_carries_its_metadata(article):
    """The editor's preview renders a page that has no id, no channel and no URL yet."""
    folder = article.get_parent()
    draft = Article(title="尚未保存的稿件", source="中工网", editor="编辑甲")
    draft.depth, draft.path = folder.depth + 1, folder.get_last_child()._inc_path()  # as Wagtail's preview does
    draft.set_url_path(folder)
    response = draft.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    [og] = extruct.extract(html, syntaxes=["opengraph"], uniform=False)["opengraph"]
    assert ("og:title", "尚未保存的稿件") in og["properties"]
    assert '<meta name="description" content="">' not in html
