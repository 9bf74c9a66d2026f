"""WordPress WXR exports (RSS 2.0 with the wp:, content:, excerpt: and dc: namespaces).

The export of a large site runs to hundreds of megabytes, so it is read as a stream (lxml's
iterparse, entities left unexpanded, no network, and a file with a DOCTYPE refused: a WXR
has none, so one is an entity bomb or an external entity). It is read twice: first the
authors and the attachments (a post's picture is often exported after the post), then the
posts and pages. Only published ones (wp:status publish) are imported; a draft, a private
or trashed post, a menu item or a custom type is one rejected entry naming its line.

The channel is the first category's name (its nicename when it has none); authors are the
display names of wp:author; pictures are found in the `pictures` folder by their path after
wp-content/uploads/, else by file name."""

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

from lxml import etree

from people.bylines import Credit

from .base import ArchiveFormat, Entry, Figure, FormatError, Story
from .paragraphs import read_html, text_of

BEIJING = ZoneInfo("Asia/Shanghai")
EXPORT_NAMESPACE = b"wordpress.org/export"
# Read as a stream, so the limit is the disk's, not memory's; past it the file is refused unread.
MAX_EXPORT_BYTES = 4 * 1024**3
IMPORTED_TYPES = {"post", "page"}
STATUS_LABELS = {"draft": "草稿", "pending": "待审", "private": "私密", "future": "定时", "trash": "回收站",
                 "auto-draft": "自动草稿"}
UPLOADS = "/wp-content/uploads/"
_SIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")  # a-300x200.jpg, WordPress's resized copy of a.jpg
_CREDIT = re.compile(r's:6:"credit";s:\d+:"([^"]*)";')  # in the PHP-serialised _wp_attachment_metadata
_LINE_AND_COLUMN = re.compile(r",? line \d+, column \d+$")


@dataclass
class _Item:
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    categories: list[tuple[str, str, str]] = field(default_factory=list)  # (domain, nicename, name)
    meta: dict[str, str] = field(default_factory=dict)

    def get(self, name):
        return self.fields.get(name, "").strip()


@dataclass
class _Attachment:
    url: str
    caption: str
    credit: str


@dataclass
class _Catalogue:
    """What the posts refer to: authors by login, attachments by id and by upload path."""

    site: str = ""
    authors: dict[str, str] = field(default_factory=dict)
    attachments: dict[str, _Attachment] = field(default_factory=dict)
    uploads: dict[str, _Attachment] = field(default_factory=dict)


class WordPressExport(ArchiveFormat):
    name = "wxr"
    label = "WordPress 导出(WXR)"
    suffixes = (".xml", ".wxr")

    def __init__(self, roots=(), pictures: Path | None = None):
        super().__init__(roots, pictures)
        self._by_name: dict[str, Path] | None = None

    def sniff(self, path, head):
        return EXPORT_NAMESPACE in head and b"<rss" in head

    def entries(self, path):
        _check_size(path)
        catalogue = self._catalogue(path)
        for name, element in _elements(path):
            if name == "item":
                entry = self._entry(path, _item(element), catalogue)
                if entry is not None:
                    yield entry

    # --- the first pass ----------------------------------------------------------------

    def _catalogue(self, path):
        """Authors and attachments; a malformed file is reported by the second pass."""
        catalogue = _Catalogue()
        try:
            for name, element in _elements(path):
                if name == "wp:author":
                    author = _item(element)
                    catalogue.authors[author.get("wp:author_login")] = author.get("wp:author_display_name")
                elif name in ("wp:base_blog_url", "link") and not catalogue.site:
                    catalogue.site = (element.text or "").strip().rstrip("/")
                elif name == "item":
                    _remember_attachment(_item(element), catalogue)
        except FormatError:
            pass
        return catalogue

    # --- the second pass ---------------------------------------------------------------

    def _entry(self, path, item, catalogue):
        kind, status = item.get("wp:post_type") or "post", item.get("wp:status")
        if kind == "attachment":
            return None
        try:
            if kind not in IMPORTED_TYPES:
                raise FormatError(f"未知的内容类型“{kind[:40]}”(只导入文章 post 和页面 page)", line=item.line)
            if status != "publish":
                label = STATUS_LABELS.get(status, "未发布")
                raise FormatError(f"状态为“{status[:20]}”({label}),只导入已发布(publish)的", line=item.line)
            return Entry(path, story=self._story(path, item, kind, catalogue))
        except FormatError as error:
            return Entry(path, error=error)

    def _story(self, path, item, kind, catalogue):
        paragraphs, images = read_html(item.get("content:encoded"))
        creator = item.get("dc:creator")
        author = catalogue.authors.get(creator) or creator
        address, old = _addresses(path, item, kind, catalogue.site, self.address_of)
        return Story(
            address=address,
            title=_one_line(item.get("title")),
            publish_time=_published(item),
            paragraphs=paragraphs,
            channel=next((name or nicename for domain, nicename, name in item.categories if domain == "category"), ""),
            summary=text_of(item.get("excerpt:encoded")),
            credits=[Credit("", author)] if author else [],
            tags=list(dict.fromkeys(name or nice for domain, nice, name in item.categories if domain == "post_tag")),
            figures=self._figures(item, images, catalogue),
            old_addresses=old,
            line=item.line,
        )

    def _figures(self, item, images, catalogue):
        """The featured picture (_thumbnail_id), then the pictures of the text, each once;
        none when no pictures folder was given."""
        if self.pictures is None:
            return []
        shown = []
        featured = catalogue.attachments.get(item.meta.get("_thumbnail_id", ""))
        if featured:
            shown.append((featured.url, featured.caption, featured.credit))
        for image in images:
            attachment = catalogue.uploads.get(_upload_key(image.src))
            caption = image.caption or (attachment.caption if attachment else "") or image.alt
            shown.append((image.src, caption, attachment.credit if attachment else ""))
        figures = {}
        for url, caption, credit in shown:
            where = self._local(url)
            if where is not None and where not in figures:
                figures[where] = Figure(where, caption, credit)
        return list(figures.values())

    def _local(self, url):
        """The picture's file under the pictures folder (where it is looked for when it is not
        there, so the report names it); None for an address that cannot be a file there."""
        path = unquote(urlsplit(url).path)
        relative = path.split(UPLOADS, 1)[1] if UPLOADS in path else ""
        parts = PurePosixPath(relative).parts
        if "\x00" in path or ".." in parts or not PurePosixPath(path).name:
            return None
        name = PurePosixPath(path).name
        for candidate in dict.fromkeys(filter(None, (relative, _SIZED.sub("", relative)))):
            if (self.pictures / candidate).is_file():
                return self.pictures / candidate
        found = self._named(name) or self._named(_SIZED.sub("", name))
        return found or self.pictures / (relative or name)

    def _named(self, name):
        if self._by_name is None:
            files = sorted(p for p in self.pictures.rglob("*") if p.is_file())
            self._by_name = {}
            for picture in files:
                self._by_name.setdefault(picture.name, picture)
        return self._by_name.get(name)


def _check_size(path):
    try:
        size = path.stat().st_size
    except OSError as error:
        raise FormatError(f"无法读取文件:{error.strerror}") from None
    if size > MAX_EXPORT_BYTES:
        raise FormatError(f"文件过大:{size:,} 字节,上限 {MAX_EXPORT_BYTES:,} 字节", offset=MAX_EXPORT_BYTES)
    if size == 0:
        raise FormatError("文件是空的", offset=0)


def _elements(path):
    """(name, element) of the channel's own elements and the items, as the parser ends them;
    each is emptied once read, so memory holds one item at a time."""
    parser = etree.iterparse(
        str(path), events=("end",), resolve_entities=False, no_network=True, load_dtd=False,
        # A post can hold more than libxml2's 10 MB text limit (pictures pasted as base64):
        # read, it is rejected by its length alone instead of ending the whole export.
        huge_tree=True, remove_comments=True, remove_pis=True,
    )
    checked = False
    try:
        for _, element in parser:
            if not checked:
                _refuse_doctype(path, element)
                checked = True
            parent = element.getparent()
            if parent is None or not isinstance(element.tag, str) or _name(parent.tag) != "channel":
                continue
            yield _name(element.tag), element
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as error:
        line, column = error.position
        message = _LINE_AND_COLUMN.sub("", error.msg or str(error))
        if "encoding" in message.lower() or "utf-8" in message.lower():
            message = f"内容与文件声明的编码不符({message})"
        where = {"line": line} if line else {"offset": 0}
        raise FormatError(f"XML 格式错误(第 {column} 列):{message}", **where) from None


def _refuse_doctype(path, element):
    if element.getroottree().docinfo.doctype:
        with open(path, "rb") as file:
            head = file.read(65536)
        line = head[: head.find(b"<!DOCTYPE")].count(b"\n") + 1 if b"<!DOCTYPE" in head else 1
        reason = "文件含文档类型声明(DOCTYPE);WordPress 导出没有 DTD,它可能是实体炸弹或外部实体,拒绝读取"
        raise FormatError(reason, line=line)


def _name(tag):
    """'{http://wordpress.org/export/1.2/}post_id' → 'wp:post_id', whatever the WXR version."""
    if not isinstance(tag, str) or not tag.startswith("{"):
        return tag if isinstance(tag, str) else ""
    namespace, _, local = tag[1:].partition("}")
    if namespace.endswith("/excerpt/"):
        prefix = "excerpt"
    elif "wordpress.org/export" in namespace:
        prefix = "wp"
    elif "purl.org/rss/1.0/modules/content" in namespace:
        prefix = "content"
    elif "purl.org/dc/elements" in namespace:
        prefix = "dc"
    else:
        return local
    return f"{prefix}:{local}"


def _item(element):
    item = _Item(line=_line(element))
    for child in element:
        name = _name(child.tag)
        if name == "category":
            item.categories.append((child.get("domain", ""), child.get("nicename", ""), (child.text or "").strip()))
        elif name == "wp:postmeta":
            pair = {_name(part.tag): part.text or "" for part in child}
            item.meta[pair.get("wp:meta_key", "")] = pair.get("wp:meta_value", "")
        elif name and name not in item.fields:
            item.fields[name] = child.text or ""
    return item


def _line(element):
    """The line of the element's start tag. Past line 65,535 libxml2 gives the line where the
    element's first child ends, so the line breaks of the text before that child come off."""
    line = element.sourceline or None
    if line and line > 65535 and element.text:
        line -= element.text.count("\n")
    return line


def _remember_attachment(item, catalogue):
    if item.get("wp:post_type") != "attachment" or not item.get("wp:attachment_url"):
        return
    credit = _CREDIT.search(item.meta.get("_wp_attachment_metadata", ""))
    attachment = _Attachment(
        url=item.get("wp:attachment_url"),
        caption=text_of(item.get("excerpt:encoded")) or item.meta.get("_wp_attachment_image_alt", "").strip(),
        credit=credit.group(1).strip() if credit else "",
    )
    catalogue.attachments[item.get("wp:post_id")] = attachment
    catalogue.uploads[_upload_key(attachment.url)] = attachment


def _upload_key(url):
    """An upload's path after wp-content/uploads/, its size suffix dropped: a content picture
    (a-300x200.jpg) finds its attachment (a.jpg)."""
    path = unquote(urlsplit(url).path)
    return _SIZED.sub("", path.split(UPLOADS, 1)[1] if UPLOADS in path else PurePosixPath(path).name)


def _addresses(path, item, kind, site, address_of):
    """The post's link, and the other addresses it answered to: its guid and ?p=ID."""
    post_id, guid = item.get("wp:post_id"), item.get("guid")
    query = "page_id" if kind == "page" else "p"
    numbered = f"{site}/?{query}={post_id}" if site and post_id.isdigit() else ""
    address = item.get("link") or guid or numbered or f"{address_of(path)}#{post_id or item.line}"
    return address, [a for a in dict.fromkeys((guid, numbered)) if a and a != address]


def _published(item):
    """wp:post_date_gmt; a post that lacks it (drafts, some imports) has wp:post_date, the
    site's own time, taken as Beijing time."""
    for name, zone in (("wp:post_date_gmt", UTC), ("wp:post_date", BEIJING)):
        value = item.get(name)
        if value and not value.startswith("0000"):
            try:
                return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
            except ValueError:
                raise FormatError(f"发布时间“{value[:40]}”格式应为 YYYY-MM-DD HH:MM:SS", line=item.line) from None
    raise FormatError("没有发布时间(wp:post_date_gmt 或 wp:post_date)", line=item.line)


def _one_line(text):
    return text_of(text) if "<" in text else re.sub(r"\s+", " ", html.unescape(text)).strip()
