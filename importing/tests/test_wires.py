"""通稿订阅源 pulled on a timer: `pull_wires` files each new story once, as a 转载 draft in
三审 in the feed's 栏目 with its 来源; failures are recorded, not fatal to other feeds."""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from importing.models import WireFeed
from importing.wires import MAX_FEED_BYTES
from news.models import Article

from .feeds import rss, rss_item

NOW = timezone.now().replace(microsecond=0)
FEED = rss(rss_item(1, "国务院常务会议召开", NOW - timedelta(hours=2)), rss_item(2, "新闻发布会举行", NOW))


def pull(*names):
    out = StringIO()
    call_command("pull_wires", *names, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def feed_file(tmp_path):
    path = tmp_path / "xinhua.rss"
    path.write_text(FEED, encoding="utf-8")
    return path


@pytest.fixture
def wire(channel, feed_file):
    return WireFeed.objects.create(name="新华社时政", address=str(feed_file), source="新华社", channel=channel)


class _Wire(BaseHTTPRequestHandler):
    """A wire service on the loopback: /feed.rss, and /huge.rss larger than any feed."""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.end_headers()
        if self.path == "/huge.rss":
            chunk = b"<!-- padding -->" * 4096
            for _ in range(MAX_FEED_BYTES // len(chunk) + 2):
                self.wfile.write(chunk)
        else:
            self.wfile.write(FEED.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def wire_service():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Wire)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_pulled_twice_files_once_as_drafts_in_review(wire):
    out = pull()
    assert "新华社时政:新建 2" in out
    wire.refresh_from_db()
    assert wire.last_result == "新建 2" and wire.fetched_at is not None
    article = Article.objects.get(title="国务院常务会议召开")
    assert not article.live and article.reprint and article.source == "新华社"
    assert article.primary_channel_id == wire.channel_id
    state = WorkflowState.objects.for_instance(article).active().get()
    assert state.current_task_state.task.name == "初审"

    assert "新华社时政:未变 2" in pull()
    assert Article.objects.count() == 2


def test_a_new_story_in_the_feed_is_filed_on_the_next_pull(wire, feed_file):
    pull()
    again = rss(rss_item(1, "国务院常务会议召开", NOW - timedelta(hours=2)), rss_item(3, "新到的通稿", NOW))
    feed_file.write_text(again, encoding="utf-8")
    assert "新华社时政:新建 1,未变 1" in pull()
    assert Article.objects.count() == 3


def test_disabled_feeds_are_left_alone_and_unknown_names_refused(wire):
    wire.enabled = False
    wire.save()
    assert pull() == ""
    with pytest.raises(CommandError, match="没有这些已启用的订阅源:新华社时政"):
        pull("新华社时政")
    assert Article.objects.count() == 0


def test_a_failing_feed_is_recorded_and_the_others_still_pulled(wire, channel, tmp_path):
    junk = tmp_path / "junk.rss"
    junk.write_bytes(b"\x00\x01 not a feed \xff")
    WireFeed.objects.create(name="坏的源", address=str(junk), source="某社", channel=channel)
    WireFeed.objects.create(name="没有的源", address=str(tmp_path / "none.rss"), source="某社", channel=channel)
    out = StringIO()
    with pytest.raises(CommandError, match="2 个订阅源抓取失败:坏的源、没有的源"):
        call_command("pull_wires", stdout=out)
    assert "新华社时政:新建 2" in out.getvalue()
    assert WireFeed.objects.get(name="坏的源").last_result.startswith("失败:第 1 行:不是格式正确的 RSS/Atom(第 0 列)")
    assert WireFeed.objects.get(name="没有的源").last_result == f"失败:文件 {tmp_path / 'none.rss'} 不存在"
    assert Article.objects.count() == 2


def test_a_feed_over_http_and_one_too_large(channel, wire_service):
    WireFeed.objects.create(name="网上的源", address=f"{wire_service}/feed.rss", source="新华社", channel=channel)
    WireFeed.objects.create(name="过大的源", address=f"{wire_service}/huge.rss", source="新华社", channel=channel)
    out = StringIO()
    with pytest.raises(CommandError, match="1 个订阅源抓取失败:过大的源"):
        call_command("pull_wires", stdout=out)
    assert "网上的源:新建 2" in out.getvalue()
    assert "订阅源过大" in WireFeed.objects.get(name="过大的源").last_result
    assert Article.objects.count() == 2


def test_admin_adds_a_feed_and_refuses_a_bad_address(admin_client, channel):
    listing = admin_client.get(reverse("wire_feeds:index"))
    assert listing.status_code == 200 and "通稿订阅源" in listing.content.decode()
    add = reverse("wire_feeds:add")
    assert add.endswith("/new/")
    form = {"name": "新华社", "address": "ftp://wire.example.cn/a.rss", "source": "新华社", "channel": channel.pk,
            "enabled": "on"}
    refused = admin_client.post(add, form)
    assert refused.status_code == 200 and "地址应为 http:// 或 https:// 开头的网址" in refused.content.decode()
    assert not WireFeed.objects.exists()
    form["address"] = " https://wire.example.cn/politics/rss.xml "
    assert admin_client.post(add, form).status_code == 302
    assert WireFeed.objects.get().address == "https://wire.example.cn/politics/rss.xml"
