"""Nothing counted is lost on a clean shutdown: the buffer is flushed on exit and on SIGTERM."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import transaction

from ranking.models import ViewCount

BASE_DIR = Path(__file__).resolve().parents[2]


def test_sigterm_flushes_then_hands_over_to_the_previous_handler(views_counter, article):
    handed_over = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: handed_over.append(signum))
    try:
        views_counter.hit(article.id, n=3)
        views_counter.flush_at_shutdown()
        signal.raise_signal(signal.SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, previous)
        views_counter.at_exit.cancel()
    assert ViewCount.objects.get(article=article).views == 3
    assert handed_over == [signal.SIGTERM]


def test_the_exit_flush_logs_a_failure_instead_of_raising(views_counter, article, caplog):
    views_counter.hit(article.id)
    with transaction.atomic():
        transaction.set_rollback(True)
        views_counter.flush_quietly()
    assert "Could not store the buffered view counts" in caplog.text
    assert views_counter.flush() == 1


# A server process as in production: a reader's view, then the process ends.
SERVER = """
import os, signal
from news.testing import make_article, make_channel
from ranking.counting import counter
article = make_article(make_channel("工会", "gonghui"), "稿件")
counter.hit(article.id, n=3)
if {terminate}:
    os.kill(os.getpid(), signal.SIGTERM)
"""


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """A migrated SQLite database of its own: the server process cannot see pytest's."""
    path = tmp_path_factory.mktemp("ranking-db") / "db.sqlite3"
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=BASE_DIR, env=server_env(path), check=True)
    return path


def server_env(db_path):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{db_path}",
        "PORTAL_VAR_DIR": str(db_path.parent),
        "SECRET_KEY": "test-only-not-secret",
        "RANKING_FLUSH_SECONDS": "3600",  # the background thread never gets to flush first
    }


@pytest.mark.parametrize("terminate, returncode", [(False, 0), (True, -signal.SIGTERM)])
def test_a_server_process_stores_its_buffer_when_it_ends(migrated, tmp_path, terminate, returncode):
    db_path = tmp_path / "db.sqlite3"
    shutil.copy(migrated, db_path)
    script = SERVER.format(terminate=terminate)
    ended = subprocess.run(  # noqa: S603 - the script is the one above
        [sys.executable, "manage.py", "shell", "-v0", "-c", script],
        cwd=BASE_DIR,
        env=server_env(db_path),
        capture_output=True,
        text=True,
    )
    assert ended.returncode == returncode, ended.stderr
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT views FROM ranking_viewcount").fetchall() == [(3,)]
