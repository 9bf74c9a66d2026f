"""The newsroom's whole path in the admin, in Debian's Chromium: a reporter writes and
submits, 初审, 复审 and 终审 approve in turn, and the article is on the site and in its
module; and the path where 复审 sends it back and the reporter reads why."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from news.models import Article, Channel
from review.roles import CHIEF_EDITOR, FIRST_READER, REPORTER, SECOND_READER
from review.testing import PASSWORD, make_staff_member

from .conftest import DESKTOP, SCREENSHOTS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def newsroom(live_server):
    # serialized_rollback brings back what migrations made (site, groups, 三审) for this test.
    call_command("load_demo", articles_per_channel=2, verbosity=0)
    for username, role in (("jizhe", REPORTER), ("bianji", FIRST_READER), ("zhuren", SECOND_READER)):
        make_staff_member(username, role)
    make_staff_member("zongbian", CHIEF_EDITOR)
    return live_server.url


def test_reporter_to_three_reviewers_to_the_site_and_back_with_a_comment(newsroom, browser):
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN", timezone_id="Asia/Shanghai")
    page = context.new_page()
    channel = Channel.objects.get(slug="shendu")

    write_and_submit(page, newsroom, channel, "产改一线的新变化")
    review(page, newsroom, "bianji", "产改一线的新变化", "初审通过")
    screenshot(page, "admin-review-acknowledged.png")
    review(page, newsroom, "zhuren", "产改一线的新变化", "复审通过")
    review_in_editor(page, newsroom, "zongbian", "产改一线的新变化", "终审通过")
    article = Article.objects.get(title="产改一线的新变化")
    assert article.live and article.editor == "bianji"  # 初审 signed as 责任编辑

    page.goto(newsroom + "/")
    expect(page.locator(".box", has_text="深度报道").first).to_contain_text("产改一线的新变化")
    page.goto(newsroom + channel.url)
    page.get_by_role("link", name="产改一线的新变化").first.click()
    expect(page.locator("article h1")).to_have_text("产改一线的新变化")

    write_and_submit(page, newsroom, channel, "待核实的一篇稿件")
    review(page, newsroom, "bianji", "待核实的一篇稿件", "初审通过")
    send_back(page, newsroom, "zhuren", "待核实的一篇稿件", "第二段数据来源请补充。")
    log_in(page, newsroom, "jizhe")
    mine = page.locator("#my-articles-section, #my-articles").first
    expect(mine).to_contain_text("复审退回修改")
    expect(mine).to_contain_text("第二段数据来源请补充。")
    page.screenshot(path=SCREENSHOTS / "admin-reporter-dashboard.png", full_page=True)
    assert not Article.objects.get(title="待核实的一篇稿件").live
    context.close()


def log_in(page, base, username):
    page.context.clear_cookies()
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page.locator("main")).to_be_visible()


def write_and_submit(page, base, channel, title):
    log_in(page, base, "jizhe")
    page.goto(f"{base}/admin/news/write/{channel.pk}/")
    page.fill("#id_title", title)
    page.fill("#id_source", "中工网")
    page.fill("#id_summary", "记者在一线看到的变化。")
    open_actions(page)
    page.get_by_role("button", name=re.compile("提交")).first.click()
    expect(page.locator(".messages")).to_contain_text(title)


def review(page, base, username, title, action):
    """From the row of 待我审核 on the dashboard: the action's button, then its dialog."""
    log_in(page, base, username)
    row = page.locator("#awaiting-review-section tr, #awaiting-review tr").filter(has_text=title).first
    row.get_by_role("button", name=action, exact=True).click()
    confirm(page, title, action)
    expect(page.locator(".messages")).to_contain_text(f"《{title}》{action}")


def review_in_editor(page, base, username, title, action):
    """From the article's editor: the footer's action, then its dialog."""
    log_in(page, base, username)
    page.locator("#awaiting-review-section, #awaiting-review").first.get_by_role("link", name=title).first.click()
    open_actions(page)
    # The final step's button also says it publishes.
    page.get_by_role("button", name=re.compile(f"^{action}")).first.click()
    confirm(page, title, action)
    expect(page.locator(".messages")).to_contain_text(title)


def send_back(page, base, username, title, comment):
    log_in(page, base, username)
    row = page.locator("#awaiting-review-section tr, #awaiting-review tr").filter(has_text=title).first
    row.get_by_role("button", name="退回修改", exact=True).click()
    confirm(page, title, "退回修改", comment, shot="admin-review-dialog.png")
    expect(page.locator(".messages")).to_contain_text(f"《{title}》复审退回修改")


def confirm(page, title, action, comment="", shot=None):
    """The dialog names the article and the action; its button carries it out."""
    dialog = page.locator(".modal-content").last
    expect(dialog).to_contain_text(f"确认对《{title}》{action}?")
    if comment:
        dialog.locator("textarea").fill(comment)
    if shot:
        screenshot(page, shot)
    dialog.get_by_role("button", name=f"确认{action}").click()


def screenshot(page, name):
    """Once the dialog or message has finished sliding in (no animation left running)."""
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    page.screenshot(path=SCREENSHOTS / name)


def open_actions(page):
    """The editor's footer keeps all but its first action in a drop-down."""
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]").first.click()
