"""Screening a text against the dictionary: one Aho-Corasick automaton (ahocorasick-rs,
the Rust aho-corasick crate) over the folded text, built once per process and rebuilt when
the dictionary changes.
"""

import os
import threading
import uuid
from dataclasses import dataclass

import ahocorasick_rs
import rjieba
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import Folded, fold

VERSION_KEY = "screening:dictionary-version"
MASK = "＊"


@dataclass(frozen=True)
class Entry:
    """A dictionary word as the matcher keeps it: no database row per screening."""

    id: int
    word: str
    category: str
    level: int
    action: str
    action_label: str
    whole_word: bool
    replacement: str


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int  # in the text as given
    end: int
    matched: str  # the text's own characters, spaces and symbols included


class Screening:
    """The hits in one text, and what they mean for it."""

    def __init__(self, text, hits):
        self.text = text
        self.hits = hits

    def __bool__(self):
        return bool(self.hits)

    def with_action(self, action):
        return [hit for hit in self.hits if hit.entry.action == action]

    @property
    def blocked(self):
        return bool(self.with_action("block"))

    @property
    def needs_review(self):
        return bool(self.with_action("review"))

    def replaced(self):
        """The text with every 'replace' word replaced by its replacement, or by ＊ as
        many as the characters it covered."""
        out, at = [], 0
        for hit in _leftmost_longest(self.with_action("replace")):
            out += [self.text[at : hit.start], hit.entry.replacement or MASK * len(hit.matched)]
            at = hit.end
        out.append(self.text[at:])
        return "".join(out)

    def highlight(self):
        """The text as safe HTML, every hit in <mark class="sensitive">; all else escaped."""
        out, at = [], 0
        for start, end, entries in _merged(self.hits):
            label = "、".join(dict.fromkeys(f"{entry.category}·{entry.action_label}" for entry in entries))
            out += [escape(self.text[at:start]), f'<mark class="sensitive" title="{escape(label)}">']
            out += [escape(self.text[start:end]), "</mark>"]
            at = end
        out.append(escape(self.text[at:]))
        return mark_safe("".join(out))  # noqa: S308 - every part of the text is escaped


def _leftmost_longest(hits):
    kept, end = [], 0
    for hit in sorted(hits, key=lambda hit: (hit.start, -hit.end)):
        if hit.start >= end:
            kept.append(hit)
            end = hit.end
    return kept


def _merged(hits):
    """Overlapping hits as one span: (start, end, entries)."""
    spans = []
    for hit in sorted(hits, key=lambda hit: (hit.start, -hit.end)):
        if spans and hit.start < spans[-1][1]:
            start, end, entries = spans[-1]
            spans[-1] = (start, max(end, hit.end), entries + [hit.entry])
        else:
            spans.append((hit.start, hit.end, [hit.entry]))
    return spans


class Dictionary:
    """The automaton of a set of entries. Its patterns are the folded words; several entries
    may fold to the same word, so each pattern keeps a tuple of entries.

    The automaton (ahocorasick-rs `BytesAhoCorasick`, the crate's contiguous NFA) runs over
    the folded text's UTF-16-LE bytes: two bytes a Chinese character instead of UTF-8's
    three, and a first byte that already tells most characters apart. On the bench's text
    that doubled the speed of the walk over UTF-8; the crate's DFA was slower still (over
    300 MB for 100,000 words). Matches are standard (overlapping): every listed word is
    found, a short one inside a longer one too. A match starting at an odd byte straddles
    two characters and is ignored."""

    def __init__(self, entries, version=None):
        self.version = version
        keys = {}
        for entry in entries:
            folded = fold(entry.word)
            if folded:
                keys.setdefault(folded, []).append(entry)
        self.size = len(keys)
        self._entries = [(len(folded), tuple(found)) for folded, found in keys.items()]
        self._memory = 0
        self._automaton = None
        if keys:
            before = _resident()
            self._automaton = ahocorasick_rs.BytesAhoCorasick(
                [_utf16(folded) for folded in keys],
                matchkind=ahocorasick_rs.MatchKind.Standard,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )
            self._memory = max(0, _resident() - before)

    def memory(self):
        """Bytes the process's resident memory grew by while the automaton was built (the
        crate does not report its size; 0 where /proc is not there)."""
        return self._memory

    def screen(self, text):
        if self._automaton is None or not text:
            return Screening(text, [])
        folded = Folded(text)
        blob = _utf16(folded.value)
        found = [match for match in self._automaton.find_matches_as_indexes(blob, overlapping=True) if not match[1] & 1]
        if not found:
            return Screening(text, [])
        if len(blob) == 2 * len(folded.value):
            found = [(pattern, start >> 1) for pattern, start, _ in found]
        else:  # characters beyond U+FFFF (some of OpenCC's simplified ones) take four bytes
            starts = _char_positions(blob, sorted({start for _, start, _ in found}))
            found = [(pattern, starts[start]) for pattern, start, _ in found]
        return Screening(text, _hits(folded, found, self._entries))


def _utf16(text):
    return text.encode("utf-16-le", "surrogatepass")


def _char_positions(blob, byte_positions):
    """{byte position: character position} in the UTF-16-LE bytes `blob`, read once."""
    positions, chars, at = {}, 0, 0
    for position in byte_positions:
        chars += len(blob[at:position].decode("utf-16-le", "surrogatepass"))
        positions[position], at = chars, position
    return positions


def _resident():
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _hits(folded, found, entries_of):
    """Hits of the automaton's matches (pattern, start character in the folded text), in
    the text's own positions; a whole-word entry only where jieba cuts the folded text at
    both ends of the match."""
    words = _WordBounds(folded.value)
    hits = []
    for pattern, start in found:
        chars, entries = entries_of[pattern]
        end = start + chars
        kept = [entry for entry in entries if not entry.whole_word or words.cuts(start, end)]
        if kept:
            left, right = folded.span(start, end)
            hits += [Hit(entry, left, right, folded.text[left:right]) for entry in kept]
    hits.sort(key=lambda hit: (hit.start, hit.end))
    return hits


class _WordBounds:
    """Whether jieba cuts a folded text at both ends of a span. Only the span's
    neighbourhood is cut: a word boundary does not depend on text a sentence away."""

    MARGIN = 20

    def __init__(self, text):
        self.text = text

    def cuts(self, start, end):
        left = max(0, start - self.MARGIN)
        bounds, at = {left}, left
        for word in rjieba.cut(self.text[left : end + self.MARGIN]):
            at += len(word)
            bounds.add(at)
        return start in bounds and end in bounds


_current = None
_lock = threading.Lock()


def dictionary():
    """The dictionary of this process, rebuilt when another process (or this one) changed
    the words: the version in the shared cache then differs from the one it was built at."""
    global _current
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    if _current is None or _current.version != version:
        with _lock:
            if _current is None or _current.version != version:
                from .models import SensitiveWord

                _current = Dictionary(SensitiveWord.entries(), version)
    return _current


def dictionary_changed():
    """Every process rebuilds its automaton before it screens again."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def screen(text):
    """The hits of the dictionary's words in `text`: `.hits`, `.blocked`, `.needs_review`,
    `.replaced()`, `.highlight()`."""
    return dictionary().screen(text)


def highlight(text):
    return screen(text).highlight()
