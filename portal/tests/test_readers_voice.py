"""A reader sends a 举报 and a 投稿 in Chromium; the screenshots show the forms, the receipt,
a 转载's origin and the footer's filing numbers as README.md shows them."""

import pytest
from captcha.models import CaptchaStore
from playwright.sync_api import expect
from wagtail.models import Site

from complaints.models import Complaint
from news.testing import make_article
from siteconfig.models import SiteSettings
from submissions.models import Submission

from .conftest import DESKTOP, SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def answer_captcha(page):
    hashkey = page.locator("input[name=captcha_0]").get_attribute("value")
    page.locator("input[name=captcha_1]").fill(CaptchaStore.objects.get(hashkey=hashkey).response)


def footer_settings():
    conf = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    conf.copyright = "Copyright 2008-{年} 示例网 版权所有"
    conf.report_email = "jubao@example.cn"
    conf.minors_report = "weichengnian@example.cn"
    for row, text in [
        (1, "京ICP证000000号"),
        (1, "京ICP备00000000号-1"),
        (1, "京公网安备 11000000000000号"),
        (2, "互联网新闻信息服务许可证 10120000000"),
    ]:
        conf.licences.create(text=text, row=row)
    conf.hotlines.create(label="违法和不良信息举报电话", number="010-00000000")
    conf.save()  # the footer's rows are kept with the settings (modelcluster)


def test_a_reader_reports_an_article_and_sends_a_story(live_server, browser, channel):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    footer_settings()
    article = make_article(
        channel,
        "转载的一篇稿件",
        reprint=True,
        source="新华社",
        original_author="记者 甲乙",
        original_title="原发单位的标题",
        original_url="https://news.example.cn/a.html",
    )
    page = browser.new_context(viewport=DESKTOP, locale="zh-CN").new_page()
    page.goto(live_server.url + article.url)
    expect(page.locator(".original-title")).to_have_text("原标题:原发单位的标题")
    page.locator(".article-footer").screenshot(path=SCREENSHOTS / "reprint-desktop.png")
    page.locator(".site-footer").screenshot(path=SCREENSHOTS / "footer-desktop.png")

    page.get_by_role("link", name="举报此文").click()
    expect(page.locator("input[name=url]")).to_have_value(article.full_url)
    page.locator("select[name=category]").select_option(label="谣言及虚假信息")
    page.locator("textarea[name=description]").fill("文中数字与原文不符。")
    answer_captcha(page)
    page.screenshot(path=SCREENSHOTS / "complaint-form-desktop.png", full_page=True)
    page.get_by_role("button", name="提交举报").click()
    receipt = Complaint.objects.get().receipt
    expect(page.locator(".receipt")).to_contain_text(receipt)
    expect(page.locator(".complaint-result")).to_contain_text("待处理")
    page.screenshot(path=SCREENSHOTS / "complaint-receipt-desktop.png")

    page.get_by_role("link", name="投稿").first.click()
    page.locator("input[name=name]").fill("王读者")
    page.locator("input[name=contact]").fill("13800000000")
    page.locator("input[name=title]").fill("车间里的新变化")
    page.locator("textarea[name=text]").fill("第一段。\n第二段。")
    answer_captcha(page)
    page.screenshot(path=SCREENSHOTS / "submission-form-desktop.png", full_page=True)
    page.get_by_role("button", name="提交稿件").click()
    expect(page.locator(".receipt")).to_contain_text("谢谢来稿")
    assert Submission.objects.get().title == "车间里的新变化"
