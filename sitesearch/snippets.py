"""Highlighted titles and snippets: the matched words wrapped in <mark>, everything else escaped."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import fold

SNIPPET_LENGTH = 120
LEAD_IN = 20  # characters of context before the first highlighted word


def _pattern(marks):
    return re.compile("|".join(map(re.escape, marks))) if marks else None


def _spans(text, pattern):
    """Where `pattern` matches in `text`, compared in folded (simplified, lower-case) form;
    adjacent matches joined."""
    folded = fold(text)
    if pattern is None or len(folded) != len(text):
        return []
    merged = []
    for left, right in (match.span() for match in pattern.finditer(folded)):
        if merged and merged[-1][1] == left:  # 鲁班|工坊 typed as one word reads as one mark
            merged[-1] = (merged[-1][0], right)
        else:
            merged.append((left, right))
    return merged


def _marked(text, spans, start=0, end=None):
    end = len(text) if end is None else end
    out, at = [], start
    for left, right in spans:
        if left < at or right > end:
            continue
        out += [escape(text[at:left]), "<mark>", escape(text[left:right]), "</mark>"]
        at = right
    out.append(escape(text[at:end]))
    return "".join(out)


def highlight(text, marks):
    return mark_safe(_marked(text, _spans(text, _pattern(marks))))  # noqa: S308 - parts escaped


def _best_window(spans):
    """Start of the snippet window that shows the most distinct matches."""
    best, best_count = 0, -1
    for left, _ in spans[:50]:
        start = max(0, left - LEAD_IN)
        count = sum(1 for left_, right_ in spans if start <= left_ and right_ <= start + SNIPPET_LENGTH)
        if count > best_count:
            best, best_count = start, count
    return best


def snippet(text, marks):
    """A window of `text` around the best cluster of matches, or its opening if none."""
    text = " ".join(text.split())
    spans = _spans(text, _pattern(marks))
    start = _best_window(spans) if spans else 0
    end = min(len(text), start + SNIPPET_LENGTH)
    html = _marked(text, spans, start, end)
    return mark_safe(("…" if start else "") + html + ("…" if end < len(text) else ""))  # noqa: S308 - escaped
