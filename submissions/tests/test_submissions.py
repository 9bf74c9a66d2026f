import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import PageLogEntry, WorkflowState

from news.models import Article
from portal.testing import readers_form
from review.testing import newsroom_staff
from submissions.models import Submission
from submissions.views import SUBMISSIONS_PER_HOUR

FORM = "/tougao/"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def picture(size=(64, 48), fmt="JPEG", mode="RGB", **save):
    out = io.BytesIO()
    Image.new(mode, size, "red" if mode == "RGB" else 1).save(out, fmt, **save)
    return out.getvalue()


def filled_form(client, **fields):
    sent = {"name": "王读者", "contact": "13800000000", "title": "车间里的新变化", "text": "第一段。\n\n第二段。"}
    return readers_form(client, FORM, **(sent | fields))


def upload(name, data):
    return SimpleUploadedFile(name, data)


@pytest.mark.django_db
def test_a_reader_sends_text_and_files_kept_out_of_public_media(client):
    exif = Image.Exif()
    exif[0x010F] = "相机厂商"  # metadata the re-encoding must drop
    files = [upload("现场.jpg", picture(exif=exif)), upload("说明.pdf", PDF)]
    response = client.post(FORM, filled_form(client, attachments=files))
    assert response.status_code == 303 and response["Location"] == "/tougao/shoudao/"
    submission = Submission.objects.get()
    assert submission.paragraphs() == ["第一段。", "第二段。"] and submission.address == "127.0.0.1"
    image, document = submission.attachments.order_by("kind", "pk").reverse()
    assert (image.kind, image.original_name, document.original_name) == ("image", "现场.jpg", "说明.pdf")
    stored = Path(image.file.path)
    assert stored.is_relative_to(settings.PRIVATE_MEDIA_ROOT) and not stored.is_relative_to(settings.MEDIA_ROOT)
    with Image.open(stored) as kept:
        assert kept.size == (64, 48) and not kept.getexif()
    assert Path(document.file.path).read_bytes() == PDF
    assert "稿件已收到" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([upload("照片.jpg", b"MZ\x90\x00" + b"\x00" * 200)], "“照片.jpg”不是可接受的文件"),
        ([upload("坏图.png", picture(fmt="PNG")[:60])], "“坏图.png”不是完好的图片"),
        ([upload("巨图.png", picture((60000, 2000), "PNG", mode="1"))], "“巨图.png”像素太多"),
        ([upload(f"{n}.pdf", PDF) for n in range(6)], "最多上传 5 个附件"),
        ([upload("空.pdf", b"")], "“空.pdf”是空文件"),
    ],
)
def test_bad_files_are_refused_by_name_and_nothing_is_saved(client, files, message):
    stored = set(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*"))
    response = client.post(FORM, filled_form(client, attachments=files))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Submission.objects.exists()
    assert set(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*")) == stored


@pytest.mark.django_db
def test_bad_fields_captcha_and_oversized_bodies_are_refused(client):
    assert client.post(FORM, filled_form(client, captcha_1="WRONG")).status_code == 400
    assert client.post(FORM, filled_form(client, title="")).status_code == 400
    assert client.post(FORM, filled_form(client, text="字" * 20001)).status_code == 400
    assert client.post(FORM, filled_form(client, name="空\x00")).status_code == 400
    huge = client.post(FORM, filled_form(client), CONTENT_LENGTH=str(50 * 1024 * 1024))
    assert huge.status_code == 413
    assert not Submission.objects.exists()


@pytest.mark.django_db
def test_one_address_sends_a_few_an_hour(client):
    for _ in range(SUBMISSIONS_PER_HOUR):
        assert client.post(FORM, filled_form(client)).status_code == 303
    assert client.post(FORM, filled_form(client)).status_code == 429
    assert Submission.objects.count() == SUBMISSIONS_PER_HOUR


def test_an_editor_turns_a_submission_into_a_draft_in_review(client, channel):
    staff = newsroom_staff()
    submission = Submission.objects.create(
        name="王读者", contact="x@example.cn", title="来稿标题", text="甲段\n乙段<b>"
    )
    client.force_login(staff.first)
    assert "来稿标题" in client.get("/admin/submission_queue/").content.decode()
    response = client.post(f"/admin/submission_queue/{submission.pk}/draft/", {"channel": channel.pk})
    submission.refresh_from_db()
    article = Article.objects.get(pk=submission.article_id)
    assert response.status_code == 302 and submission.status == "drafted" and submission.handler == staff.first
    assert not article.live and article.owner == staff.first and article.get_parent().get_parent().pk == channel.pk
    assert article.body_text() == "甲段\n乙段<b>"
    assert WorkflowState.objects.for_instance(article).active().exists(), "entered 三审"
    logged = PageLogEntry.objects.get(page=article, action="submissions.drafted")
    assert logged.data["submitter"] == "王读者"
    again = client.post(f"/admin/submission_queue/{submission.pk}/draft/", {"channel": channel.pk})
    assert again.status_code == 302 and Article.objects.filter(title="来稿标题").count() == 1


def test_a_reporter_neither_sees_the_queue_nor_its_files(client, channel):
    staff = newsroom_staff()
    submission = Submission.objects.create(name="甲", contact="x", title="t", text="t")
    attachment = submission.attachments.create(
        file=SimpleUploadedFile("a.pdf", PDF), original_name="a.pdf", kind="document", size=len(PDF)
    )
    client.force_login(staff.reporter)
    assert client.get("/admin/submission_queue/").status_code in (302, 403)
    assert client.get(f"/admin/submission_queue/attachment/{attachment.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/submission_queue/{submission.pk}/draft/", {"channel": channel.pk}).status_code in (
        302,
        403,
    )
    assert not Article.objects.filter(title="t").exists()
    client.force_login(staff.first)
    download = client.get(f"/admin/submission_queue/attachment/{attachment.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert "attachment" in download["Content-Disposition"]


def test_listed_words_in_a_submission_are_logged_and_marked_for_the_editor(client, channel):
    from screening.models import ScreeningHit, SensitiveWord

    SensitiveWord.objects.create(word="内幕消息", action="block")
    client.post(FORM, filled_form(client, text="据说有內幕消息。\n第二段。"))
    submission = Submission.objects.get()
    assert ScreeningHit.objects.get(source=f"submission:{submission.pk}", field="text").matched == "內幕消息"
    client.force_login(newsroom_staff().first)
    page = client.get(f"/admin/submission_queue/edit/{submission.pk}/").content.decode()
    assert '<mark class="sensitive" title="其他·屏蔽">內幕消息</mark>' in page
