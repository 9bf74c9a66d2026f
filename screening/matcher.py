"""Screening a text against the dictionary: one Aho-Corasick automaton (pyahocorasick)
over the folded text, built once per process and rebuilt when the dictionary changes.

The automaton runs over the folded text's UTF-8 bytes (as a Latin-1 string), not its
characters: pyahocorasick finds a node's child by a linear search, and a root with 20,000
Chinese first characters made each step slow; bytes give at most 64 children. A word's
bytes start with a lead byte, so a match always starts on a character.
"""

import threading
import uuid
from dataclasses import dataclass

import ahocorasick
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
    """The automaton of a set of entries. Each key is a folded word's UTF-8 bytes; its value
    (characters, bytes, entries): several entries may fold to the same key."""

    def __init__(self, entries, version=None):
        self.version = version
        keys = {}
        for entry in entries:
            folded = fold(entry.word)
            if folded:
                keys.setdefault(folded, []).append(entry)
        self.size = len(keys)
        self._automaton = ahocorasick.Automaton() if keys else None
        for folded, found in keys.items():
            key = _as_bytes(folded)
            self._automaton.add_word(key, (len(folded), len(key), tuple(found)))
        if self._automaton is not None:
            self._automaton.make_automaton()

    def memory(self):
        """Bytes the automaton's trie takes (its own count; the stored entries come on top)."""
        return self._automaton.get_stats()["total_size"] if self._automaton is not None else 0

    def screen(self, text):
        if self._automaton is None or not text:
            return Screening(text, [])
        folded = Folded(text)
        blob = _as_bytes(folded.value)
        found = [(end + 1 - size, chars, entries) for end, (chars, size, entries) in self._automaton.iter(blob)]
        if not found:
            return Screening(text, [])
        return Screening(text, _hits(folded, blob, found))


def _as_bytes(text):
    return text.encode().decode("latin-1")


def _hits(folded, blob, found):
    """Hits of the automaton's byte matches, in the text's own positions; a whole-word entry
    only where jieba cuts the folded text at both ends of the match."""
    starts = _char_positions(blob, sorted({start for start, _, _ in found}))
    words = _WordBounds(folded.value)
    hits = []
    for start_byte, chars, entries in found:
        start = starts[start_byte]
        end = start + chars
        kept = [entry for entry in entries if not entry.whole_word or words.cuts(start, end)]
        if kept:
            left, right = folded.span(start, end)
            hits += [Hit(entry, left, right, folded.text[left:right]) for entry in kept]
    hits.sort(key=lambda hit: (hit.start, hit.end))
    return hits


def _char_positions(blob, byte_positions):
    """{byte position: character position} in the UTF-8 bytes of `blob`, read once."""
    positions, chars, at = {}, 0, 0
    for position in byte_positions:
        chars += len(blob[at:position].encode("latin-1").decode())
        positions[position], at = chars, position
    return positions


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
