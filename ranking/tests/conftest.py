import pytest
from django.core.cache import cache

from news.testing import make_article
from ranking.counting import MemoryCounter, counter


@pytest.fixture(autouse=True)
def explicit_flushes_only(settings):
    # No background thread and no exit flush: at exit the test database is gone.
    settings.RANKING_FLUSH_SECONDS = 0


@pytest.fixture(autouse=True)
def fresh_cache():
    # The live-article check and the box are cached; each test starts without them.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(channel):
    return make_article(channel, "全总部署做好元旦春节期间困难职工帮扶工作")


@pytest.fixture
def beacon_counter(db):
    """The process-wide counter the beacon adds to, emptied into this test's database."""
    counter.flush()
    yield counter
    counter.flush()


@pytest.fixture
def views_counter(db):
    return MemoryCounter()
