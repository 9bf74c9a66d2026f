"""敏感词库 and the record of every hit."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from .folding import fold


class Category(models.TextChoices):
    POLITICS = "政治", "政治"
    PORN = "色情", "色情"
    VIOLENCE = "暴力", "暴力"
    GAMBLING = "赌博", "赌博"
    FRAUD = "诈骗", "诈骗"
    ADVERTISING = "广告", "广告"
    OTHER = "其他", "其他"


class Action(models.TextChoices):
    BLOCK = "block", "屏蔽"  # stops 签发 and publishing until the word is gone
    REVIEW = "review", "送审"  # may be published only through 三审, reviewers warned
    REPLACE = "replace", "替换"  # replaced in what is saved and published


class SensitiveWord(models.Model):
    """敏感词: one word of the dictionary and what a hit of it does."""

    word = models.CharField("敏感词", max_length=100, unique=True)
    category = models.CharField("类别", max_length=8, choices=Category.choices, default=Category.OTHER)
    level = models.PositiveSmallIntegerField("级别", choices=[(1, "一级(最严重)"), (2, "二级"), (3, "三级")], default=2)
    action = models.CharField("处理方式", max_length=8, choices=Action.choices, default=Action.REVIEW)
    whole_word = models.BooleanField(
        "整词匹配", default=False, help_text="只在分词后成词处命中,不命中包含它的较长词语(如“工会”不命中“化工会展”)"
    )
    replacement = models.CharField(
        "替换为", max_length=100, blank=True, help_text="处理方式为替换时使用;留空则替换为＊"
    )
    note = models.TextField("备注", blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "敏感词"
        verbose_name_plural = "敏感词库"
        ordering = ["word"]

    def __str__(self):
        return self.word

    def clean(self):
        if not fold(self.word):
            raise ValidationError({"word": "敏感词去掉空格和符号后不能为空。"})

    def entry(self):
        from .matcher import Entry

        return Entry(
            self.pk,
            self.word,
            self.category,
            self.level,
            self.action,
            self.get_action_display(),
            self.whole_word,
            self.replacement,
        )

    @classmethod
    def entries(cls):
        return [word.entry() for word in cls.objects.all().iterator(chunk_size=5000)]


class ScreeningHit(models.Model):
    """命中记录: one hit of one screening, kept whatever was then done with the text."""

    source = models.CharField("来源", max_length=100, db_index=True, help_text="如 article:123、submission:5")
    field = models.CharField("字段", max_length=50)
    word = models.ForeignKey(
        SensitiveWord, verbose_name="敏感词条", null=True, on_delete=models.SET_NULL, related_name="hits"
    )
    word_text = models.CharField("敏感词", max_length=100)
    matched = models.CharField("原文", max_length=300)
    offset = models.PositiveIntegerField("位置")
    action = models.CharField("处理方式", max_length=8, choices=Action.choices)
    screened_at = models.DateTimeField("筛查时间", auto_now_add=True, db_index=True)
    screened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="操作人", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "敏感词命中"
        verbose_name_plural = "敏感词命中记录"
        ordering = ["-screened_at", "-id"]

    def __str__(self):
        return f"{self.source} {self.field}:{self.word_text}"
