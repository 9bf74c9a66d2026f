"""Demo readers: view counts recorded through the counter real page views go through."""

from datetime import timedelta

from ranking.counting import counter

TOP_VIEWS = 20_000  # the most-read demo article; the n-th gets about TOP_VIEWS / n
WINDOW = timedelta(days=30)


def record_views(articles, now, rng) -> int:
    """Views for `articles` over the last 30 days (never before publication), Zipf-like:
    a few are read a lot and most a little; newer ones tend to rank higher.
    Returns the number of views recorded."""
    ranked = sorted(articles, key=lambda a: rng.random() * (1 + (now - a.publish_time).days / 10))
    total = 0
    for rank, article in enumerate(ranked, start=1):
        views = int(TOP_VIEWS / rank**1.1) + rng.randint(1, 20)
        start = max(article.publish_time, now - WINDOW)
        for share in _shares(rng, views, rng.randint(1, 6)):
            counter.hit(article.id, when=start + (now - start) * rng.random(), n=share)
        total += views
    counter.flush()
    return total


def _shares(rng, total, parts):
    """`total` cut at random into at most `parts` positive shares."""
    cuts = sorted(rng.sample(range(1, total), min(parts - 1, total - 1)))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
