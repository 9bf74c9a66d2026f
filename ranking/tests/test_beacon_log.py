"""Beacons that nginx answered, counted from its logs: once each, whatever stops the count."""

import os
import time
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command

from news.testing import make_article
from ranking import beacon_log
from ranking.models import BeaconLogPosition, ViewCount

READER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
NINE_AM = datetime(2026, 11, 30, 1, 0, tzinfo=UTC).timestamp()  # 09:00 in Beijing


def line(article_id, at=NINE_AM, method="POST", user_agent=READER):
    return f"{at:.3f} {method} {article_id} {user_agent}\n".encode()


def views():
    return dict(ViewCount.objects.values_list("hour", "views"))


def total():
    return sum(ViewCount.objects.values_list("views", flat=True))


def settle(path):
    """Make a log look like one nginx stopped writing minutes ago."""
    old = time.time() - beacon_log.SETTLED_SECONDS - 60
    os.utime(path, (old, old))


@pytest.fixture
def logs(tmp_path):
    return tmp_path


@pytest.fixture
def story(channel):
    return make_article(channel, "全总部署做好元旦春节期间困难职工帮扶工作")


def test_readers_beacons_are_counted_by_article_and_hour(db, logs, story):
    (logs / "beacons-20261130-0900.log").write_bytes(
        line(story.id) + line(story.id, method="GET") + line(story.id, at=NINE_AM + 3600)
    )
    tally = beacon_log.count_logged(logs)
    assert tally.views == 3 and tally.lines == 3
    assert sorted(views().values()) == [1, 2]
    assert min(views()) == datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


def test_machines_unknown_and_unpublished_articles_are_not_counted(db, logs, story, channel):
    draft = make_article(channel, "还没有签发的稿件", live=False)
    (logs / "beacons-20261130-0900.log").write_bytes(
        line(story.id, method="HEAD")
        + line(story.id, user_agent="Mozilla/5.0 (compatible; Baiduspider/2.0)")
        + line(story.id, user_agent="")
        + line(draft.id)
        + line(999_999_999_999_999_999)  # a 64-bit id that is nobody's
        + line(story.id)
    )
    tally = beacon_log.count_logged(logs)
    assert (tally.views, tally.machines, tally.not_live) == (1, 3, 2)
    assert total() == 1


def test_a_line_of_another_shape_is_named_and_the_rest_counted(db, logs, story):
    log = logs / "beacons-20261130-0900.log"
    log.write_bytes(line(story.id) + b"\x00\x1b[31m garbage\n" + b"253402300799.000 POST 1 x\n" + line(story.id))
    tally = beacon_log.count_logged(logs)
    assert (tally.views, tally.malformed) == (2, 2)
    first_bad = len(line(story.id))
    assert tally.problems[0].startswith(f"{log.name} @ {first_bad}:")


def test_a_second_pass_counts_only_what_nginx_wrote_since(db, logs, story):
    log = logs / "beacons-20261130-0900.log"
    log.write_bytes(line(story.id) + line(story.id)[:20])  # nginx is writing the second line
    assert beacon_log.count_logged(logs).views == 1
    assert beacon_log.count_logged(logs).views == 0
    with log.open("ab") as more:
        more.write(line(story.id)[20:] + line(story.id))
    assert beacon_log.count_logged(logs).views == 2
    assert total() == 3
    assert log.exists()  # nginx may still write this minute's file


def test_a_settled_file_is_deleted_once_read_to_its_end(db, logs, story):
    log = logs / "beacons-20261130-0900.log"
    log.write_bytes(line(story.id) + line(story.id)[:15])  # nginx was killed mid-line
    settle(log)
    tally = beacon_log.count_logged(logs)
    assert (tally.views, tally.malformed, tally.files_done) == (1, 1, 1)
    assert not log.exists() and not BeaconLogPosition.objects.exists()
    assert beacon_log.count_logged(logs).views == 0


def test_a_pass_stopped_midway_counts_each_view_once_when_run_again(db, logs, story, monkeypatch):
    log = logs / "beacons-20261130-0900.log"
    log.write_bytes(line(story.id) * 100)
    monkeypatch.setattr(beacon_log, "CHUNK", len(line(story.id)) * 30)
    add, calls = ViewCount.objects.add, []

    def dies_on_the_third_write(counts):
        calls.append(counts)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the process killed inside a transaction
        return add(counts)

    monkeypatch.setattr(ViewCount.objects, "add", dies_on_the_third_write)
    with pytest.raises(KeyboardInterrupt):
        beacon_log.count_logged(logs)
    assert total() == 60
    monkeypatch.setattr(ViewCount.objects, "add", add)
    beacon_log.count_logged(logs)
    assert total() == 100


def test_the_command_reads_the_logs_and_sums_up(db, logs, story, capsys):
    (logs / "beacons-20261130-0900.log").write_bytes(line(story.id) * 3 + b"nonsense\n")
    call_command("count_beacons", folder=str(logs))
    captured = capsys.readouterr()
    assert "计入 3 次阅读" in captured.out and "无法识别 1" in captured.out
    assert "beacons-20261130-0900.log @ " in captured.err
    call_command("count_beacons", folder=str(logs))
    assert total() == 3


def test_the_command_needs_a_folder(db, settings):
    settings.BEACON_LOG_DIR = ""
    with pytest.raises(CommandError, match="BEACON_LOG_DIR"):
        call_command("count_beacons", folder="")
