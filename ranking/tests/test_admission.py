"""新闻排行 cannot be bought: a view counts once per reader per article per window, an address
counts a few a minute, only beacons with the page's token count, and editors see the rest."""

import time
from pathlib import Path

import pytest
import time_machine

from news.testing import make_article
from ranking.admission import PER_ADDRESS, WINDOW, Verdict, judge, token
from ranking.beacon_log import _views, count_logged
from ranking.models import BeaconBurst, ViewCount
from ranking.tests.test_beacon import READER, beacon
from review.roles import CHIEF_EDITOR, REPORTER
from review.testing import make_staff_member

NOW = 1_796_000_000.0


def beacons(article_id, n, address="198.51.100.9", agents=None, given=None, at=NOW):
    given = token(article_id) if given is None else given
    return [(article_id, address, agents[i] if agents else READER, given, at + i / 1000) for i in range(n)]


def test_the_measured_attack_moves_nothing(db):
    """2,000 beacons from one address in 4 s (what bought #3 of the day): one view."""
    verdicts = judge(beacons(7, 2000))
    assert verdicts.count(Verdict.COUNTED) == 1
    burst = BeaconBurst.objects.get()
    assert (burst.address, burst.article_id, burst.turned_away) == ("198.51.100.9", 7, 1999)


def test_many_faces_from_one_address_count_a_few_a_minute(db):
    faces = [f"{READER} face-{n}" for n in range(500)]
    verdicts = judge(beacons(7, 500, agents=faces))
    assert verdicts.count(Verdict.COUNTED) == PER_ADDRESS
    assert verdicts.count(Verdict.FLOOD) == 500 - PER_ADDRESS
    next_minute = judge(beacons(7, 1, agents=[f"{READER} new face"], at=NOW + 60))
    assert next_minute == [Verdict.COUNTED]


def test_only_the_pages_own_token_counts(db):
    assert judge(beacons(7, 1, given="")) == [Verdict.FORGED]
    assert judge(beacons(7, 1, given=token(8))) == [Verdict.FORGED]
    altered = token(7)[:-1] + ("0" if token(7)[-1] != "0" else "1")
    assert judge(beacons(7, 1, given=altered)) == [Verdict.FORGED]
    assert judge(beacons(7, 1)) == [Verdict.COUNTED]


def test_a_reader_counts_again_after_the_window(db):
    assert judge(beacons(7, 1)) == [Verdict.COUNTED]
    assert judge(beacons(7, 1, at=NOW + 60)) == [Verdict.REPEAT]
    with time_machine.travel(time.time() + WINDOW + 1):  # the cache forgets the reader
        assert judge(beacons(7, 1, at=NOW + WINDOW + 1)) == [Verdict.COUNTED]
    assert judge(beacons(8, 1, at=NOW + 61)) == [Verdict.COUNTED], "another article"
    assert judge(beacons(7, 1, address="203.0.113.5", at=NOW + 62)) == [Verdict.COUNTED], "another reader"


def test_through_the_view_a_repeat_is_answered_alike_but_not_counted(client, beacon_counter, channel):
    article = make_article(channel, "刷量目标")
    for _ in range(50):
        assert client.post(beacon(article.id), headers={"user-agent": READER}).status_code == 204
    assert client.post(beacon(article.id).split("?")[0], headers={"user-agent": READER + " x"}).status_code == 204
    beacon_counter.flush()
    assert sum(ViewCount.objects.filter(article=article).values_list("views", flat=True)) == 1


def log_line(article_id, address, given, agent=READER, at=NOW):
    return f"{at:.3f} POST {article_id} a={address} t={given or '-'} {agent}\n".encode()


def test_logged_beacons_are_judged_and_old_lines_count_as_before(tmp_path, channel):
    article = make_article(channel, "日志里的稿件")
    lines = [log_line(article.id, "198.51.100.9", token(article.id)) for _ in range(30)]
    lines += [log_line(article.id, "198.51.100.10", "")]  # no token
    lines += [f"{NOW:.3f} POST {article.id} {READER}\n".encode()]  # written before admission
    log = Path(tmp_path) / "beacons-20261207-1200.log"
    log.write_bytes(b"".join(lines))
    tally = count_logged(tmp_path)
    assert (tally.views, tally.turned_away) == (2, 30)
    assert sum(ViewCount.objects.filter(article=article).values_list("views", flat=True)) == 2


def test_a_pass_read_again_after_a_kill_admits_the_same_lines_again(channel):
    from ranking.beacon_log import Tally

    article = make_article(channel, "重读")
    data = log_line(article.id, "198.51.100.9", token(article.id)) * 3
    first = _views("beacons-x.log", 0, data, Tally())
    again = _views("beacons-x.log", 0, data, Tally())  # the pass died before saving its views
    assert sum(first.values()) == sum(again.values()) == 1
    assert sum(_views("beacons-x.log", len(data), data, Tally()).values()) == 0, "later lines: repeats"


@pytest.mark.parametrize(("role", "allowed"), [(CHIEF_EDITOR, True), (REPORTER, False)])
def test_editors_see_the_bursts(client, channel, role, allowed):
    article = make_article(channel, "被刷的稿件")
    judge(beacons(article.id, 100))
    client.force_login(make_staff_member("staff", role))
    response = client.get("/admin/beacon_bursts/")
    if allowed:
        assert response.status_code == 200 and "198.51.100.9" in response.content.decode()
        assert "被刷的稿件" in response.content.decode()
    else:
        assert response.status_code in (302, 403)
