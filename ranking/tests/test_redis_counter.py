"""The counter of the production profile: one Redis buffer for every app process."""

import os
import signal
import subprocess
import sys

import pytest
import redis
from django.db.models import Sum

from news.testing import beijing
from ranking.counting import RedisCounter
from ranking.models import ViewCount


@pytest.fixture
def redis_counter(redis_url, db):
    redis.Redis.from_url(redis_url).flushdb()
    return RedisCounter(redis_url)


def stored(article):
    return ViewCount.objects.filter(article=article).aggregate(total=Sum("views"))["total"] or 0


def test_hits_are_kept_in_redis_until_a_flush(redis_counter, article):
    redis_counter.hit(article.id, when=beijing(2018, 12, 25, 7, 5), n=2)
    redis_counter.hit(article.id, when=beijing(2018, 12, 25, 8, 0))
    assert not ViewCount.objects.exists()
    assert redis_counter.flush() == 3
    rows = ViewCount.objects.order_by("hour").values_list("hour", "views")
    assert list(rows) == [(beijing(2018, 12, 25, 7), 2), (beijing(2018, 12, 25, 8), 1)]
    assert redis_counter.flush() == 0


def test_a_process_killed_with_minus_nine_loses_no_counted_view(redis_url, redis_counter, article):
    """A process counts into Redis and dies without a flush: another process stores its views."""
    script = (
        "import os, signal, sys, django; django.setup();"
        "from ranking.counting import RedisCounter;"
        "c = RedisCounter(sys.argv[1]); [c.hit(int(sys.argv[2])) for _ in range(25)];"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    done = subprocess.run([sys.executable, "-c", script, redis_url, str(article.id)], env=env, check=False)  # noqa: S603
    assert done.returncode == -signal.SIGKILL
    assert redis_counter.flush() == 25
    assert stored(article) == 25


def test_a_flush_that_failed_is_written_by_the_next(redis_counter, article, monkeypatch):
    redis_counter.hit(article.id, n=4)
    monkeypatch.setattr(redis_counter, "_write", lambda pending: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        redis_counter.flush()
    monkeypatch.undo()
    redis_counter.hit(article.id, n=1)
    assert redis_counter.flush() == 5
    assert stored(article) == 5
