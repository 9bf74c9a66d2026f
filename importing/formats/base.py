"""What every archive format reads into, and the one interface each format module keeps
(the shape of Wagtail's search backends: this base, then one module per format).

A format turns one file into entries: a story ready to be filed, or the reason one part
of the file cannot be, naming the line or byte offset. It saves nothing; `importing.archive`
does, so every format is idempotent, resumable and reported the same way."""

import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from people.bylines import Credit

# An article page or a feed is at most a few megabytes; a WordPress export can be large,
# but is read as a stream.
MAX_PAGE_BYTES = 4 * 1024 * 1024


class FormatError(ValueError):
    """This file, or one item of it, cannot be imported; says where and why."""

    def __init__(self, message: str, line: int | None = None, offset: int | None = None):
        self.line, self.offset, self.reason = line, offset, message
        super().__init__(f"{self.where}:{message}" if self.where else message)

    def __reduce__(self):  # read in a worker process, reported by the main one
        return type(self), (self.reason, self.line, self.offset)

    @property
    def where(self):
        if self.line:
            return f"第 {self.line} 行"
        return f"第 {self.offset} 字节" if self.offset is not None else ""


@dataclass
class Figure:
    """A picture of the story, found in the local archive folder."""

    path: Path
    caption: str = ""
    credit: str = ""
    at: int | None = None  # how many paragraphs stand before it; None: after the text


@dataclass
class Story:
    """One article as an archive holds it, in the portal's terms."""

    address: str  # where the story lived (its old URL, else its file): the import's key
    title: str
    publish_time: datetime
    paragraphs: list[str]
    channel: str = ""  # the old channel's name or id, mapped by --channel-map
    kicker: str = ""
    subtitle: str = ""
    summary: str = ""
    credits: list[Credit] = field(default_factory=list)
    source: str = ""
    editor: str = ""
    tags: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # Every address readers and search engines knew it by (the other URL schemes, sub-site hosts).
    old_addresses: list[str] = field(default_factory=list)
    # 转载 wire copy: the original news unit is `source`; it waits in 三审 as a draft.
    reprint: bool = False
    original_url: str = ""
    original_author: str = ""
    draft: bool = False
    line: int | None = None  # where the story starts in its file, for messages

    def digest(self) -> str:
        """A hash of what the article shows: the same story read twice has the same one."""
        shown = asdict(self)
        for where in ("address", "old_addresses", "line"):
            shown.pop(where)
        # A picture by its name: the same archive read from another folder is the same story.
        shown["figures"] = [(f.path.name, f.caption, f.credit, f.at) for f in self.figures]
        text = json.dumps(shown, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Entry:
    """One result of reading: a story, or why this part of the file was rejected."""

    file: Path
    story: Story | None = None
    error: FormatError | None = None
    archive_format: str = ""
    # The story's, computed where the file is read (a worker process), not in the writer.
    digest: str = field(default="", init=False)

    def __post_init__(self):
        self.digest = self.story.digest() if self.story else ""


class ArchiveFormat:
    """One kind of archive file. `sniff` looks at the first bytes; `read` yields entries."""

    name: ClassVar[str]
    label: ClassVar[str]  # for people: 抓取文本页, 旧版 HTML 页 …
    suffixes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, roots=(), pictures: Path | None = None):
        self.roots, self.pictures = [Path(root) for root in roots], pictures

    def prepare(self):
        """Read what parsing needs from the database (the reading may fork)."""

    def sniff(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() in self.suffixes

    def read(self, path: Path) -> Iterator[Entry]:
        """The file's entries; a file that cannot be read at all is one rejected entry."""
        try:
            for entry in self.entries(path):
                entry.archive_format = self.name
                yield entry
        except FormatError as error:
            yield Entry(path, error=error, archive_format=self.name)

    def entries(self, path: Path) -> Iterator[Entry]:
        raise NotImplementedError

    def address_of(self, path: Path, declared: str = "") -> str:
        """The story's old URL: as the page declares it, else from the file's place in a
        saved site (www.example.cn/c/2026-02-25/1.shtml under a folder given), else the
        file's own absolute file: URL (two archives with the same layout are two sources)."""
        if declared:
            return declared
        for root in self.roots:
            if path.is_relative_to(root):
                parts = path.relative_to(root).parts
                if len(parts) > 1 and "." in parts[0] and not parts[0].startswith("."):
                    return "http://" + "/".join(parts)
        return path.resolve().as_uri()


def read_limited(path: Path, limit: int = MAX_PAGE_BYTES) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise FormatError(f"文件过大:{size:,} 字节,上限 {limit:,} 字节", offset=limit)
    data = path.read_bytes()
    if not data.strip():
        raise FormatError("文件是空的", offset=0)
    return data


def within(path: Path, folder: Path) -> bool:
    """Whether `path` lies inside `folder` once symbolic links are followed."""
    try:
        return path.resolve().is_relative_to(Path(folder).resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False
