"""A reader-mode / aggregator extractor (trafilatura) must read an article page the way a
person does: our title, byline, date and body, not the navigation, sidebar or footer."""

import json

import pytest
import trafilatura

from delivery.testing import page_as_shown
from news.testing import beijing, make_article
from ranking.counting import MemoryCounter
from siteconfig.models import FriendlyLink, SiteSettings

from .conftest import BASE, PARAGRAPHS, TITLE

RANKED = "排行榜上的另一篇稿件"


@pytest.fixture
def busy_sidebar(channel, home):
    """Ten other stories in 新闻排行 and a row of 友情链接: text a page carries besides the article."""
    counter = MemoryCounter()
    for n in range(10):
        other = make_article(channel, f"{RANKED}第{n}号", when=beijing(2018, 12, 20, 9, n, 0))
        counter.hit(other.id, n=10 + n)
    counter.flush()
    settings = SiteSettings.for_site(home.get_site())
    for name in ("中华全国总工会", "工人日报", "中国工会新闻"):
        FriendlyLink.objects.create(settings=settings, name=name, url="http://example.cn/")


def extract(client, article):
    html = page_as_shown(client, article.url)
    result = trafilatura.extract(html, url=f"{BASE}{article.url}", output_format="json", with_metadata=True)
    assert result, "trafilatura found no article"
    return json.loads(result), html


def test_the_page_reads_as_its_article(client, article, picture, busy_sidebar):
    found, html = extract(client, article)
    assert RANKED in html and "中华全国总工会" in html  # the distractions are on the page
    assert found["title"] == TITLE
    assert found["author"] == "魏俊; 王芳"
    assert found["date"] == "2018-12-25"
    assert found["source-hostname"] == "中工网"  # trafilatura's site name, from og:site_name
    assert found["source"] == f"{BASE}{article.url}"
    assert found["excerpt"] == "全总要求各级工会做好两节期间困难职工帮扶工作。"
    assert found["categories"] == "深度报道"
    assert sorted(found["tags"].split(";")) == ["困难职工", "送温暖"]
    assert found["image"] == f"{BASE}{picture.renditions.get(filter_spec='max-1200x1200').url}"
    text = found["text"]
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    # From the kicker to the last line of the body, and nothing of what surrounds the article.
    assert text.startswith("认真学习贯彻全总十七大精神")
    assert text.endswith("详见工会栏目。")
    for other in (RANKED, "新闻排行", "新闻日历", "友情链接", "中华全国总工会", "中工网首页"):
        assert other not in text, other


def test_an_article_without_metadata_extras_still_reads_right(client, channel, busy_sidebar):
    """No summary, byline or picture: the date comes from <time datetime>, the text from <article>."""
    body = [("paragraph", f"<p>{text}</p>") for text in PARAGRAPHS]
    plain = make_article(channel, "全总召开新闻发布会", when=beijing(2019, 1, 3, 10, 0, 0), body=body)
    found, _ = extract(client, plain)
    assert found["title"] == "全总召开新闻发布会"
    assert found["date"] == "2019-01-03"
    assert PARAGRAPHS[1] in found["text"]
    assert RANKED not in found["text"]
