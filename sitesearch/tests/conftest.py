from dataclasses import dataclass

import pytest
from django.db import transaction

from sitesearch.judging import publish_judged_site


@dataclass
class Corpus:
    stories: dict  # article by story key
    channels: dict  # channel by demo slug


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The demo channels, four generated articles per channel and every search story, made
    once per module inside a transaction that is rolled back afterwards (as Django's
    TestCase.setUpTestData does)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield Corpus(*publish_judged_site())
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
