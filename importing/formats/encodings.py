"""The text of an old page whose encoding is UTF-8, GBK/GB18030 or Big5, whatever its
<meta charset> says: a page that decodes as UTF-8 is UTF-8 (legacy encodings rarely do by
chance), and between GB18030 and Big5, which both decode much of each other, the
character statistics decide."""

import codecs
import re

import charset_normalizer

from .base import FormatError

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# What a declared name means in practice: GB2312 and GBK pages use GB18030's characters,
# Big5 pages Hong Kong's supplement.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs", "big5hkscs": "big5hkscs"}
_LEGACY = ["gb18030", "big5hkscs"]


def declared_encoding(data: bytes) -> str:
    found = _DECLARED.search(data[:4096])
    if not found:
        return ""
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return ""
    return _WIDER.get(name.replace("_", "").replace("-", ""), name)


def decode_page(data: bytes) -> tuple[str, str]:
    """(text, encoding used); FormatError with the byte offset when nothing fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data)
    candidates = list(dict.fromkeys([e for e in (declared, *_LEGACY) if e and e != "utf-8"]))
    fitting = {}
    for encoding in candidates:
        try:
            fitting[encoding] = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if not fitting:
        _strict(data, declared if declared in candidates else "gb18030")
    if len(fitting) == 1:
        return next(iter(fitting.items()))[::-1]
    best = charset_normalizer.from_bytes(data, cp_isolation=[_plain(e) for e in fitting]).best()
    chosen = next((e for e in fitting if best and _plain(e) == best.encoding), declared or next(iter(fitting)))
    return fitting[chosen], chosen


def _plain(encoding):
    return "big5" if encoding == "big5hkscs" else encoding


def _strict(data, encoding):
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise FormatError(f"无法按 {encoding} 解码(也不是 UTF-8、GB18030 或 Big5)", offset=error.start) from None
