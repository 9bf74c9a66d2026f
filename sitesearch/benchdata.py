"""The search benchmark's own site: text from a vocabulary the demo never writes with, and
queries a reader would type or copy.

The vocabulary is the simplified side of OpenCC's phrase dictionary (shipped with the
opencc package), Zipf-weighted in a seeded order, with the commonest single characters of
Chinese prose between words. Publish times are dense in recent weeks and thin over two years;
a few words occur only in short old bursts. Bodies run 300 to 1,500 characters."""

import itertools
import random
import subprocess  # noqa: S404 - OpenCC's own dictionary tool, from the installed package
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from pathlib import Path

import opencc
from django.db import transaction
from django.utils import timezone

from demo.channels import PLANS, ensure_channels
from news.filing import bulk_file, month_folder
from news.models import Article
from news.testing import home_page

SEED = "bench-search"
MONTHS = 24
RECENT_DAYS = 30  # half of all articles fall in the newest month
BURSTS = 40  # words that occur only within one old fortnight
BATCH = 500
FUNCTION_CHARACTERS = "的了在是和有也就都而及与这那为以对把被从到上中下个们我他她它"


def opencc_phrases():
    """Simplified words of OpenCC's phrase dictionary (STPhrases), exported by its own tool."""
    clib = Path(opencc.__file__).parent / "clib"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "phrases.txt"
        subprocess.run(  # noqa: S603
            [
                clib / "bin" / "opencc_dict",
                "-i",
                clib / "share/opencc/STPhrases.ocd2",
                "-o",
                out,
                "-f",
                "ocd2",
                "-t",
                "text",
            ],
            check=True,
            env={"LD_LIBRARY_PATH": str(clib / "lib64")},
            capture_output=True,
        )
        lines = out.read_text(encoding="utf-8").splitlines()
    return sorted({line.split("\t")[0] for line in lines if len(line.split("\t")[0]) >= 2})


@dataclass
class Vocabulary:
    words: list  # in Zipf rank order, commonest first
    bursts: dict  # word → (start, end) of the old fortnight it is confined to

    @cached_property
    def cum_weights(self):
        return list(itertools.accumulate(1 / (rank + 10) for rank in range(len(self.words))))


def vocabulary(rng, now):
    words = opencc_phrases()
    rng.shuffle(words)
    burst_words, words = words[:BURSTS], words[BURSTS:]
    bursts = {}
    for word in burst_words:
        start = now - timedelta(days=rng.uniform(90, MONTHS * 30))
        bursts[word] = (start, start + timedelta(days=14))
    return Vocabulary(words, bursts)


def publish_time(rng, now):
    if rng.random() < 0.5:
        return now - timedelta(seconds=rng.uniform(0, RECENT_DAYS * 86400))
    return now - timedelta(seconds=rng.uniform(0, MONTHS * 30 * 86400))


def sentence(rng, vocab, bursting):
    count = rng.randint(4, 14)
    words = rng.choices(vocab.words, cum_weights=vocab.cum_weights, k=count)
    if bursting and rng.random() < 0.3:
        words[rng.randrange(count)] = rng.choice(bursting)
    out = []
    for word in words:
        out.append(word)
        if rng.random() < 0.35:
            out.append(rng.choice(FUNCTION_CHARACTERS))
    return "".join(out) + rng.choice(",,,。")


def paragraph_text(rng, vocab, length, bursting):
    parts, size = [], 0
    while size < length:
        parts.append(sentence(rng, vocab, bursting))
        size += len(parts[-1])
    return "".join(parts)[:length].rstrip(",") + "。"


def article(rng, vocab, when):
    bursting = [word for word, (start, end) in vocab.bursts.items() if start <= when < end]
    title = paragraph_text(rng, vocab, rng.randint(8, 22), bursting).rstrip("。,")
    length = rng.randint(300, 1500)
    paragraphs = []
    while sum(map(len, paragraphs)) < length:
        paragraphs.append(paragraph_text(rng, vocab, rng.randint(80, 300), bursting))
    return Article(
        title=title,
        summary=paragraphs[0][:60],
        body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
        source="本站",
        publish_time=when,
    )


def generate(total, progress):
    """`total` live articles spread over the demo channels; returns the vocabulary. Places
    and times are drawn first, the text folder by folder, so memory holds one batch."""
    now, rng = timezone.now(), random.Random(SEED)
    vocab = vocabulary(rng, now)
    channels, _ = ensure_channels(home_page())
    plans = [plan for plan in PLANS if plan.has_articles]
    # Uneven channels: the first few carry most of the news, the last are small.
    shares = [1 / (n + 1) for n in range(len(plans))]
    by_folder = {}
    for _ in range(total):
        slug, when = rng.choices(plans, shares)[0].slug, publish_time(rng, now)
        by_folder.setdefault((slug, timezone.localtime(when).strftime("%Y-%m")), []).append(when)
    for (slug, _), times in by_folder.items():
        folder = month_folder(channels[slug], times[0])
        for start in range(0, len(times), BATCH):
            batch = [article(rng, vocab, when) for when in times[start : start + BATCH]]
            with transaction.atomic():
                bulk_file(folder, batch)
            progress(len(batch))
    return vocab
