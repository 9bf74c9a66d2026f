import pytest

from news.testing import home_page, make_channel


@pytest.fixture
def home(db):
    return home_page()


@pytest.fixture
def channel(home):
    return make_channel("工会", "gonghui", home)
