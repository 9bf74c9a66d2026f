"""RSS 2.0 and Atom wire feeds, read with feedparser. Every entry is 转载 wire copy: a draft
that waits in 三审, with the feed's news unit as its 来源 (the source it is configured
with, else the feed's title) and the entry's link as its original address.

A feed is a few megabytes at most and read whole; one that declares entities is refused
(feedparser expands none, but a bomb is no wire copy). The entries' categories become tags:
the channel is the desk's choice (--channel, or the wire's configured 栏目)."""

import re
from datetime import UTC, datetime

import feedparser

from people.bylines import Credit, parse_byline

from .base import ArchiveFormat, Entry, FormatError, Story, read_limited
from .paragraphs import read_html, text_of

MAX_AUTHOR_NAME = 60  # people.Author.name
_ENTITY = re.compile(rb"<!ENTITY", re.I)
_ENTRY_START = re.compile(rb"<(?:item|entry)[\s>/]")
_ENTRY_END = re.compile(rb"</(?:item|entry)\s*>")
_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml")
_DECLARED = re.compile(rb"""<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")
_HEAD_SKIPPED = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*", re.S)


class NewsFeed(ArchiveFormat):
    name = "feed"
    label = "RSS/Atom 通稿"
    suffixes = (".rss", ".atom")

    def __init__(self, roots=(), pictures=None, source: str = ""):
        super().__init__(roots, pictures)
        self.source = source

    def sniff(self, path, head):
        start = head[_HEAD_SKIPPED.match(head).end():].lstrip()
        if start.startswith(b"<rss"):
            return b"wordpress.org/export" not in head
        return start.startswith((b"<feed", b"<rdf:RDF"))

    def entries(self, path):
        yield from self.parse(path, read_limited(path))

    def parse(self, where, data: bytes):
        """The entries of a feed's bytes; `where` is its file or address, for the report.
        In a feed that breaks off, only the entries whole before the break are stories."""
        entity = _ENTITY.search(data)
        if entity:
            line = _line(data, entity.start())
            raise FormatError("订阅源声明了实体(<!ENTITY>),可能是实体炸弹或外部实体,拒绝读取", line=line)
        feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
        problem = feed.get("bozo_exception") if feed.bozo else None
        if isinstance(problem, feedparser.CharacterEncodingOverride):
            raise _wrong_encoding(data)
        broken = _broken(problem, data) if problem is not None else None
        if not feed.entries:
            raise broken or FormatError("订阅源中没有任何条目", offset=0)
        source = self.source or text_of(feed.feed.get("title", ""))
        starts = [m.start() for m in _ENTRY_START.finditer(data)]
        ends = [m.end() for m in _ENTRY_END.finditer(data)]
        aligned = len(starts) == len(feed.entries)
        for index, entry in enumerate(feed.entries):
            line = _line(data, starts[index]) if aligned else None
            whole = broken is None or (aligned and index < len(ends) and ends[index] <= broken.offset)
            if not whole:
                yield Entry(where, error=FormatError(f"条目不完整,未导入({broken})", line=line))
                continue
            try:
                yield Entry(where, story=_story(entry, source, line))
            except FormatError as error:
                yield Entry(where, error=error)


def _line(data, offset):
    return data[:offset].count(b"\n") + 1


def _broken(problem, data):
    """Where a feed stops being well formed: a FormatError whose offset is the byte."""
    line = problem.getLineNumber() if hasattr(problem, "getLineNumber") else None
    if line and not _DECLARATION.match(data):
        line = max(1, line - 1)  # feedparser put an XML declaration line before the feed
    column = problem.getColumnNumber() if hasattr(problem, "getColumnNumber") else 0
    message = problem.getMessage() if hasattr(problem, "getMessage") else str(problem)
    offset = 0
    if line:
        starts = [0] + [m.end() for m in re.finditer(rb"\n", data)]
        start = starts[min(line, len(starts)) - 1]
        offset = start + _bytes_of_columns(data[start:].split(b"\n", 1)[0], column or 0, data)
    error = FormatError(f"不是格式正确的 RSS/Atom(第 {column or 0} 列):{message}", line=line or None, offset=None)
    error.offset = offset
    return error


def _bytes_of_columns(line, columns, data):
    """The parser counts a line's columns in characters; the entries' ends are in bytes."""
    declared = _DECLARED.search(data[:200])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return len(line.decode(encoding, "replace")[:columns].encode(encoding, "replace"))
    except LookupError:
        return columns


def _wrong_encoding(data):
    declared = _DECLARED.search(data[:200])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        data.decode(encoding)
    except UnicodeDecodeError as error:
        return FormatError(f"内容与声明的编码 {encoding} 不符", line=_line(data, error.start))
    except LookupError:
        return FormatError(f"声明了未知的编码“{encoding[:40]}”", line=1)
    return FormatError(f"内容与声明的编码 {encoding} 不符", line=1)


def _story(entry, source, line):
    link = entry.get("link", "").strip()
    address = link or entry.get("id", "").strip()
    if not address:
        raise FormatError("条目没有链接(link)也没有 id", line=line)
    body = entry.content[0].get("value", "") if entry.get("content") else entry.get("summary", "")
    paragraphs, _ = read_html(body)
    author = _author(entry)
    return Story(
        address=address,
        title=text_of(entry.get("title", "")),
        publish_time=_published(entry, line),
        paragraphs=paragraphs,
        summary=text_of(entry.get("summary", "")) if entry.get("content") else "",
        credits=_credits(author),
        source=source,
        tags=list(dict.fromkeys(t.get("term", "").strip() for t in entry.get("tags", []) if t.get("term", "").strip())),
        reprint=True,
        draft=True,
        original_url=link if link.startswith(("http://", "https://")) else "",
        original_author=author[:100],
        line=line,
    )


def _author(entry):
    detail = entry.get("author_detail") or {}
    return re.sub(r"\s+", " ", detail.get("name") or entry.get("author", "")).strip()


def _credits(author):
    """The byline's credits; an author that is no byline (an agency, a login) credited as it
    is, when it fits an author's name."""
    if not author:
        return []
    return parse_byline(author) or ([Credit("", author)] if len(author) <= MAX_AUTHOR_NAME else [])


def _published(entry, line):
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    if when is None:
        raise FormatError("条目没有发布时间(published 或 updated)", line=line)
    return datetime(*when[:6], tzinfo=UTC)
