import re

import pytest
from bs4 import BeautifulSoup

from complaints.models import RECEIPT_ALPHABET, Complaint
from complaints.views import REPORTS_PER_HOUR
from news.testing import make_article
from portal.testing import readers_form
from review.roles import CHIEF_EDITOR, REPORTER
from review.testing import make_staff_member

REPORT = "/jubao/"


def filled_form(client, **fields):
    sent = {"category": "rumour", "url": "https://example.cn/a.html", "description": "这篇稿件的数字不实。"}
    return readers_form(client, REPORT, **(sent | fields))


@pytest.mark.django_db
def test_a_reader_reports_and_looks_up_the_answer(client):
    response = client.post(REPORT, filled_form(client, contact="reader@example.cn"))
    assert response.status_code == 303
    complaint = Complaint.objects.get()
    assert re.fullmatch(f"[{RECEIPT_ALPHABET}]{{10}}", complaint.receipt)
    assert complaint.status == Complaint.Status.NEW and complaint.address == "127.0.0.1"
    page = client.get(response["Location"]).content.decode()
    assert complaint.receipt in page and "待处理" in page

    complaint.status, complaint.reply, complaint.action_taken = Complaint.Status.DONE, "已核实并更正。", "内部:联系编辑"
    complaint.save()
    page = client.get(f"/jubao/chaxun/?receipt= {complaint.receipt.lower()} ").content.decode()
    assert "已处理" in page and "已核实并更正。" in page
    assert "内部" not in page, "the handler's own notes are not the reader's"


@pytest.mark.django_db
def test_wrong_captcha_unknown_receipt_and_bad_input_save_nothing(client):
    assert client.post(REPORT, filled_form(client, captcha_1="WRONG")).status_code == 400
    assert client.post(REPORT, filled_form(client, category="nonsense")).status_code == 400
    assert client.post(REPORT, filled_form(client, description="")).status_code == 400
    assert client.post(REPORT, filled_form(client, description="长" * 2001)).status_code == 400
    assert client.post(REPORT, filled_form(client, url="javascript:alert(1)")).status_code == 400
    assert not Complaint.objects.exists()
    assert client.get("/jubao/chaxun/?receipt=NOSUCHONE").status_code == 404
    assert client.get("/jubao/chaxun/?receipt=" + "x" * 100).status_code == 400


@pytest.mark.django_db
def test_control_characters_are_dropped_and_markup_stays_text(client):
    assert client.post(REPORT, filled_form(client, description="空字符\x00")).status_code == 400
    client.post(REPORT, filled_form(client, description="第一行\x0b第二行\x1b<script>alert(1)</script>"))
    complaint = Complaint.objects.get()
    assert complaint.description == "第一行 第二行<script>alert(1)</script>"
    page = client.get(f"/jubao/chaxun/?receipt={complaint.receipt}").content.decode()
    assert "<script>alert(1)" not in page


@pytest.mark.django_db
def test_one_address_is_turned_away_after_the_hourly_limit(client):
    for _ in range(REPORTS_PER_HOUR):
        assert client.post(REPORT, filled_form(client)).status_code == 303
    assert client.post(REPORT, filled_form(client)).status_code == 429
    assert Complaint.objects.count() == REPORTS_PER_HOUR
    other = filled_form(client)
    assert client.post(REPORT, other, REMOTE_ADDR="10.0.0.9").status_code == 303


@pytest.mark.django_db
def test_the_form_is_never_cached_and_every_page_links_to_it(client, channel):
    form = client.get(REPORT)
    assert "no-store" in form["Cache-Control"] or "private" in form["Cache-Control"]
    article = make_article(channel, title="一篇稿件")
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert page.select_one(".site-header a[href='/jubao/']")
    assert page.select_one("footer .reporting a[href='/jubao/']")
    report_this = page.select_one(".report-this a")["href"]
    assert report_this.startswith("/jubao/?url=http")
    prefilled = BeautifulSoup(client.get(report_this).content, "html.parser")
    assert prefilled.select_one("input[name=url]")["value"] == article.full_url


@pytest.mark.django_db
def test_the_chief_editor_handles_the_queue_and_a_reporter_cannot(client):
    complaint = Complaint.objects.create(category="porn", description="不良图片")
    chief = make_staff_member("chief", CHIEF_EDITOR)
    client.force_login(chief)
    listing = client.get("/admin/complaint_queue/").content.decode()
    assert complaint.receipt in listing and "待处理" in listing
    edit = f"/admin/complaint_queue/edit/{complaint.pk}/"
    fields = {"category": "porn", "url": "", "description": "不良图片", "contact": ""}
    client.post(edit, fields | {"status": "done", "action_taken": "已删除图片", "reply": "已删除。"})
    complaint.refresh_from_db()
    assert complaint.status == "done" and complaint.handler == chief and complaint.handled_at is not None

    client.post(edit, fields | {"status": "handling", "action_taken": "", "reply": ""})
    complaint.refresh_from_db()
    assert complaint.handled_at is None, "reopened"

    client.force_login(make_staff_member("reporter", REPORTER))
    assert client.get("/admin/complaint_queue/").status_code in (302, 403)
    client.post(edit, fields | {"status": "declined", "action_taken": "", "reply": ""})
    complaint.refresh_from_db()
    assert complaint.status == "handling"


@pytest.mark.django_db
def test_listed_words_are_logged_and_marked_for_the_handler_who_cannot_rewrite_the_report(client):
    from screening.models import ScreeningHit, SensitiveWord

    SensitiveWord.objects.create(word="赌博网站", action="review")
    client.post(REPORT, filled_form(client, description="有人在评论里推广赌 博 网站。"))
    complaint = Complaint.objects.get()
    assert ScreeningHit.objects.get(source=f"complaint:{complaint.pk}").matched == "赌 博 网站"

    client.force_login(make_staff_member("chief", CHIEF_EDITOR))
    edit = f"/admin/complaint_queue/edit/{complaint.pk}/"
    assert '<mark class="sensitive" title="其他·送审">赌 博 网站</mark>' in client.get(edit).content.decode()
    fields = {"category": "porn", "url": "", "description": "改写后的内容", "contact": ""}
    client.post(edit, fields | {"status": "handling", "action_taken": "", "reply": ""})
    complaint.refresh_from_db()
    assert complaint.status == "handling"
    assert (complaint.category, complaint.description) == ("rumour", "有人在评论里推广赌 博 网站。")
