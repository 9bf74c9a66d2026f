"""Readers' records are kept 60 days at least, then the handled ones can be deleted."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import timezone

from audit_trail.models import AuditEntry
from complaints.models import Complaint
from submissions.models import Attachment, Submission


def aged(model, days, **fields):
    item = model.objects.create(**fields)
    model.objects.filter(pk=item.pk).update(received_at=timezone.now() - timedelta(days=days))
    return item


def run(command, *args):
    out = StringIO()
    call_command(command, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def submissions(db):
    fields = {"name": "甲", "contact": "x", "title": "投稿", "text": "正文"}
    old_done = aged(Submission, 200, status=Submission.Status.DECLINED, **fields)
    attachment = Attachment.objects.create(
        submission=old_done, file=ContentFile(b"%PDF-1.4", "doc.pdf"), original_name="doc.pdf", kind="document", size=8
    )
    return {
        "old_done": old_done,
        "file": attachment.file.name,
        "old_new": aged(Submission, 400, **fields),
        "recent_done": aged(Submission, 30, status=Submission.Status.DECLINED, **fields),
    }


def test_handled_submissions_past_the_retention_go_with_their_files(submissions):
    storage = Attachment._meta.get_field("file").storage
    assert storage.exists(submissions["file"])
    assert "将删除 1 条" in run("purge_submissions", "--dry-run")
    assert Submission.objects.count() == 3
    assert "已删除 1 条" in run("purge_submissions")
    assert set(Submission.objects.all()) == {submissions["old_new"], submissions["recent_done"]}
    assert not storage.exists(submissions["file"])
    assert AuditEntry.objects.filter(action="投稿:过期删除").exists()
    assert "已删除 0 条" in run("purge_submissions")


def test_the_legal_minimum_cannot_be_shortened(submissions):
    with pytest.raises(CommandError, match="至少保存 60 天"):
        run("purge_submissions", "--older-than-days", "59")
    assert Submission.objects.count() == 3


def test_finished_complaints_past_the_retention_are_deleted(db):
    old_done = aged(Complaint, 200, category="porn", description="甲", status=Complaint.Status.DONE)
    old_open = aged(Complaint, 200, category="porn", description="乙", status=Complaint.Status.HANDLING)
    assert "已删除 1 条" in run("purge_complaints", "--older-than-days", "90")
    assert list(Complaint.objects.all()) == [old_open]
    assert not Complaint.objects.filter(pk=old_done.pk).exists()
