"""The archive formats, by name; `format_for` picks one by a file's first bytes."""

from .base import ArchiveFormat, Entry, FormatError, Story
from .crawled import CrawledText
from .feed import NewsFeed
from .html import LegacyHtml
from .wxr import WordPressExport

# Most specific first: a WXR export is RSS too, so it is tried before the wire feeds.
FORMATS: dict[str, type[ArchiveFormat]] = {
    f.name: f for f in (WordPressExport, NewsFeed, LegacyHtml, CrawledText)
}
SNIFF_BYTES = 4096

__all__ = ["FORMATS", "ArchiveFormat", "Entry", "FormatError", "Story", "format_for"]


def format_for(path, head: bytes, formats) -> ArchiveFormat | None:
    """The first of `formats` (instances, most specific first) that takes this file."""
    return next((f for f in formats if f.sniff(path, head)), None)
