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
class Phrase:
    text: str  # normalised, as highlighted
    words: tuple[str, ...]  # must stand side by side, in this order


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[Word, ...]  # each must match, anywhere in the article
    phrases: tuple[Phrase, ...]

    def marks(self):
        """Strings to highlight in titles and snippets, longest first: phrases whole,
        words with their parts."""
        found = {phrase.text for phrase in self.phrases} | {word.text for word in self.words}
        found |= {part for word in self.words for part in word.parts}
        return sorted(found, key=len, reverse=True)


def _phrases(raw):
    texts = (normalize(next(g for g in match.groups() if g is not None)) for match in _QUOTED.finditer(raw))
    found = {text: tuple(query_words(text)) for text in texts}
    return tuple(Phrase(text, words) for text, words in found.items() if words)


def parse(raw):
    raw = _CONTROL.sub(" ", raw or "").strip()
    if not raw:
        raise QueryError("请输入要搜索的词。")
    if len(raw) > MAX_LENGTH:
        raise QueryError(f"搜索词太长:最多 {MAX_LENGTH} 个字,您输入了 {len(raw)} 个字。")
    phrases = _phrases(raw)
    words = query_words(normalize(_QUOTED.sub(" ", raw)))
    if not words and not phrases:
        raise QueryError("搜索词里没有可搜索的文字或数字,请换一个词。")
    if len(words) + sum(len(phrase.words) for phrase in phrases) > MAX_WORDS:
        raise QueryError(f"搜索词太多:最多 {MAX_WORDS} 个词,请精简后再试。")
    return ParsedQuery(tuple(Word(word, word_parts(word)) for word in words), phrases)
