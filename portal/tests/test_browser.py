"""A reader's tour in Debian's Chromium at phone and desktop widths. The screenshots it
takes are the ones README.md shows."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from news.models import Article
from ranking.counting import counter
from ranking.models import ViewCount

from .conftest import DESKTOP, PHONE, SCREENSHOTS
from .test_reference_page import REFERENCE_TITLE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PHONE_BROWSER = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/156.0 Mobile Safari/537.36"


@pytest.fixture
def portal(live_server):
    call_command("load_demo", articles_per_channel=3, verbosity=0)
    return live_server.url


def views_of(article):
    counter.flush()
    return sum(ViewCount.objects.filter(article=article).values_list("views", flat=True))


def test_reader_tour_on_desktop_and_phone(portal, browser):
    # One test for both widths: a transactional test empties the tables it leaves,
    # including the home page that a migration made.
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for device, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        tour(portal, browser, device, viewport)


def tour(portal, browser, device, viewport):
    reference = Article.objects.get(title=REFERENCE_TITLE)
    views_before = views_of(reference)
    # Two readers: a view counts once per reader and article (ranking.admission).
    reader = {"user_agent": PHONE_BROWSER} if device == "phone" else {}
    context = browser.new_context(viewport=viewport, locale="zh-CN", timezone_id="Asia/Shanghai", **reader)
    page = context.new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing the pages need
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )

    page.goto(portal + "/")
    expect(page.locator(".main-nav")).to_contain_text("中工网首页")
    expect(page.locator(".box-ranking")).to_contain_text("新闻排行")
    page.screenshot(path=SCREENSHOTS / f"home-{device}.png")

    page.locator(".main-nav").get_by_role("link", name="工会", exact=True).click()
    expect(page.locator("h1.channel-title")).to_have_text("工会")
    expect(page.locator(".subsite-header")).to_contain_text("中工工会")

    page.get_by_role("link", name=REFERENCE_TITLE).first.click()
    expect(page.locator("article h1")).to_have_text(REFERENCE_TITLE)
    expect(page.locator(".article-meta")).to_contain_text("2018-12-25 07:56:26")
    expect(page.locator(".box-leaders li")).to_have_count(19)
    page.screenshot(path=SCREENSHOTS / f"article-{device}.png")
    page.wait_for_load_state("networkidle")
    assert views_of(reference) == views_before + 1

    page.locator(".box-calendar").get_by_role("link", name=re.compile(r"^25\s*日$")).click()
    expect(page).to_have_url(portal + "/calendar/2018/12/25/")
    expect(page.locator("main")).to_contain_text(REFERENCE_TITLE)
    calendar_is_styled(page, portal, device)

    search_from_the_header(page, device)

    panel = page.locator("#follow-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("svg")).to_have_count(4)
    panel.get_by_role("button", name="关闭").click()
    expect(panel).to_be_hidden()
    page.reload()
    expect(page.locator("#follow-panel")).to_be_hidden()
    context.close()
    assert refused == []


def calendar_is_styled(page, portal, device):
    """The month page's days with articles are red links, the selected day blue, and a
    count reads apart from its date (the rules once never matched the markup)."""
    selected = page.locator(".box-calendar td.selected a")
    expect(selected).to_have_css("background-color", "rgb(29, 79, 145)")
    page.goto(portal + "/calendar/2018/12/")
    day = page.locator("main td.has-articles").first
    expect(day.locator("a")).to_have_css("background-color", "rgb(181, 18, 27)")
    expect(day.locator(".count")).to_have_css("display", "block")
    page.screenshot(path=SCREENSHOTS / f"calendar-{device}.png", full_page=True)
    ranks = page.locator(".box-ranking ol.ranked li").first
    if ranks.count():
        content = ranks.evaluate("li => getComputedStyle(li, '::before').content")
        assert content not in ("none", "normal"), content


def search_from_the_header(page, device):
    page.locator(".site-search input[name=q]").fill("全國總工會 “六字”")
    page.locator(".site-search button").click()
    expect(page.locator(".search-summary")).to_contain_text("找到 1 篇相关稿件")
    hit = page.locator(".search-results li").first
    expect(hit.locator("h2")).to_contain_text(REFERENCE_TITLE)
    expect(hit.locator("mark").first).to_be_visible()
    page.screenshot(path=SCREENSHOTS / f"search-{device}.png")
    # Tiers: the reference article holds 工会改革 as typed, others hold 工会 and 改革 apart.
    page.locator(".site-search input[name=q]").fill("工会改革")
    page.locator(".site-search button").click()
    expect(page.locator(".search-summary")).to_contain_text("完全一致")
    expect(page.locator(".search-tier-typed")).to_contain_text("完全一致")
    expect(page.locator(".search-results")).to_contain_text(REFERENCE_TITLE)
    page.screenshot(path=SCREENSHOTS / f"search-tiers-{device}.png", full_page=True)
    page.go_back()
    page.go_back()
