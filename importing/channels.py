"""Which channel an old channel (a name, or the id in its old URLs) goes to."""

import csv
from pathlib import Path

from anyascii import anyascii
from django.utils.text import slugify

from news.filing import free_slug
from news.models import Channel

from .formats.base import FormatError

MAX_TITLE = 60  # a channel's name in the nav; Wagtail's limit is 255


class ChannelMap:
    """`--channel-map FILE`: lines of `old name or id,channel slug` (CSV, # comments).
    An old channel not in the file is the channel of the same title; else, when asked, a
    new channel under `create_under`; else the `fallback` channel (--channel); else the
    story is rejected, naming the channel."""

    def __init__(self, mapping=None, create_under=None, fallback=None, dry_run=False):
        self.mapping = mapping or {}
        self.create_under, self.fallback, self.dry_run = create_under, fallback, dry_run
        self.found: dict[str, Channel] = {}
        self.created: list[str] = []

    @classmethod
    def read(cls, path: Path, **options):
        mapping = {}
        with open(path, encoding="utf-8-sig", newline="") as rows:
            for number, row in enumerate(csv.reader(rows), start=1):
                if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                    continue
                if len(row) != 2 or not row[0].strip() or not row[1].strip():
                    raise FormatError("应为“旧栏目名称或编号,栏目 slug”两列", line=number)
                slug = row[1].strip()
                channel = Channel.objects.filter(slug=slug).order_by("depth", "path").first()
                if channel is None:
                    raise FormatError(f"找不到 slug 为“{slug}”的栏目", line=number)
                mapping[row[0].strip()] = channel
        return cls(mapping, **options)

    def channel_for(self, old: str) -> Channel:
        if old not in self.found:
            self.found[old] = self._find(old)
        return self.found[old]

    def _find(self, old):
        if old in self.mapping:
            return self.mapping[old]
        channel = Channel.objects.filter(title=old).order_by("depth", "path").first() if old else None
        if channel is not None:
            return channel
        if old and self.create_under is not None:
            return self._create(old)
        if self.fallback is not None:
            return self.fallback
        if old:
            raise FormatError(f"栏目“{old}”不在栏目对照表中,也没有同名栏目(可用 --create-channels-under 新建)")
        raise FormatError("稿件没有所属栏目;请用 --channel-map 或 --channel 指定")

    def _create(self, title):
        if len(title) > MAX_TITLE:
            raise FormatError(f"栏目名称超过 {MAX_TITLE} 字,无法新建:“{title[:20]}…”")
        self.created.append(title)
        if self.dry_run:
            return self.create_under
        slug = free_slug(self.create_under, slugify(anyascii(title)) or "channel")
        return self.create_under.add_child(instance=Channel(title=title, slug=slug))
