import pytest

from review.testing import newsroom_staff


@pytest.fixture
def staff(db):
    return newsroom_staff()
