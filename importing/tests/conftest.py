import pytest

from .reference import reference_text


@pytest.fixture(scope="session")
def reference():
    return reference_text()
