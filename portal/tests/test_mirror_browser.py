"""The traditional mirror (繁体版) in Debian's Chromium: a reader switches the reference
article to traditional characters, the page is whole (its sidebar fragment, its styles,
its view beacon) and switches back."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from news.models import Article

from .conftest import DESKTOP, SCREENSHOTS
from .test_browser import views_of
from .test_reference_page import REFERENCE_TITLE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TRADITIONAL_TITLE = "做好“六字”,推動工會工作邁上新臺階"


def test_a_reader_switches_the_article_to_traditional(live_server, browser):
    call_command("load_demo", articles_per_channel=1, verbosity=0)
    reference = Article.objects.get(title=REFERENCE_TITLE)
    views_before = views_of(reference)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=DESKTOP, locale="zh-TW", timezone_id="Asia/Shanghai")
    page = context.new_page()
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)

    page.goto(live_server.url + reference.url)
    page.get_by_role("link", name="繁體").click()
    expect(page).to_have_url(f"{live_server.url}/big5{reference.url}")
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hant")
    expect(page.locator("article h1")).to_have_text(TRADITIONAL_TITLE)
    expect(page.locator(".main-nav")).to_contain_text("中工網首頁")
    expect(page.locator(".box-ranking")).to_contain_text("新聞排行")  # the sidebar fragment, mirrored
    page.wait_for_load_state("networkidle")
    page.screenshot(path=SCREENSHOTS / "article-mirror-desktop.png", full_page=False)
    # The mirror's beacon is the original's: one reader of both versions is one view.
    assert views_of(reference) == views_before + 1

    page.locator(".main-nav").get_by_role("link", name="工會", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/big5/gonghui/")
    page.get_by_role("link", name="简体").click()
    expect(page).to_have_url(f"{live_server.url}/gonghui/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    assert refused == []
    context.close()
