"""定时发布: go-live and expiry times, run by a scheduler pass under a clock the tests move."""

import importlib
import sys
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import PageLogEntry, Revision

from news.filing import file_article
from news.models import Article
from news.queries import channel_articles
from news.scheduling import SchedulePass, publish_if_due, run_schedule, start_scheduler
from news.testing import article_form, beijing
from placement.models import Module
from sitesearch.services import search

TITLE = "全总部署做好元旦春节期间困难职工帮扶工作"
SEARCHED = "帮扶"
NOW = beijing(2018, 12, 25, 7, 0)
GO_LIVE = beijing(2018, 12, 25, 7, 56, 26)


@pytest.fixture
def clock(time_machine):
    time_machine.move_to(NOW, tick=False)
    return time_machine


def schedule(channel, go_live_at, title=TITLE):
    """A new article, 发布时间 left blank, published with a go-live time: Wagtail holds it back."""
    article = file_article(channel, Article(title=title, source="中工网", editor="编辑甲", live=False))
    article.go_live_at = go_live_at
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def listed(channel):
    return [a.title for a in channel_articles(channel)]


def found():
    return [hit.article.title for hit in search(SEARCHED).hits]


def test_a_scheduled_article_goes_live_at_its_go_live_time(channel, clock):
    article = schedule(channel, GO_LIVE)
    assert not article.live and article.publish_time is None
    assert (listed(channel), found()) == ([], [])

    clock.move_to(GO_LIVE - timedelta(seconds=1))
    assert run_schedule() == SchedulePass()

    clock.move_to(GO_LIVE + timedelta(minutes=3))  # the next pass comes a little late
    assert run_schedule() == SchedulePass(published=1)
    article.refresh_from_db()
    assert article.live and article.publish_time == GO_LIVE
    assert (listed(channel), found()) == ([TITLE], [TITLE])

    published_at = article.last_published_at
    assert run_schedule() == SchedulePass()
    article.refresh_from_db()
    assert article.last_published_at == published_at
    assert PageLogEntry.objects.filter(page=article, action="wagtail.publish.scheduled").count() == 1


def test_an_expired_article_leaves_lists_search_and_modules(channel, clock):
    expiry = beijing(2018, 12, 31, 23, 59)
    article = schedule(channel, NOW - timedelta(minutes=1))  # due at once: published right away
    article.expire_at = expiry
    article.save_revision().publish()
    module = Module.objects.create(key="union-news", title="全总要闻", size=3, channel=channel)
    assert [a.title for a in module.articles()] == [TITLE]

    clock.move_to(expiry + timedelta(seconds=30))
    assert run_schedule() == SchedulePass(expired=1)
    article.refresh_from_db()
    assert not article.live and article.expired
    assert (listed(channel), found(), module.articles()) == ([], [], [])
    assert search(SEARCHED).total == 0  # out of the index, not only filtered out of the hits
    assert run_schedule() == SchedulePass()


def test_a_later_edit_keeps_the_first_publish_time(channel, clock):
    article = schedule(channel, GO_LIVE)
    clock.move_to(GO_LIVE + timedelta(seconds=10))
    run_schedule()

    clock.move_to(GO_LIVE + timedelta(hours=2))
    edit = Article.objects.get(pk=article.pk).get_latest_revision_as_object()  # saved before go-live
    edit.subtitle = "各级工会走访慰问困难职工"
    edit.save_revision().publish()
    article.refresh_from_db()
    assert article.subtitle == "各级工会走访慰问困难职工"
    assert article.publish_time == GO_LIVE
    assert article.last_published_at == GO_LIVE + timedelta(hours=2)


def test_overlapping_passes_publish_a_revision_once(channel, clock):
    article = schedule(channel, GO_LIVE)
    clock.move_to(GO_LIVE + timedelta(seconds=1))
    # Both passes listed the revision as due; the second one finds it published.
    revision_id = Revision.objects.get(approved_go_live_at__isnull=False).pk
    assert publish_if_due(revision_id, GO_LIVE + timedelta(seconds=1))
    assert not publish_if_due(revision_id, GO_LIVE + timedelta(seconds=1))
    assert PageLogEntry.objects.filter(page=article, action="wagtail.publish.scheduled").count() == 1


def test_a_failing_revision_does_not_hold_back_the_others(channel, clock, monkeypatch, caplog):
    broken = schedule(channel, GO_LIVE, title="出错的稿件")
    schedule(channel, GO_LIVE + timedelta(seconds=1))
    publish = Revision.publish

    def fail_for_broken(revision, **kwargs):
        if revision.object_id == str(broken.pk):
            raise RuntimeError("磁盘已满")
        return publish(revision, **kwargs)

    monkeypatch.setattr(Revision, "publish", fail_for_broken)
    clock.move_to(GO_LIVE + timedelta(minutes=1))
    assert run_schedule() == SchedulePass(published=1, failed=1)
    assert listed(channel) == [TITLE]
    assert "定时发布失败" in caplog.text


def test_the_command_runs_the_same_pass(channel, clock, capsys):
    article = schedule(channel, GO_LIVE)
    clock.move_to(GO_LIVE + timedelta(minutes=1))
    call_command("publish_scheduled")
    assert capsys.readouterr().out.strip() == str(SchedulePass(published=1))
    article.refresh_from_db()
    assert article.live and article.publish_time == GO_LIVE


def test_the_embedded_scheduler_runs_the_pass(channel, clock, settings):
    settings.SCHEDULER_SECONDS = 3600
    article = schedule(channel, GO_LIVE)
    scheduler = start_scheduler()
    try:
        assert scheduler.is_running()
        clock.move_to(GO_LIVE + timedelta(seconds=5))
        # What its thread runs every interval, run here: the thread cannot see this test's
        # uncommitted rows (portal/tests/test_periodic.py tests the thread itself).
        scheduler.tick()
    finally:
        scheduler.stop()
    assert not scheduler.is_running()
    article.refresh_from_db()
    assert article.live and article.publish_time == GO_LIVE


@pytest.fixture
def load_wsgi(monkeypatch):
    """Loads portal.wsgi afresh, as runserver and gunicorn do; stops what it started."""
    loaded = []

    def load():
        monkeypatch.delitem(sys.modules, "portal.wsgi", raising=False)
        loaded.append(importlib.import_module("portal.wsgi"))
        return loaded[-1]

    yield load
    for module in loaded:
        if module.scheduler is not None:
            module.scheduler.stop()


def test_loading_the_wsgi_application_starts_the_scheduler(load_wsgi, settings):
    settings.SCHEDULER_SECONDS = 30
    scheduler = load_wsgi().scheduler
    assert scheduler.is_running() and scheduler.seconds == 30


def test_no_scheduler_when_it_is_switched_off(load_wsgi, settings):
    settings.SCHEDULER_SECONDS = 0
    assert load_wsgi().scheduler is None


def test_scheduling_in_the_admin_edit_form(client, channel, clock):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.cn", "pw-for-tests")
    client.force_login(admin)
    article = file_article(channel, Article(title=TITLE, source="中工网", editor="编辑甲", live=False))
    response = client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(article, go_live_at="2018-12-25 07:56", **{"action-publish": "1"}),
    )
    assert response.status_code == 302, response.context["form"].errors
    article.refresh_from_db()
    assert not article.live and article.go_live_at == beijing(2018, 12, 25, 7, 56)
    assert listed(channel) == []

    clock.move_to(beijing(2018, 12, 25, 7, 56, 30))
    assert run_schedule() == SchedulePass(published=1)
    article.refresh_from_db()
    assert article.live and article.publish_time == beijing(2018, 12, 25, 7, 56)
