import pytest

from review.testing import newsroom_staff
from screening.models import SensitiveWord


@pytest.fixture
def staff(db):
    return newsroom_staff()


@pytest.fixture
def word(db):
    """word("法轮", action="block", ...): one dictionary entry, saved as the admin saves it."""

    def add(text, **fields):
        return SensitiveWord.objects.create(word=text, **fields)

    return add
