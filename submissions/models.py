"""投稿: what a reader sends, kept where only the newsroom can read it, until an editor
turns it into a draft article or declines it."""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone


def private_storage():
    """Attachments live outside the public media folder: nginx never serves them."""
    return storages["private"]


class Submission(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "待处理"
        DRAFTED = "drafted", "已转为稿件"
        DECLINED = "declined", "不采用"

    name = models.CharField("作者姓名", max_length=40)
    contact = models.CharField("联系方式", max_length=100, help_text="电话或邮箱,用于编辑联系作者")
    title = models.CharField("标题", max_length=120)
    text = models.TextField("正文", max_length=20000)
    address = models.GenericIPAddressField("来源地址", null=True, blank=True, editable=False)
    received_at = models.DateTimeField("收到时间", default=timezone.now, editable=False, db_index=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    note = models.TextField("编辑备注", blank=True)
    article = models.OneToOneField(
        "news.Article",
        verbose_name="稿件",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
        editable=False,
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="处理人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = verbose_name_plural = "投稿"
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.title}({self.name})"

    def paragraphs(self):
        return [line.strip() for line in self.text.splitlines() if line.strip()]


class Attachment(models.Model):
    class Kind(models.TextChoices):
        IMAGE = "image", "图片"
        DOCUMENT = "document", "文档"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField("文件", upload_to="submissions/%Y/%m/", storage=private_storage)
    original_name = models.CharField("原文件名", max_length=200)
    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    size = models.PositiveIntegerField("大小(字节)")

    class Meta:
        verbose_name = verbose_name_plural = "附件"

    def __str__(self):
        return self.original_name
