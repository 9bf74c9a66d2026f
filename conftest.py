import pytest

from news.testing import home_page, make_channel


@pytest.fixture
def home(db):
    return home_page()


@pytest.fixture
def channel(home):
    return make_channel("工会", "gonghui", home)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached pages, boxes (新闻排行) and beacon checks must not leak from one test to the next."""
    from delivery.testing import forget_cached_pages
    from ranking.beacon import forget_live_checks

    forget_cached_pages()
    forget_live_checks()
    yield


@pytest.fixture(scope="session")
def redis_url():
    """A throwaway Redis server on 127.0.0.1 for this test process."""
    from portal.throwaway import redis_server

    with redis_server() as url:
        yield url
