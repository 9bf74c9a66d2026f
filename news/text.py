"""An article body as plain text: for search, the app API and feed summaries."""

import html
import re

_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(markup):
    """Visible text of an HTML fragment, one paragraph per line. Stored bodies are cleaned
    by nh3, so a tag is always a whole `<…>` and text never holds a raw `<`."""
    text = html.unescape(_TAG.sub("", _BLOCK_END.sub(lambda m: m.group(0) + "\n", markup)))
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def block_text(block):
    """The readable text of one stored body block: paragraph text, quote, or a caption."""
    kind, value = block["type"], block["value"]
    if kind == "paragraph":
        return html_to_text(value)
    if kind == "quote":
        return "\n".join(part for part in (value.get("text"), value.get("attribution")) if part)
    return value.get("caption") or ""


def body_text(body):
    """Text of a StreamField body, read from its stored form: no image or block lookups."""
    return "\n".join(text for text in map(block_text, body.raw_data) if text)
