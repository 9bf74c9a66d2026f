"""Article HTML as WordPress and wire feeds write it, read into paragraphs of plain text and
the pictures it shows. Block elements end a paragraph; so do <br> and a blank line in the
text (WordPress's autop convention: text without <p>, paragraphs separated by blank lines).
Scripts, styles and embedded players are dropped; every other piece of text is kept."""

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

BLOCKS = {
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
}
DROPPED = {"script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "audio", "video", "head"}
# XML 1.0 forbids these, and lxml refuses a string that holds them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BLANK_LINE = re.compile(r"\n[ \t\r\u3000]*\n")
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
# A line break inside Chinese text is no space: "第一句\n第二句" reads "第一句第二句".
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_LINE_BREAK_IN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}])")
# [caption id="attachment_12" …]<img …/> 说明[/caption]: WordPress's captioned picture.
_CAPTION = re.compile(r"\[caption\b[^\]]*\](.*?)\[/caption\]", re.S | re.I)
# Any other shortcode ([gallery ids="1,2"], [embed]…[/embed]): the tag goes, its text stays.
_SHORTCODE = re.compile(r"\[/?[a-z][\w-]*(?:\s[^\]\n]*)?/?\]", re.I)


@dataclass
class Image:
    src: str
    caption: str = ""
    alt: str = ""


def read_html(html: str) -> tuple[list[str], list[Image]]:
    """(paragraphs, images) of an HTML fragment, in the order they appear."""
    html = _CONTROL.sub("", html or "")
    if not html.strip():
        return [], []
    html = _SHORTCODE.sub("", _CAPTION.sub(_captioned, html))
    reader = _Reader()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return [], []
    reader.element(root)
    reader.flush()
    return reader.paragraphs, reader.images


def text_of(html: str) -> str:
    """One line of text from HTML (a title, a summary)."""
    paragraphs, _ = read_html(html)
    return " ".join(paragraphs)


def _captioned(match):
    """The shortcode as a <figure>, so its caption is read like Gutenberg's <figcaption>."""
    inner = match.group(1)
    parts = re.split(r"(<img\b[^>]*>)", inner, maxsplit=1, flags=re.I)
    if len(parts) < 3:
        return inner
    before, image, after = parts
    return f"<figure>{before}{image}<figcaption>{after}</figcaption></figure>"


class _Reader:
    def __init__(self):
        self.paragraphs: list[str] = []
        self.images: list[Image] = []
        self.words: list[str] = []

    def flush(self):
        text = _SPACE.sub(" ", _LINE_BREAK_IN_CJK.sub("", "".join(self.words))).strip()
        if text:
            self.paragraphs.append(text)
        self.words = []

    def text(self, text):
        if not text:
            return
        pieces = _BLANK_LINE.split(text)
        for number, piece in enumerate(pieces):
            if number:
                self.flush()
            self.words.append(piece)

    def element(self, element):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in DROPPED or not tag:
            return
        if tag == "img":
            self.image(element)
        elif tag == "figure":
            self.figure(element)
        elif tag == "br":
            self.flush()
        else:
            block = tag in BLOCKS
            if block:
                self.flush()
            self.text(element.text)
            for child in element:
                self.element(child)
                self.text(child.tail)
            if block:
                self.flush()

    def image(self, element):
        src = (element.get("src") or "").strip()
        if src:
            self.images.append(Image(src, alt=(element.get("alt") or "").strip()))

    def figure(self, element):
        """A picture with its caption: the caption is the picture's, not a paragraph."""
        self.flush()
        pictures = element.xpath(".//img")
        captions = element.xpath(".//figcaption")
        caption = _SPACE.sub(" ", " ".join(c.text_content() for c in captions)).strip()
        for picture in pictures:
            self.image(picture)
        if pictures and caption:
            self.images[-len(pictures)].caption = caption
        for caption_element in captions:
            caption_element.drop_tree()
        for picture in pictures:
            picture.drop_tree()
        self.text(element.text)
        for child in element:
            self.element(child)
            self.text(child.tail)
        self.flush()
