"""The text of an old page whose encoding is UTF-8, GBK/GB18030 or Big5, whatever its
<meta charset> says: a page that decodes as UTF-8 is UTF-8 (legacy encodings rarely do by
chance). GB18030 decodes almost any bytes, Big5 many GBK pages, so when both fit, the one
whose text is made of its own charset's everyday characters wins: a page read in the wrong
one is full of rare characters."""

import codecs
import re

from .base import FormatError

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_LEGACY = ("gb18030", "big5hkscs")
_HAN = re.compile(r"[\u4e00-\u9fff]")
SAMPLE = 2000  # Han characters looked at


def declared_encoding(data: bytes) -> str:
    found = _DECLARED.search(data[:4096])
    if not found:
        return ""
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return ""
    return "big5hkscs" if name.startswith("big5") else "gb18030" if name in ("gb2312", "gbk", "gb18030") else name


def decode_page(data: bytes) -> tuple[str, str]:
    """(text, encoding used); FormatError with the byte offset when nothing fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    fitting = {}
    for encoding in _LEGACY:
        try:
            fitting[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not fitting:
        declared = declared_encoding(data)
        _strict(data, declared if declared in _LEGACY else "gb18030")
    declared = declared_encoding(data)
    chosen = max(fitting, key=lambda encoding: (_everyday(fitting[encoding], encoding), encoding == declared))
    return fitting[chosen], chosen


def _everyday(text, encoding):
    """The share of the text's Han characters among its charset's everyday ones: GB2312's
    first level (3,755 characters) or Big5's frequent block (A440–C67E, 5,401)."""
    han = _HAN.findall(text, 0, SAMPLE * 4)[:SAMPLE]
    if not han:
        return 0.0
    return sum(_is_everyday(c, encoding) for c in han) / len(han)


def _is_everyday(character, encoding):
    try:
        code = character.encode("gb2312" if encoding == "gb18030" else "big5")
    except UnicodeEncodeError:
        return False
    if encoding == "gb18030":
        return 0xB0 <= code[0] <= 0xD7
    return 0xA440 <= int.from_bytes(code[:2], "big") <= 0xC67E


def _strict(data, encoding):
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise FormatError(f"无法按 {encoding} 解码(也不是 UTF-8、GB18030 或 Big5)", offset=error.start) from None
