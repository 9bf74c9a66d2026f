"""What a reader typed, as pieces to find as typed and the words they are made of; bad
queries are refused with a reason.

Words separated by spaces are each required; each one, and each quoted phrase, is a piece
that must be found as typed: its characters side by side, in order. An unquoted piece that
jieba cuts into several words (工会改革 → 工会 改革) also has those words, which rank the
articles that hold them apart below those that hold the piece as typed."""

import re
from dataclasses import dataclass

from .text import is_han, normalize, query_words, run_terms, runs

MAX_LENGTH = 100  # characters; a headline is rarely a third of that
MAX_WORDS = 12
# ASCII quotes and the Chinese ones: "…", “…”, 「…」, 『…』.
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class QueryError(ValueError):
    """A query that cannot be searched; the message is shown to the reader."""


@dataclass(frozen=True)
class Piece:
    """Index terms that must stand side by side, in this order; the last may be a lone
    Chinese character, matched as the start of a term (a prefix)."""

    text: str  # its runs, normalised: punctuation and spaces dropped
    terms: tuple[str, ...]
    prefix: bool = False

    @property
    def marks(self):
        return runs(self.text)

    def found_in(self, field):
        """Whether a field's terms (sitesearch.text.grams: terms and single spaces) hold this
        piece, as the engines match it: its terms side by side, the last as a prefix if it is
        one. A substring test of the spaced terms, so whole terms meet whole terms."""
        return self._spaced in f" {field} "

    @property
    def _spaced(self):
        return " " + " ".join(self.terms) + ("" if self.prefix else " ")

    @property
    def spaced_runs(self):
        """The piece as a substring of a field's spaced runs (sitesearch.text.spaced): a run
        of letters or digits at either end is a whole word there, as it is a whole term;
        Chinese characters may stand inside a longer run."""
        found = self.marks
        start = "" if is_han(found[0]) else " "
        end = "" if self.prefix or is_han(found[-1]) else " "
        return start + " ".join(found) + end


def piece(text):
    """The piece of normalised `text`, or None when nothing in it is searchable."""
    found = runs(text)
    terms = []
    for number, run in enumerate(found):
        last = number == len(found) - 1
        if is_han(run) and len(run) == 1 and last:
            return Piece(" ".join(found), (*terms, run), prefix=True)
        # A run's last character alone is a term only where the document has it next to
        # what follows (职工300 is indexed 职工 工 300).
        terms += run_terms(run) if not last or not is_han(run) else run_terms(run)[:-1]
    return Piece(" ".join(found), tuple(terms)) if terms else None


@dataclass(frozen=True)
class ParsedQuery:
    pieces: tuple[Piece, ...]  # each must be found as typed
    words: tuple[Piece, ...]  # the pieces cut into words: quoted pieces whole

    @property
    def has_parts(self):
        """Whether some piece is several words: found apart, they are a weaker match."""
        return len(self.words) > len(self.pieces)

    def marks(self):
        """Strings to highlight in titles and snippets, longest first."""
        found = {mark for item in (*self.pieces, *self.words) for mark in item.marks}
        return sorted(found, key=lambda mark: (-len(mark), mark))


def _quoted(raw):
    return [normalize(next(g for g in match.groups() if g is not None)) for match in _QUOTED.finditer(raw)]


def parse(raw):
    raw = _CONTROL.sub(" ", raw or "").strip()
    if not raw:
        raise QueryError("请输入要搜索的词。")
    if len(raw) > MAX_LENGTH:
        raise QueryError(f"搜索词太长:最多 {MAX_LENGTH} 个字,您输入了 {len(raw)} 个字。")
    quoted = [found for found in map(piece, _quoted(raw)) if found]
    loose = [found for found in map(piece, normalize(_QUOTED.sub(" ", raw)).split()) if found]
    pieces = tuple(dict.fromkeys([*quoted, *loose]))
    if not pieces:
        raise QueryError("搜索词里没有可搜索的文字或数字,请换一个词。")
    words = [*quoted]
    for item in loose:
        # A character alone is in nearly every article: not a word to find apart.
        cut = [piece(word) for word in query_words(item.text) if len(word) > 1 or not is_han(word)]
        words += [item] if len(cut) < 2 else cut
    words = tuple(dict.fromkeys(words))
    if len(words) > MAX_WORDS:
        raise QueryError(f"搜索词太多:最多 {MAX_WORDS} 个词,请精简后再试。")
    return ParsedQuery(pieces, words)
