"""An article body as plain text (for search, the app API and feed summaries), and text
that XML can carry."""

import html
import re

_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# What XML 1.0 cannot carry: C0 controls but tab, newline and carriage return; lone
# surrogates; U+FFFE and U+FFFF. Word's Shift+Enter pastes U+000B; imports bring NUL and ESC.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = {"\x0b": " ", "\x0c": " "}  # line and page breaks, as a space between words


def printable(value):
    """`value` (a string, or lists and dicts of them) without what XML 1.0 cannot carry: one
    such character makes a feed or a sitemap unreadable, and PostgreSQL refuses NUL."""
    if isinstance(value, str):
        return _NOT_IN_XML.sub(lambda match: _BREAKS.get(match.group(0), ""), value)
    if isinstance(value, list | tuple):
        return type(value)(printable(item) for item in value)
    if isinstance(value, dict):
        return {key: printable(item) for key, item in value.items()}
    return value


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
