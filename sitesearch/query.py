"""What a reader typed, as words and quoted phrases; bad queries are refused with a reason."""

import re
from dataclasses import dataclass

from .text import normalize, query_words, word_parts

MAX_LENGTH = 100  # characters; a headline is rarely a third of that
MAX_WORDS = 12
# ASCII quotes and the Chinese ones: "…", “…”, 「…」, 『…』.
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class QueryError(ValueError):
    """A query that cannot be searched; the message is shown to the reader."""


@dataclass(frozen=True)
class Word:
    text: str
    parts: tuple[str, ...]  # a covering of shorter words also accepted in its place


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[Word, ...]  # all must match, those inside quotes too
    phrases: tuple[str, ...]  # normalised; each must appear verbatim in the article
    loose: tuple[str, ...] = ()  # the words typed outside quotes

    def marks(self):
        """Strings to highlight in titles and snippets, longest first: phrases whole,
        loose words with their parts."""
        found = set(self.phrases) | set(self.loose)
        found |= {part for w in self.words if w.text in self.loose for part in w.parts}
        return sorted(found, key=len, reverse=True)


def parse(raw):
    raw = _CONTROL.sub(" ", raw or "").strip()
    if not raw:
        raise QueryError("请输入要搜索的词。")
    if len(raw) > MAX_LENGTH:
        raise QueryError(f"搜索词太长:最多 {MAX_LENGTH} 个字,您输入了 {len(raw)} 个字。")
    phrases = [normalize(next(g for g in m.groups() if g is not None)) for m in _QUOTED.finditer(raw)]
    phrases = [p for p in phrases if query_words(p)]
    loose = query_words(normalize(_QUOTED.sub(" ", raw)))
    words = list(dict.fromkeys(loose + [w for p in phrases for w in query_words(p)]))
    if not words:
        raise QueryError("搜索词里没有可搜索的文字或数字,请换一个词。")
    if len(words) > MAX_WORDS:
        raise QueryError(f"搜索词太多:最多 {MAX_WORDS} 个词,请精简后再试。")
    return ParsedQuery(tuple(Word(w, word_parts(w)) for w in words), tuple(dict.fromkeys(phrases)), tuple(loose))
