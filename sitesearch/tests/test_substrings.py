"""What a reader copies finds its article: any run of two to eight Chinese characters cut
from a live article's title, summary or body, however the words around it were cut."""

import random

import pytest

from news.models import Article
from sitesearch.services import TYPED, search
from sitesearch.text import han_runs, normalize

pytestmark = pytest.mark.django_db
SAMPLES = 300


def random_substrings(articles, rng, count):
    """(article, substring) pairs: a random field, a random run of Chinese characters in it,
    a random stretch of two to eight characters of that run."""
    found = []
    while len(found) < count:
        article = rng.choice(articles)
        text = rng.choice([article.title, article.summary, article.body_text()])
        runs = [run for run in han_runs(normalize(text)) if len(run) >= 2]
        if not runs:
            continue
        run = rng.choice(runs)
        length = rng.randint(2, min(8, len(run)))
        start = rng.randint(0, len(run) - length)
        found.append((article, run[start : start + length]))
    return found


def test_random_substrings_find_their_article_as_typed(corpus):
    articles = list(Article.objects.live())
    misses = []
    for article, piece in random_substrings(articles, random.Random(13), SAMPLES):
        hits = search(piece, limit=len(articles)).hits
        if not any(hit.article.pk == article.pk and hit.tier == TYPED for hit in hits):
            misses.append(f"{piece!r} in {article.title!r}")
    assert not misses, f"{len(misses)} of {SAMPLES} missed: " + "; ".join(misses[:10])
