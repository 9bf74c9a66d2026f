"""A response in traditional characters (OpenCC), the portal's own addresses in it moved
into the mirror.

Only what people read is converted: the text between tags, the readable attributes (alt,
title, placeholder, aria-label, label, a meta's content) and the strings of JSON-LD. Kept
as they are: addresses (a slug or a file name in Chinese characters must keep pointing
where it did; the portal's own are moved into the mirror instead), form values (a reader's
text, a choice's value: what the form posts back must be what it offered), scripts,
styles, and what a template marks `<!-- mirror:asis -->…<!-- /mirror:asis -->` (the links
between the two versions). The text of a whole response goes through OpenCC in one call."""

import re
from functools import lru_cache

import opencc
from django.conf import settings
from django.utils.cache import set_response_etag

from . import addresses

# HTML, the feeds and sitemaps (XML), robots.txt; JSON is the app API's, which is not mirrored.
CONVERTED_TYPES = {
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "text/plain",
}
TOKEN = re.compile(
    r"<!-- mirror:asis -->.*?<!-- /mirror:asis -->|<(script|style|textarea)\b([^>]*)>(.*?)</\1\s*>|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
ATTRIBUTE = re.compile(r"""([\w:.-]+)(\s*=\s*)("[^"]*"|'[^']*')""")
# An address in running text (feeds' links, JSON-LD): up to a space, a quote or a Chinese character.
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'\u2e80-\uffff]+")
JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
LINK_ATTRIBUTES = {"href", "action", "data-fragment"}
READABLE_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "label", "content"}
# Between the pieces of text sent to OpenCC in one call: a private-use character, which no
# phrase of its dictionaries holds, so no phrase is matched across two pieces.
SEPARATOR = "\ue000"


@lru_cache(maxsize=len(addresses.VARIANTS))
def converter(variant):
    return opencc.OpenCC(variant)


def convert_response(response, host):
    """Convert a response of the portal on `host` (the original's) in place."""
    if "Location" in response:
        response["Location"] = addresses.to_mirror(response["Location"], host)
    if response.has_header("Content-Language"):
        response["Content-Language"] = addresses.language()
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    if response.streaming or content_type not in CONVERTED_TYPES or not response.content:
        return
    try:
        text = response.content.decode(response.charset)
    except UnicodeDecodeError:
        return
    response.content = convert(text, host).encode(response.charset)
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))
    if response.has_header("ETag"):  # the ETag of the simplified bytes
        del response["ETag"]
        set_response_etag(response)


def convert(text, host):
    """`text` (HTML, XML or plain) in traditional characters, its addresses on `host` in the mirror."""
    pieces = _Pieces()
    done = 0
    for token in TOKEN.finditer(text):
        _running_text(pieces, text[done : token.start()], host)
        if token[1] is not None:
            _element_with_content(pieces, token, host)
        elif token[0].startswith("<!-- mirror:asis"):
            pieces.keep(token[0])
        else:
            _tag(pieces, token[0], host)
        done = token.end()
    _running_text(pieces, text[done:], host)
    return pieces.joined(converter(settings.MIRROR_VARIANT))


def _running_text(pieces, text, host):
    done = 0
    for url in URL_IN_TEXT.finditer(text):
        pieces.convert(text[done : url.start()])
        pieces.keep(addresses.to_mirror(url[0], host))
        done = url.end()
    pieces.convert(text[done:])


def _element_with_content(pieces, token, host):
    """script, style, textarea: only JSON-LD's strings are read by people."""
    if token[1].lower() != "script" or "application/ld+json" not in token[2]:
        pieces.keep(token[0])
        return
    content_start, content_end = token.span(3)
    pieces.keep(token.string[token.start() : content_start])
    done = 0
    for string in JSON_STRING.finditer(token[3]):
        pieces.keep(token[3][done : string.start(1)])
        _value(pieces, string[1], host)
        done = string.end(1)
    pieces.keep(token[3][done:])
    pieces.keep(token.string[content_end : token.end()])


def _tag(pieces, tag, host):
    done = 0
    for attribute in ATTRIBUTE.finditer(tag):
        name = attribute[1].lower()
        value_start, value_end = attribute.start(3) + 1, attribute.end(3) - 1
        pieces.keep(tag[done:value_start])
        value = tag[value_start:value_end]
        if name in LINK_ATTRIBUTES:
            pieces.keep(addresses.to_mirror(value, host))
        elif name == "lang" and value.lower().startswith("zh"):
            pieces.keep(addresses.language())
        elif name in READABLE_ATTRIBUTES:
            _value(pieces, value, host)
        else:
            pieces.keep(value)
        done = value_end
    pieces.keep(tag[done:])


def _value(pieces, value, host):
    """A readable value: an address, a language, or text."""
    if value.startswith(("http://", "https://", "/")):
        pieces.keep(addresses.to_mirror(value, host))
    elif value in ("zh-CN", "zh_CN"):  # JSON-LD's inLanguage, Open Graph's locale
        pieces.keep(addresses.language() if "-" in value else addresses.og_locale())
    else:
        pieces.convert(value)


class _Pieces:
    """The response cut into what is kept and what OpenCC converts, in order."""

    def __init__(self):
        self._parts = []
        self._converted = []  # indexes in _parts

    def keep(self, text):
        self._parts.append(text)

    def convert(self, text):
        if text:
            self._converted.append(len(self._parts))
            self._parts.append(text)

    def joined(self, opencc_converter):
        texts = [self._parts[i] for i in self._converted]
        results = opencc_converter.convert(SEPARATOR.join(texts)).split(SEPARATOR)
        if len(results) != len(texts):  # the page itself held the separator
            results = [opencc_converter.convert(text) for text in texts]
        for i, result in zip(self._converted, results, strict=True):
            self._parts[i] = result
        return "".join(self._parts)
