import threading
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import DatabaseError, transaction
from django.db.models import Sum

from news.testing import beijing, make_article
from ranking.counting import MemoryCounter, hour_of
from ranking.models import ViewCount


def stored(article):
    return ViewCount.objects.filter(article=article).aggregate(total=Sum("views"))["total"] or 0


def test_hits_are_buffered_until_a_flush(views_counter, article):
    views_counter.hit(article.id)
    views_counter.hit(article.id, n=4)
    assert not ViewCount.objects.exists()
    assert views_counter.flush() == 5
    assert stored(article) == 5
    assert views_counter.flush() == 0


def test_views_are_kept_per_beijing_hour(views_counter, article):
    views_counter.hit(article.id, when=beijing(2018, 12, 25, 7, 5))
    views_counter.hit(article.id, when=beijing(2018, 12, 25, 7, 59, 59))
    views_counter.hit(article.id, when=beijing(2018, 12, 25, 8, 0))
    views_counter.flush()
    rows = ViewCount.objects.order_by("hour").values_list("hour", "views")
    assert list(rows) == [(beijing(2018, 12, 25, 7), 2), (beijing(2018, 12, 25, 8), 1)]


def test_a_view_time_needs_a_time_zone(views_counter, article):
    with pytest.raises(ValueError):
        views_counter.hit(article.id, when=beijing(2018, 12, 25, 7).replace(tzinfo=None))
    with pytest.raises(ValueError):
        views_counter.hit(article.id, n=0)
    assert views_counter.flush() == 0


def test_two_flushes_add_up(views_counter, article):
    when = beijing(2018, 12, 25, 7, 30)
    views_counter.hit(article.id, when=when, n=3)
    views_counter.flush()
    views_counter.hit(article.id, when=when, n=2)
    views_counter.flush()
    assert ViewCount.objects.get(article=article).views == 5


def test_two_counters_flushing_the_same_hour_add_up(views_counter, article):
    # As two server processes would, each with its own buffer.
    other = MemoryCounter()
    views_counter.hit(article.id, n=3)
    other.hit(article.id, n=4)
    views_counter.flush()
    other.flush()
    assert ViewCount.objects.get(article=article).views == 7


class HitDuringWrite(MemoryCounter):
    """A reader's hit that lands after the buffer was swapped, while it is being written."""

    def __init__(self, article_id):
        super().__init__()
        self.article_id = article_id

    def _write(self, pending):
        self.hit(self.article_id)
        return super()._write(pending)


def test_hits_during_a_flush_are_kept_for_the_next(db, article):
    counter = HitDuringWrite(article.id)
    counter.hit(article.id, n=2)
    assert counter.flush() == 2
    assert stored(article) == 2
    assert counter.flush() == 1
    assert stored(article) == 3


def test_hits_from_other_threads_are_all_counted(views_counter, article):
    def read_many():
        for _ in range(500):
            views_counter.hit(article.id)

    readers = [threading.Thread(target=read_many) for _ in range(4)]
    for reader in readers:
        reader.start()
    views_counter.flush()
    for reader in readers:
        reader.join()
    views_counter.flush()
    assert stored(article) == 2000


def test_a_failed_write_puts_the_counts_back(views_counter, article):
    views_counter.hit(article.id, n=3)
    with transaction.atomic():
        # The connection now refuses every query, as after a failed statement.
        transaction.set_rollback(True)
        with pytest.raises(DatabaseError):
            views_counter.flush()
    assert not ViewCount.objects.exists()
    assert views_counter.flush() == 3
    assert stored(article) == 3


def test_views_of_a_deleted_article_do_not_stop_the_others(views_counter, channel, article):
    gone = make_article(channel, "已删除的稿件")
    views_counter.hit(gone.id, n=5)
    views_counter.hit(article.id, n=2)
    gone.delete()
    assert views_counter.flush() == 2
    assert stored(article) == 2
    assert ViewCount.objects.count() == 1
    assert views_counter.flush() == 0


def test_many_past_hits_flush_in_batches(views_counter, channel):
    # The demo content records its views this way: many hits in the past, one flush.
    articles = [make_article(channel, f"稿件{i}") for i in range(3)]
    start = beijing(2018, 12, 1)
    for h in range(24 * 30):
        for a in articles:
            views_counter.hit(a.id, when=start + timedelta(hours=h), n=h % 3 + 1)
    assert views_counter.flush() == 3 * sum(h % 3 + 1 for h in range(24 * 30))
    assert ViewCount.objects.count() == 3 * 24 * 30
    assert ViewCount.objects.filter(hour=hour_of(start + timedelta(hours=1))).first().views == 2


def test_flush_views_command_writes_the_process_buffer(beacon_counter, article, capsys):
    beacon_counter.hit(article.id, n=2)
    call_command("flush_views")
    assert "已写入 2 次阅读" in capsys.readouterr().out
    call_command("flush_views")
    assert "已写入 0 次阅读" in capsys.readouterr().out
    assert stored(article) == 2
