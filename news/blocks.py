"""Blocks of an article body (正文). Only these render; rich text is whitelisted."""

from html import unescape

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from .sanitize import clean_rich_text
from .text import printable

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text cleaned on its way into the database, not only in the editor."""

    def get_prep_value(self, value):
        source = value.source if isinstance(value, RichText) else value
        return clean_rich_text(source or "")


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="图片")
    caption = blocks.CharBlock(label="图片说明", required=False, max_length=255)

    class Meta:
        icon = "image"
        label = "图片"
        template = "news/blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="引文")
    attribution = blocks.CharBlock(label="出处", required=False, max_length=100)

    class Meta:
        icon = "openquote"
        label = "引用"
        template = "news/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    """A video file served by us or our CDN: no third-party players or embeds."""

    src = blocks.URLBlock(label="视频地址 (mp4)")
    poster = ImageChooserBlock(label="封面", required=False)
    caption = blocks.CharBlock(label="说明", required=False, max_length=255)

    class Meta:
        icon = "media"
        label = "视频"
        template = "news/blocks/video.html"


# What a block holds when nothing was put in it (a paragraph added and left blank).
NOTHING_IN = {
    "paragraph": lambda value: (
        not unescape(strip_tags(value.source if isinstance(value, RichText) else value or "")).strip()
    ),
    "figure": lambda value: not value.get("image") and not value.get("caption"),
    "quote": lambda value: not value.get("text", "").strip() and not value.get("attribution"),
    "video": lambda value: not value.get("src") and not value.get("poster") and not value.get("caption"),
}


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = SafeRichTextBlock(label="段落", features=PARAGRAPH_FEATURES)
    figure = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()

    def clean(self, value):
        """Blocks added and left empty are dropped, not refused with "必需字段": a reporter
        who added one paragraph too many can still submit. A half-filled block is still
        checked (a caption without its picture)."""
        kept = [
            (child.block_type, child.value, child.id)
            for child in value
            if not NOTHING_IN[child.block_type](child.value)
        ]
        return super().clean(blocks.StreamValue(self, kept))

    def get_prep_value(self, value):
        # Captions, quotes and paragraphs as stored: only what XML and the database carry.
        return printable(super().get_prep_value(value))
