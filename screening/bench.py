"""The screen's speed on generated data: a dictionary of made-up words (random Chinese
characters, some Latin) and article-like text (random common characters with punctuation,
a few listed words planted in it), screened one article at a time on one core."""

import random
import time

from .matcher import Dictionary, Entry

# The text draws on 3,500 characters, as everyday Chinese does. Words draw either on the
# same ones (the hardest case for the automaton: every character of the text starts some
# word) or on the whole CJK block.
COMMON = [chr(code) for code in range(0x4E00, 0x4E00 + 3500)]
ALL_CJK = [chr(code) for code in range(0x4E00, 0x9FA6)]
PUNCTUATION = ",。、;:“”!? "
LATIN = "abcdefghijklmnopqrstuvwxyz"


def words(count, rng, pool=COMMON):
    made = set()
    while len(made) < count:
        if rng.random() < 0.1:
            made.add("".join(rng.choices(LATIN, k=rng.randint(4, 8))))
        else:
            made.add("".join(rng.choices(pool, k=rng.choice((2, 3, 3, 4, 4, 4, 5, 6)))))
    actions = ("block", "review", "replace")
    return [Entry(n, word, "其他", 2, actions[n % 3], actions[n % 3], n % 10 == 0, "") for n, word in enumerate(made)]


def articles(count, size, planted, rng):
    """`count` texts of about `size` characters, with words of `planted` in about one in ten."""
    texts = []
    for _ in range(count):
        chars = [rng.choice(PUNCTUATION) if rng.random() < 0.08 else rng.choice(COMMON) for _ in range(size)]
        if rng.random() < 0.1:
            chars.insert(rng.randrange(size), rng.choice(planted))
        texts.append("".join(chars))
    return texts


def run(word_count=100_000, megabytes=8, article_chars=3000, seed=1, pool=COMMON):
    """{figure: value} of one run."""
    rng = random.Random(seed)
    entries = words(word_count, rng, pool)
    started = time.process_time()
    dictionary = Dictionary(entries)
    built = time.process_time() - started
    count = int(megabytes * 1e6 / (article_chars * 3))
    texts = articles(count, article_chars, [entry.word for entry in entries[:1000]], rng)
    size = sum(len(text.encode()) for text in texts)
    dictionary.screen(texts[0])  # the folding table is built on first use
    started = time.process_time()
    hits = sum(len(dictionary.screen(text).hits) for text in texts)
    took = time.process_time() - started
    whole = "".join(texts)
    started = time.process_time()
    whole_hits = len(dictionary.screen(whole).hits)
    whole_took = time.process_time() - started
    return {
        "words": dictionary.size,
        "build_s": built,
        "memory_mb": dictionary.memory() / 1e6,
        "articles": len(texts),
        "text_mb": size / 1e6,
        "hits": hits,
        "mb_per_s": size / 1e6 / took,
        "whole_mb_per_s": size / 1e6 / whole_took,
        "whole_hits": whole_hits,
    }
