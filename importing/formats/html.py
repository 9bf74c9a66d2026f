"""Legacy HTML article pages, as an old CMS published them (.shtml, .html, .htm …).

The article is found by the site's selectors (settings.IMPORT_HTML_SELECTORS, CSS, tried in
order), else by trafilatura's reading of the page. Facts that old templates print as text
(来源:…, 责任编辑:…, the byline, the publish time) are read from the text around the
headline. Pictures of the body come from the archive's picture folder."""

import re
from datetime import datetime
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import lxml.html
import trafilatura
from django.conf import settings
from lxml import etree

from news.publish_times import EARLIEST
from people.bylines import parse_byline

from .base import ArchiveFormat, Entry, Figure, FormatError, Story, read_limited, within
from .encodings import decode_page

BEIJING = EARLIEST.tzinfo
_TIME = re.compile(
    r"(?<!\d)(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(?:(\d{1,2})[:时:](\d{1,2})(?:[:分:](\d{1,2}))?)?"
)
_LABELLED = re.compile(r"(来源|來源|责任编辑|責任編輯|编辑|編輯)\s*[::]\s*([^\s|,,]{1,60})")
# "(新华社记者 张某 摄)" at the end of a caption: the photographer.
_CREDIT = re.compile(r"([\u4e00-\u9fff·]{2,6})\s*摄[))]?$")
# That credit as the caption ends with it, to be kept once, as the picture's credit.
_CREDIT_TAIL = re.compile(r"\s*(?:[((][^()()]*摄[))]|[\u4e00-\u9fff·]{2,6}\s*摄)$")
_AUTHOR = re.compile(r"作者\s*[::]\s*(.*?)(?=(?:来源|來源|责任编辑|编辑|时间|发布)\s*[::]|\d{4}[-/.年]|\n|$)")
_SKIPPED = ("script", "style", "noscript", "iframe", "form", "nav", "button", "select")
_BLOCKS = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "pre")
WEB_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".php", ".jsp")


class LegacyHtml(ArchiveFormat):
    name = "html"
    label = "旧版 HTML 页"
    suffixes = WEB_SUFFIXES

    def sniff(self, path, head):
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
        return start.startswith((b"<!doctype html", b"<html")) or (super().sniff(path, head) and b"<" in start[:1])

    def entries(self, path):
        text, _ = decode_page(read_limited(path))
        try:
            root = lxml.html.document_fromstring(text)
        except (etree.ParserError, ValueError) as error:
            raise FormatError(f"不是可读的 HTML:{error}", line=1) from None
        _drop_noise(root)
        yield Entry(path, story=self.story(path, root, text))

    def story(self, path, root, text):
        selectors = settings.IMPORT_HTML_SELECTORS
        title_at = _first(root, selectors["title"])
        body_at = _first(root, selectors["body"])
        title = _text(title_at) if title_at is not None else _meta(root, "og:title") or _title_tag(root)
        if not title:
            raise FormatError("找不到标题(站点选择器与 <title> 都没有)", line=1)
        around = _text_around(root, title_at, body_at)
        paragraphs, figures = self._body(path, body_at) if body_at is not None else (_read_by_trafilatura(text), [])
        if not paragraphs:
            raise FormatError("找不到正文", line=title_at.sourceline if title_at is not None else 1)
        labelled = dict(_LABELLED.findall(around))
        return Story(
            address=self.address_of(path, _canonical(root)),
            title=title,
            publish_time=_publish_time(root, around, title_at),
            paragraphs=paragraphs,
            channel=_channel(root, selectors["channel"]),
            summary=_meta(root, "description"),
            credits=_credits(root, selectors["byline"], around),
            source=labelled.get("来源") or labelled.get("來源", ""),
            editor=labelled.get("责任编辑") or labelled.get("編輯") or labelled.get("编辑", ""),
            tags=[t for t in re.split(r"[,,、\s]+", _meta(root, "keywords")) if t][:20],
            figures=figures,
            line=title_at.sourceline if title_at is not None else 1,
        )

    def _body(self, path, body_at):
        paragraphs, figures = [], []
        for element in body_at.iter(*_BLOCKS, "img", "br"):
            if element.tag == "img":
                figure = self._figure(path, element)
                if figure:
                    figure.at = len(paragraphs)
                    figures.append(figure)
            elif element.tag != "br" and not any(child.tag in _BLOCKS for child in element):
                paragraphs += [line for line in _lines(element) if line]
        if not paragraphs:
            paragraphs = [line for line in _lines(body_at) if line]
        return list(dict.fromkeys(paragraphs)), figures

    def _figure(self, path, img):
        src = unquote(urlsplit(img.get("src", "")).path)
        if not src or src.startswith("data"):
            return None
        candidates = [path.parent / src] if not src.startswith("/") else []
        if self.pictures:
            candidates += [self.pictures / src.lstrip("/"), self.pictures / PurePosixPath(src).name]
        found = next((c for c in candidates if within(c, self.pictures or path.parent) and c.is_file()), None)
        caption = (img.get("alt") or img.get("title") or "").strip()
        figcaption = next(iter(img.xpath("ancestor::figure[1]//figcaption")), None)
        if figcaption is not None:
            caption = _text(figcaption)
        credit = _CREDIT.search(caption)
        caption = _CREDIT_TAIL.sub("", caption) if credit else caption
        expected = candidates[-1] if candidates else path.parent / PurePosixPath(src).name
        return Figure(found or expected, caption[:255], credit.group(1) if credit else "")


def _drop_noise(root):
    for element in root.iter(*_SKIPPED):
        element.drop_tree()
    for comment in root.xpath("//comment()"):
        comment.drop_tree()


def _first(root, selectors):
    for selector in selectors:
        found = root.cssselect(selector)
        if found:
            return found[0]
    return None


def _text(element):
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _lines(element):
    """The element's text, a line per <br>."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in element.text_content().split("\n")]


def _meta(root, name):
    found = root.xpath(f'//meta[@name="{name}" or @property="{name}"]/@content')
    return found[0].strip() if found else ""


def _title_tag(root):
    title = root.findtext(".//title") or ""
    return re.split(r"\s*[-_|—]+\s*", title.strip())[0]


def _canonical(root):
    found = root.xpath('//link[@rel="canonical"]/@href') or root.xpath('//meta[@property="og:url"]/@content')
    return found[0].strip() if found and found[0].strip().startswith("http") else ""


def _text_around(root, title_at, body_at):
    """The text between the headline and the body (and after the body), where templates
    print the time, the byline, 来源 and 编辑."""
    text = _text(root.find("body") if root.find("body") is not None else root)
    start = text.find(_text(title_at)) if title_at is not None else 0
    body = _text(body_at)[:40] if body_at is not None else ""
    end = text.find(body, start) if body else -1
    head = text[start + len(_text(title_at)) if title_at is not None else 0 : end if end > start else start + 300]
    tail = text[end + len(_text(body_at)) :][:400] if end > start else ""
    return head + "\n" + tail


def _publish_time(root, around, title_at):
    """From the page's metadata (ISO 8601 with its zone, as Open Graph writes it), else the
    first date and time printed near the headline, in Beijing time."""
    for name in ("article:published_time", "PubDate", "publishdate"):
        value = _meta(root, name)
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
        except ValueError:
            when = None
        if when is not None:
            return when if when.tzinfo else when.replace(tzinfo=BEIJING)
        around = f"{value} {around}"
    found = _TIME.search(around)
    if not found:
        raise FormatError("找不到发布时间(如 2018-12-25 07:56)", line=_line(title_at))
    year, month, day, hour, minute, second = (int(x or 0) for x in found.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=BEIJING)
    except ValueError:
        raise FormatError(f"发布时间不是有效的日期:“{found.group(0)}”", line=_line(title_at)) from None


def _line(element):
    return element.sourceline if element is not None else 1


def _channel(root, selectors):
    column = _meta(root, "ColumnName") or _meta(root, "category")
    if column:
        return column
    crumb = _first(root, selectors)
    links = crumb.xpath(".//a") if crumb is not None else []
    return _text(links[-1]) if links else ""


def _credits(root, selectors, around):
    """The byline element, else what a 作者: label gives, else the headline's info line
    once its time and labelled facts are taken out, if that is a byline."""
    element = _first(root, selectors)
    labelled = _AUTHOR.search(around)
    head = _TIME.sub(" ", _LABELLED.sub(" ", around.split("\n", 1)[0]))
    for text in (_text(element) if element is not None else "", labelled.group(1) if labelled else "", head):
        credits = parse_byline(text.strip()) if len(text) < 80 else []
        if credits:
            return credits
    return []


def _read_by_trafilatura(text):
    found = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    return [line.strip() for line in (found or "").split("\n") if line.strip()]
