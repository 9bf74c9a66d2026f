"""How good the ranking is on a judged set: queries written by hand, each with the articles a
person expects near the top (demo/search_stories.QUERIES). Binary relevance: an expected
article is relevant, anything else is not."""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Judgement:
    ndcg_at_10: float  # mean over the queries
    recall_at_5: float  # mean share of the expected articles in the top five
    misses: list  # (query, expected, found in the top five)


def ndcg(ranked, relevant, depth=10):
    gains = sum(1 / math.log2(rank + 2) for rank, item in enumerate(ranked[:depth]) if item in relevant)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(depth, len(relevant))))
    return gains / ideal if ideal else 0.0


def judge(judged, ranking):
    """`judged` is [(query, expected)], `ranking(query)` the found items, best first."""
    ndcgs, recalls, misses = [], [], []
    for query, expected in judged:
        ranked, relevant = ranking(query), set(expected)
        ndcgs.append(ndcg(ranked, relevant))
        top = set(ranked[:5])
        recalls.append(len(relevant & top) / len(relevant))
        if not relevant <= top:
            misses.append((query, expected, ranked[:5]))
    return Judgement(sum(ndcgs) / len(ndcgs), sum(recalls) / len(recalls), misses)
