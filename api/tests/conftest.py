from random import Random

import pytest

from demo.images import save_picture


@pytest.fixture
def picture(db):
    return save_picture(Random(1), "api-lead", "题图", caption="职工在车间", credit="摄影:张三")
