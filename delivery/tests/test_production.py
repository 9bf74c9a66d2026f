"""The production profile for real: deploy/run-prod starts PostgreSQL, Redis, granian and
nginx (in a folder and on ports of this test's own), and everything is checked through
nginx: pages cached and purged at once, then stopped servers one at a time."""

import json
import os
import re
import shutil
import signal
import subprocess  # noqa: S404 - the project's own deploy scripts and manage.py
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from portal.throwaway import free_port

ROOT = Path(settings.BASE_DIR)
READER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"


class Stack:
    def __init__(self, folder):
        ports = {name: free_port() for name in ("PG_PORT", "REDIS_PORT", "APP_PORT", "NGINX")}
        self.base = f"http://127.0.0.1:{ports['NGINX']}"
        self.folder = folder
        self.env = {
            **os.environ,
            **{name: str(port) for name, port in ports.items() if name != "NGINX"},
            "NGINX_LISTEN": f"127.0.0.1:{ports['NGINX']}",
            "PORTAL_PROD_DIR": str(folder),
            "APP_WORKERS": "2",
            "APP_THREADS": "2",
        }
        self.env.pop("DJANGO_SETTINGS_MODULE", None)

    def script(self, name):
        done = subprocess.run([str(ROOT / "deploy" / name)], env=self.env, cwd=ROOT, capture_output=True, text=True)  # noqa: S603
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    def manage(self, code):
        """Python run by manage.py shell with the stack's settings; returns what it prints."""
        env = {**self.env, **_env_file(self.folder / "portal.env")}
        done = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "shell", "-v0", "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def get(self, path, method="GET", user_agent=READER):
        """(status, X-Cache, body) of a request through nginx."""
        request = urllib.request.Request(self.base + path, method=method, headers={"User-Agent": user_agent})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.headers.get("X-Cache"), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("X-Cache"), error.read().decode()

    def pid(self, name):
        return int((self.folder / "run" / f"{name}.pid").read_text())


def stopped(pid, kill, seconds=120):
    """Signal a server and wait until its process is gone (no fixed sleep; the deadline is
    only against a hang, far beyond any stop under load)."""
    kill()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} did not stop in {seconds} s")


def _env_file(path):
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


@pytest.fixture(scope="module")
def stack():
    folder = Path(tempfile.mkdtemp(prefix="portal-prod-"))
    running = Stack(folder)
    try:
        running.script("run-prod")
        yield running
    finally:
        running.script("stop-prod")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def story(stack):
    """The reference article: its address, its channel's and its day's."""
    found = stack.manage(
        "from news.models import Article;"
        "a = Article.objects.get(title__startswith='做好“六字”');"
        "print(a.id, a.url, a.primary_channel.url)"
    )
    article_id, url, channel = found.split()
    return int(article_id), url, channel


def shows(body, text):
    """`text` in an HTML page or feed, or in JSON that escapes it."""
    return text in body or json.dumps(text)[1:-1] in body


def cached(stack, path):
    stack.get(path)
    status, hit, body = stack.get(path)
    assert (status, hit) == (200, "HIT"), path
    return body


def test_an_edit_reaches_every_cached_page_that_shows_it_at_once(stack, story):
    article_id, url, channel = story
    pages = [url, "/calendar/2018/12/25/", f"/api/v1/articles/{article_id}"]
    for path in pages:
        cached(stack, path)
    stack.manage(
        f"from news.models import Article; a = Article.objects.get(pk={article_id});"
        "a.title = '改过标题的参考稿件'; a.save_revision().publish()"
    )
    for path in pages:
        status, hit, body = stack.get(path)
        assert status == 200 and shows(body, "改过标题的参考稿件"), path


def test_a_new_article_reaches_every_cached_list_at_once(stack, story):
    article_id, url, channel = story
    channel_id = stack.manage(
        f"from news.models import Article; print(Article.objects.get(pk={article_id}).primary_channel_id)"
    )
    pages = [channel, "/", "/rss.xml", f"/rss/{channel_id}.xml", f"/api/v1/channels/{channel_id}/articles"]
    for path in pages:
        cached(stack, path)
    stack.manage(
        "from django.utils import timezone; from news.filing import file_article; from news.models import Article;"
        f"a = file_article(Article.objects.get(pk={article_id}).primary_channel, Article(title='刚刚发布的新稿件',"
        " source='中工网', editor='编辑', live=False, publish_time=timezone.now())); a.save_revision().publish()"
    )
    for path in pages:
        status, hit, body = stack.get(path)
        assert status == 200 and shows(body, "刚刚发布的新稿件"), path


def test_static_files_have_hashed_names_and_a_long_life(stack):
    body = cached(stack, "/")
    stylesheet = re.search(r'href="(/static/portal/site\.[0-9a-f]{12}\.css)"', body).group(1)
    request = urllib.request.Request(stack.base + stylesheet, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        assert "max-age=31536000" in response.headers["Cache-Control"]
        assert response.headers["Content-Encoding"] == "gzip"


def test_published_pages_are_served_while_the_app_is_down(stack, story):
    article_id, url, channel = story
    cached(stack, url)
    pid = stack.pid("granian")
    stopped(pid, lambda: os.killpg(pid, signal.SIGTERM))
    try:
        assert stack.get(url)[:2] == (200, "HIT")
        assert stack.get(f"/ranking/hit/{article_id}/", method="POST")[0] == 204  # still counted
        assert stack.get("/calendar/2018/12/24/")[0] == 502  # never cached: nothing to serve
    finally:
        stack.script("run-prod")
    assert stack.get("/calendar/2018/12/24/")[0] == 200  # back, and catching up


def test_published_pages_are_served_while_the_database_is_down(stack, story):
    article_id, url, channel = story
    cached(stack, url)
    pg_ctl = [
        "runuser",
        "-u",
        "postgres",
        "--",
        "/usr/lib/postgresql/15/bin/pg_ctl",
        "-D",
        str(stack.folder / "pg/data"),
    ]
    subprocess.run([*pg_ctl, "-m", "fast", "-w", "stop"], check=True, capture_output=True)  # noqa: S603
    try:
        assert stack.get(url)[:2] == (200, "HIT")
    finally:
        stack.script("run-prod")
    assert stack.get("/calendar/2018/12/23/")[0] == 200


def test_pages_are_served_while_redis_is_down(stack, story):
    article_id, url, channel = story
    pid = stack.pid("redis")
    stopped(pid, lambda: os.kill(pid, signal.SIGTERM))
    try:
        assert stack.get("/calendar/2018/12/22/")[0] == 200  # rendered without the cache
        assert stack.get(f"/ranking/hit/{article_id}/", method="POST")[0] == 204
    finally:
        stack.script("run-prod")


def test_nginx_never_serves_an_original_picture(stack):
    originals = stack.folder / "media" / "original_images"
    originals.mkdir(parents=True, exist_ok=True)
    (originals / "draft-scoop.png").write_bytes(b"\x89PNG not for readers")
    assert stack.get("/media/original_images/draft-scoop.png")[0] == 404
    assert stack.get("/_media/original_images/draft-scoop.png")[0] == 404  # internal only


def test_beacons_are_answered_by_nginx_and_counted_once_whatever_is_killed(stack, story):
    article_id, url, channel = story
    views = (
        "from ranking.models import ViewCount;"
        f"print(sum(ViewCount.objects.filter(article_id={article_id}).values_list('views', flat=True)))"
    )
    count = "from django.core.management import call_command; call_command('count_beacons', verbosity=0)"
    stack.manage(count)  # what earlier tests sent is counted before (one pass at a time)
    before = int(stack.manage(views))
    page_token = stack.manage(f"from ranking.admission import token; print(token({article_id}))").strip()
    signed = f"/ranking/hit/{article_id}/?t={page_token}"
    for n in range(30):  # thirty readers: one view each (ranking.admission)
        assert stack.get(signed, method="POST", user_agent=f"{READER} reader-{n}")[0] == 204
    workers = subprocess.run(["pgrep", "-P", str(stack.pid("granian"))], capture_output=True, text=True).stdout  # noqa: S603, S607
    for pid in [*map(int, workers.split()), stack.pid("beacons")]:
        os.kill(pid, signal.SIGKILL)
    try:
        deadline = time.monotonic() + 120  # against a hang only: nginx logs each beacon as it answers
        while (counted := int(stack.manage(views)) - before) < 30 and time.monotonic() < deadline:
            stack.manage(count)
        assert counted == 30
    finally:
        stack.script("run-prod")  # the counter again
