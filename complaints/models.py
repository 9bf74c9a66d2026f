"""违法和不良信息举报: a reader's report, its handling, and the reply the reader can look up."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

# No 0/O or 1/I/L: a receipt number is read aloud on the phone and typed back.
RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECEIPT_LENGTH = 10


def new_receipt():
    return "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))


class Complaint(models.Model):
    class Category(models.TextChoices):
        POLITICAL = "political", "政治类有害信息"
        TERROR = "terror", "暴恐类信息"
        FRAUD = "fraud", "诈骗类信息"
        PORN = "porn", "色情低俗信息"
        GAMBLING = "gambling", "赌博类信息"
        RUMOUR = "rumour", "谣言及虚假信息"
        INFRINGEMENT = "infringement", "侵权类信息"
        EXTORTION = "extortion", "网络敲诈和有偿删帖"
        MINORS = "minors", "涉未成年人有害信息"
        OTHER = "other", "其他"

    class Status(models.TextChoices):
        NEW = "new", "待处理"
        HANDLING = "handling", "处理中"
        DONE = "done", "已处理"
        DECLINED = "declined", "不予处理"

    FINAL = (Status.DONE, Status.DECLINED)

    receipt = models.CharField("受理编号", max_length=RECEIPT_LENGTH, unique=True, default=new_receipt, editable=False)
    category = models.CharField("举报类别", max_length=15, choices=Category.choices)
    url = models.URLField("网址", max_length=500, blank=True, help_text="被举报内容的网址")
    description = models.TextField("举报内容", max_length=2000)
    contact = models.CharField("联系方式", max_length=100, blank=True, help_text="电话或邮箱,选填")
    address = models.GenericIPAddressField("来源地址", null=True, blank=True, editable=False)
    received_at = models.DateTimeField("收到时间", default=timezone.now, editable=False, db_index=True)
    status = models.CharField("处理状态", max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="处理人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    action_taken = models.TextField("处理措施", max_length=2000, blank=True, help_text="内部记录,不向举报人显示")
    reply = models.TextField("答复举报人", max_length=2000, blank=True, help_text="举报人凭受理编号可以查到")
    handled_at = models.DateTimeField("办结时间", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = verbose_name_plural = "举报"
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.receipt} {self.get_category_display()}"

    def handled_by(self, user):
        """Record `user` as handler; a final status stamps when it was closed, reopening clears it."""
        self.handler = user
        if self.status in self.FINAL:
            self.handled_at = self.handled_at or timezone.now()
        else:
            self.handled_at = None

    def waited(self):
        """How long the reader has waited, or waited until it was closed."""
        return (self.handled_at or timezone.now()) - self.received_at

    waited.short_description = "已用时"
