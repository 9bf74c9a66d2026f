"""Draws the built-in publisher logo (static/syndication/publisher-logo.png), used in
structured data until the newsroom uploads its own 网站标志 in 站点设置.

The picture is committed; draw it again only to change it (needs Debian's fonts-noto-cjk)."""

from pathlib import Path

from django.core.management.base import BaseCommand
from PIL import Image, ImageDraw, ImageFont

from syndication.publisher import STATIC_LOGO, STATIC_LOGO_SIZE

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_INDEX = 2  # the Simplified Chinese face of the collection
RED = "#b5121b"  # the portal's --red
TARGET = Path(__file__).resolve().parents[2] / "static" / STATIC_LOGO


def draw(name):
    size = STATIC_LOGO_SIZE[0]
    picture = Image.new("RGB", STATIC_LOGO_SIZE, RED)
    font = ImageFont.truetype(FONT, size // (len(name) + 1), index=FONT_INDEX)
    ImageDraw.Draw(picture).text((size / 2, size / 2), name, font=font, fill="white", anchor="mm")
    return picture


class Command(BaseCommand):
    help = "绘制内置的发布者标志(结构化数据中使用)"

    def add_arguments(self, parser):
        parser.add_argument("--name", default="中工网", help="标志上的文字")

    def handle(self, *args, name, **options):
        draw(name).save(TARGET, optimize=True)
        self.stdout.write(str(TARGET))
