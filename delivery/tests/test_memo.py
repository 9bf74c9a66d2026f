"""Remembered data (delivery.memo): kept in the shared cache and in the process, declared
again on every hit, and never read from the process once a purge renewed the generation,
whichever process purged."""

import time

from django.core.cache import cache

from delivery import memo, tags
from delivery.purging import purge_tags


def remembered(name, value, shown=("list:5",)):
    """What `remember` gives inside a new request, and whether it had to compute it."""
    computed = []

    def compute():
        computed.append(True)
        tags.shows(*shown)
        return value

    rendering = tags.begin(time.time())
    try:
        return memo.remember(name, compute), bool(computed), rendering.tags
    finally:
        tags.end()


def test_a_value_is_computed_once_and_its_tags_declared_on_every_hit():
    assert remembered("n", 1) == (1, True, {"list:5"})
    assert remembered("n", 2) == (1, False, {"list:5"})


def test_a_purge_of_what_it_read_makes_every_process_compute_it_again():
    remembered("n", 1)
    purge_tags(["list:5"])
    assert remembered("n", 2)[:2] == (2, True)


def test_the_process_copy_is_not_used_after_another_process_purged():
    remembered("n", 1)
    cache.set(memo.GENERATION, "another process's purge")
    cache.set(memo.PREFIX + "n", (3, {"list:5"}, None))
    assert remembered("n", 4)[:2] == (3, False)


def test_outside_a_request_only_the_shared_cache_is_read():
    remembered("n", 1)
    cache.delete(memo.PREFIX + "n")
    assert memo.remember("n", lambda: 5) == 5
