"""A 版块 of a 专题: hand-picked articles, a tag, or both."""

from django.core.exceptions import ValidationError
from wagtail import blocks


class SectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="标题", max_length=30)
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="news.Article", label="稿件"),
        label="手工选稿",
        default=[],
        help_text="按此顺序排在最前",
    )
    tag = blocks.CharBlock(
        label="按标签取稿", max_length=50, required=False, help_text="带此标签的最新稿件排在手工选稿之后"
    )
    count = blocks.IntegerBlock(label="按标签取稿条数", default=6, min_value=1, max_value=50)

    class Meta:
        label = "版块"
        icon = "list-ul"

    def clean(self, value):
        value = super().clean(value)
        if not value["articles"] and not value["tag"]:
            raise blocks.StructBlockValidationError(block_errors={"tag": ValidationError("请手工选稿,或填写标签。")})
        return value
