"""Purge what some tags name, in every cache, now and again when the transaction commits.

Now: so that a test or a command sees the change at once. At commit: a reader who
rendered a page between the two read the old rows, and the index refuses such renderings
(see index.py), but the copy it may have cached is taken again here."""

import logging

from django.db import transaction

from .backends import backends
from .index import index
from .memo import forget

logger = logging.getLogger(__name__)


def invalidate(tags):
    tags = sorted(set(tags))
    if not tags:
        return
    purge_tags(tags)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: purge_tags(tags))


def purge_tags(tags) -> int:
    """Empty every cache of the addresses these tags name; returns how many."""
    keys = index().take(tags)
    addresses = forget(keys)
    if addresses:
        for backend in backends():
            try:
                backend.purge(addresses)
            except Exception:
                # The copies end with their time to live; publishing itself must not fail.
                logger.exception("Could not purge %d addresses from %s", len(addresses), type(backend).__name__)
    return len(keys)
