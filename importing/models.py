"""What an archive import remembers: each source it filed, and each old address."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models


class ImportedSource(models.Model):
    """来源记录: one story of an archive and the article it became. The key of idempotence:
    the same source read again changes nothing; an edited one updates its article."""

    address = models.CharField("原地址", max_length=1000, unique=True)
    digest = models.CharField("内容摘要", max_length=64, db_index=True)
    article = models.ForeignKey(
        "news.Article", verbose_name="稿件", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    archive_format = models.CharField("格式", max_length=20)
    imported_at = models.DateTimeField("导入时间", auto_now=True)

    class Meta:
        verbose_name = "导入来源"
        verbose_name_plural = "导入来源"

    def __str__(self):
        return self.address


class OldAddress(models.Model):
    """旧地址: an address an imported article had on the old site, answered with a 301.
    `key` is host and path for a sub-site host, the path alone for the site's own hosts
    (see `importing.addresses.key_of`), so one indexed look-up answers a request."""

    key = models.CharField("旧地址", max_length=1000, unique=True)
    article = models.ForeignKey("news.Article", verbose_name="稿件", on_delete=models.CASCADE, related_name="+")
    traditional = models.BooleanField("繁体镜像", default=False)

    class Meta:
        verbose_name = "旧地址"
        verbose_name_plural = "旧地址"

    def __str__(self):
        return self.key


class WireFeed(models.Model):
    """通稿订阅源: an RSS/Atom feed whose stories `manage.py pull_wires` files on a timer,
    each a 转载 draft in 三审 with this feed's 来源, in its 栏目."""

    name = models.CharField("名称", max_length=100, unique=True)
    address = models.CharField(
        "地址", max_length=1000, help_text="订阅源的网址(http:// 或 https://),或服务器上文件的绝对路径"
    )
    source = models.CharField("来源", max_length=100, help_text="稿件显示的来源,即原发单位,如“新华社”")
    channel = models.ForeignKey("news.Channel", verbose_name="栏目", on_delete=models.PROTECT, related_name="+")
    enabled = models.BooleanField("启用", default=True)
    fetched_at = models.DateTimeField("上次抓取", null=True, blank=True, editable=False)
    last_result = models.CharField("上次结果", max_length=500, blank=True, editable=False)

    class Meta:
        verbose_name = "通稿订阅源"
        verbose_name_plural = "通稿订阅源"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        self.address = self.address.strip()
        if any(ord(c) < 32 or ord(c) == 127 for c in self.address):
            raise ValidationError({"address": "地址中不能有控制字符"})
        if self.address.startswith(("http://", "https://")):
            if not urlsplit(self.address).hostname:
                raise ValidationError({"address": "网址缺少主机名"})
        elif not self.address.startswith("/"):
            raise ValidationError({"address": "地址应为 http:// 或 https:// 开头的网址,或以 / 开头的文件绝对路径"})
