"""Chinese text as search terms: one normalisation for documents and queries, and the
character pairs that both are indexed and searched by.

Both sides go through the same steps so that what a reader types meets what was indexed:
full-width forms folded (NFKC), traditional characters made simplified (OpenCC t2s), case
folded. Then a run of Chinese characters becomes its overlapping character pairs (夜校开课 →
夜校 校开 开课) and its last character alone; letters and digits stay whole words (5g, app,
2025). Any two or more characters of the text, as typed, are then a phrase of pairs side by
side, however a segmenter would have cut the sentence around them: the bigrams of
Elasticsearch's cjk analyzer. Words (jieba, through rjieba) are only cut from queries, to
rank and to offer parts of a long word that is found nowhere as typed.
"""

import re
import unicodedata
from functools import lru_cache

import opencc
import rjieba

_t2s = opencc.OpenCC("t2s")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK Unified Ideographs, extension A, compatibility
# A run of Chinese characters, or of other letters and digits; the rest (punctuation,
# symbols, emoji, spaces) separates runs and is not searchable.
_RUN = re.compile(rf"[{_HAN}]+|[^\W_{_HAN}]+")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_SPACE = re.compile(r"\s+")


def normalize(text):
    """Simplified, case-folded text with single spaces: what queries and documents share."""
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", _t2s.convert(text).casefold()).strip()


def runs(normalized):
    """The searchable runs of normalised text, in reading order."""
    return _RUN.findall(normalized)


def is_han(run):
    """Whether a run (of `runs`) is Chinese characters."""
    return _HAN_CHAR.match(run) is not None


def run_terms(run):
    """Index terms of one run: a word of letters or digits itself; Chinese characters as their
    pairs and the last character alone (so a character typed alone, or before a number, is
    found at the end of a run too)."""
    if not is_han(run):
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def grams(text):
    """A field as index terms, space-separated in reading order."""
    return grams_of(runs(normalize(text)))


def grams_of(field_runs):
    return " ".join(term for run in field_runs for term in run_terms(run))


def spaced(field_runs):
    """A field's runs between single spaces, a space at each end: where a piece of a query
    (sitesearch.query.Piece.spaced_runs) is a plain substring exactly when the engines find
    its terms side by side."""
    return " " + " ".join(field_runs) + " "


def runs_of(field):
    """The runs a field's terms were made from: `grams` read backwards (a pair adds its first
    character, the character alone ends the run)."""
    found, run = [], ""
    for term in field.split():
        if not is_han(term):
            found.append(term)
        elif len(term) == 2:
            run += term[0]
        else:
            found.append(run + term)
            run = ""
    return found


@lru_cache(maxsize=8192)
def word_edges(run):
    """Where jieba's words (search mode: 全国总工会 also gives 全国, 总工会, 工会) start and end
    in a run of Chinese characters."""
    tokens = rjieba.tokenize(run, mode="search")
    return {start for _, start, _ in tokens}, {end for _, _, end in tokens}


def as_words(text, run):
    """Whether `text` stands in `run` on word edges somewhere: 工会 in 全国总工会, not in 化工会展."""
    starts, ends = word_edges(run)
    at = run.find(text)
    while at != -1:
        if at in starts and at + len(text) in ends:
            return True
        at = run.find(text, at + 1)
    return False


def query_words(normalized):
    """Words of a query, cut the precise way (jieba, no overlapping sub-words)."""
    found = (word for run in runs(normalized) for word in rjieba.cut(run))
    return list(dict.fromkeys(word for word in found if not word.isspace()))


def fold(text):
    """Simplified and lower-case, keeping the length where it can: for finding marks in text."""
    return _t2s.convert(text).lower()
