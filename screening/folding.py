"""Text folded for screening, and the way back to the text's own positions.

A word must be caught however it is dressed: full-width letters (ＡＢＣ), traditional
characters, upper case, spaces or symbols typed between its characters (法 轮, 法*轮). So
every character is folded on its own, by one table: NFKC, OpenCC's traditional→simplified,
case folding, and anything that is not a letter or a digit dropped. Character by character
(not OpenCC's phrases) so that a dictionary word and a text fold the same way wherever they
stand, and so that each folded character comes from exactly one character of the text.
"""

import array
import re
import unicodedata
from bisect import bisect_right
from functools import cache, cached_property

import opencc

DROPPED = 0  # what the table gives a character that is dropped: removed in one pass after
# Folded once by OpenCC: the CJK blocks where traditional characters live.
_CJK = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00), range(0x20000, 0x2A6E0))
# Beyond this, code points are unassigned, private use or CJK extensions (letters, kept);
# only the invisible tags and variation selectors there are dropped.
_TABLE_END = 0x30000
_INVISIBLE = range(0xE0000, 0xE1000)


class _Tables:
    """The folding table (one code point to one), and the few characters that fold to
    several (ß → ss, ㎏ → kg, ﬁ → fi), applied first and only when a text holds one."""

    def __init__(self):
        t2s = _t2s()
        self.fold = array.array("I", range(0x110000))
        self.expansions = {}
        for code in range(_TABLE_END):
            folded = _fold_char(chr(code), t2s)
            if len(folded) == 1:
                self.fold[code] = ord(folded)
            elif not folded:
                self.fold[code] = DROPPED
            else:
                self.expansions[code] = folded
        for code in _INVISIBLE:
            self.fold[code] = DROPPED
        self.expanding = re.compile("[" + "".join(map(re.escape, map(chr, self.expansions))) + "]")
        # The same table as a list, which str.translate reads about twice as fast as the
        # array, with each expanding character's folded characters in its place (DROPPED
        # kept, one per character). Code points beyond it are left as they are: a text
        # that holds one takes the table above.
        self.fast = self.fold[:_TABLE_END].tolist()
        for code, expansion in self.expansions.items():
            self.fast[code] = expansion.translate(self.fold)


def _t2s():
    """OpenCC t2s of every CJK character on its own: one call, characters a line each."""
    chars = [chr(code) for block in _CJK for code in block]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    return {char: simple for char, simple in zip(chars, converted, strict=True) if simple != char}


def _fold_once(text, t2s):
    text = "".join(t2s.get(char, char) for char in unicodedata.normalize("NFKC", text)).casefold()
    return "".join(char for char in text if char.isalnum())


def _fold_char(char, t2s):
    """A character folded until folding changes nothing more (ﬀ → ff, ẞ → ss): folding a
    folded text again must leave it as it is."""
    if char.isalnum() and char not in t2s and unicodedata.is_normalized("NFKC", char) and char.casefold() == char:
        return char
    folded, previous = _fold_once(char, t2s), None
    while folded != previous:
        previous, folded = folded, "".join(_fold_once(part, t2s) for part in folded)
    return folded


@cache
def tables():
    """Built once per process, on first use (about 0.3 s)."""
    return _Tables()


def fold(text):
    return Folded(text).value


class Folded:
    """`text` folded (`value`), with the position in `text` of any folded character. The
    positions are worked out only when asked for: most texts have no hit to show.

    One pass of `str.translate` through the list table gives the folded text with DROPPED
    where a character is dropped (the marked text); only a text holding an expanding
    character or a code point beyond the list is folded in two steps instead."""

    BLOCK = 512  # characters of the marked text counted at a time, to find a position

    def __init__(self, text):
        table = tables()
        self.text = text
        marked = text.translate(table.fast)
        if len(marked) == len(text) and not (_beyond_bmp(marked) and _BEYOND_TABLE.search(marked)):
            self._expanded = text
        else:
            self._expanded = text.translate(table.expansions) if table.expanding.search(text) else text
            marked = self._expanded.translate(table.fold)
        self._marked = marked  # one character per character of the expanded text
        self.value = marked.replace("\0", "")

    def span(self, start, end):
        """The span of `text` that folded characters start…end-1 came from."""
        return self._origin(start), self._origin(end - 1) + 1

    def _origin(self, index):
        """The position in `text` of folded character `index`: the block of the marked
        text it is in, then the position in that block whose kept characters up to and
        including it number just one more than the ones before it in the block."""
        kept = self._kept_before
        block = bisect_right(kept, index) - 1
        first, rank, marked = block * self.BLOCK, index - kept[block], self._marked
        at = first + rank
        while (after := first + rank + marked.count("\0", first, at + 1)) != at:
            at = after
        return self._sources[at] if self._sources is not None else at

    @cached_property
    def _kept_before(self):
        """The number of kept characters before each block of the marked text, and in all."""
        marked, size = self._marked, self.BLOCK
        kept = [0]
        for first in range(0, len(marked), size):
            kept.append(kept[-1] + min(size, len(marked) - first) - marked.count("\0", first, first + size))
        return kept

    @cached_property
    def _sources(self):
        """The character of `text` each character of the expanded text came from (None
        when nothing was expanded)."""
        if self._expanded is self.text:
            return None
        expansions = tables().expansions
        return [i for i, char in enumerate(self.text) for _ in range(len(expansions.get(ord(char), char)))]


_BEYOND_TABLE = re.compile(f"[{chr(_TABLE_END)}-\U0010ffff]")


def _beyond_bmp(text):
    """Whether `text` holds a code point beyond U+FFFF (its UTF-16 is longer than two
    bytes a character): cheap, and nearly always False."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
