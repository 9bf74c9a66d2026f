"""Chinese text as search terms: one normalisation and one segmenter for documents and queries.

Both sides go through the same steps so that what a reader types meets what was indexed:
full-width forms folded (NFKC), traditional characters made simplified (OpenCC t2s), case
folded, then words cut by jieba (the rjieba binding). Documents also index the shorter
dictionary words inside a long one (全国总工会 → 全国, 工会, 总工会, …), so 工会 finds
全国总工会 but never the 工会 that straddles 化工|会展.
"""

import re
import unicodedata
from functools import lru_cache

import opencc
import rjieba

_t2s = opencc.OpenCC("t2s")
# A term is a run of letters and digits; punctuation, symbols and emoji are not searchable.
_NON_TERM = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")


def normalize(text):
    """Simplified, case-folded text with single spaces: what phrases are matched against."""
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", _t2s.convert(text).casefold()).strip()


def _words(normalized):
    """Words of normalised text. Punctuation and symbols become spaces first: they end a word
    anyway, and then every token jieba returns is either a word or a space."""
    return [word for word in rjieba.cut(_NON_TERM.sub(" ", normalized)) if not word.isspace()]


def document_terms(text):
    """A document field as (words, parts), each space-separated and normalised: the words in
    reading order, so a quoted phrase matches them side by side, and the shorter dictionary
    words found inside long ones (全国总工会 → 全国 总工 工会 总工会), which a reader may type alone."""
    words = _words(normalize(text))
    return " ".join(words), " ".join(part for word in words for part in inner_words(word))


@lru_cache(maxsize=65536)
def inner_words(word):
    """Dictionary words inside `word` (jieba's search mode), without `word` itself."""
    if len(word) < 3:
        return ()
    return tuple(part for part in rjieba.cut_for_search(word) if part != word)


def query_words(normalized):
    """The words a reader typed, cut the precise way (no overlapping sub-words)."""
    return list(dict.fromkeys(_words(normalized)))


@lru_cache(maxsize=4096)
def word_parts(word):
    """Shorter dictionary words that cover `word` left to right, or () if none do.

    A long query word may have been cut differently inside an article's sentence
    (全国总工会 can appear as 全国 + 总工会), so a query also accepts its parts."""
    if len(word) < 3:
        return ()
    inner = {w for w in rjieba.cut_for_search(word) if w != word and len(w) > 1}
    parts, start = [], 0
    while start < len(word):
        part = next((word[start:end] for end in range(len(word), start, -1) if word[start:end] in inner), None)
        if part is None:
            return ()
        parts.append(part)
        start += len(part)
    return tuple(parts)


def fold(text):
    """Simplified and lower-case, keeping the length where it can: for finding marks in text."""
    return _t2s.convert(text).lower()
