"""RSS and Atom wire feeds: every entry a 转载 draft that waits in 三审 with its 来源;
malformed and hostile feeds refused by name and line, nothing half-saved."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from importing.formats import FORMATS, SNIFF_BYTES, format_for
from importing.formats.feed import NewsFeed
from importing.models import ImportedSource
from news.models import Article
from news.testing import article_form
from people.bylines import Credit
from review.testing import newsroom_staff

from .feeds import atom, atom_entry, rss, rss_item
from .wordpress import export, item

NOW = timezone.now().replace(microsecond=0)


def run(*args, report):
    out = StringIO()
    call_command("import_archive", *map(str, args), "--report", str(report), stdout=out, stderr=StringIO())
    return out.getvalue()


def report_items(report):
    return json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))["items"]


def waiting_at(article):
    state = WorkflowState.objects.for_instance(article).active().first()
    return state.current_task_state.task.name if state else None


def approve(client, user, article):
    state = WorkflowState.objects.for_instance(article).active().get()
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "approve", state.current_task_state_id])
    client.post(url, {"comment": ""})


@pytest.fixture
def wire(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(
        rss(
            rss_item(1, "国务院常务会议召开", NOW - timedelta(hours=3)),
            rss_item(2, "新闻发布会举行", NOW - timedelta(hours=1)),
        ),
        encoding="utf-8",
    )
    return path


def stories(data, **options):
    return [entry.story or entry.error for entry in NewsFeed(**options).parse("feed", data)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(rss(), "feed"), (atom(), "feed"), (export(item(1, "标题", "正文")), "wxr")],
    ids=["rss", "atom", "wxr"],
)
def test_feeds_are_sniffed_apart_from_wordpress_exports(tmp_path, text, expected):
    path = tmp_path / "file.xml"
    path.write_text(text, encoding="utf-8")
    formats = [cls() for cls in FORMATS.values()]
    assert format_for(path, path.read_bytes()[:SNIFF_BYTES], formats).name == expected


def test_rss_entries_are_reprinted_drafts_with_their_source(wire):
    first, second = stories(wire.read_bytes())
    assert (first.title, second.title) == ("国务院常务会议召开", "新闻发布会举行")
    assert first.draft and first.reprint
    assert first.source == "新华网 时政频道"  # the feed's title when no source is configured
    assert first.address == first.original_url == "https://wire.example.cn/politics/2026-12/1.htm"
    assert first.publish_time == NOW - timedelta(hours=3)
    assert first.paragraphs == ["第一段。", "第二段。"]
    assert first.credits == [Credit("新华社记者", "张三"), Credit("新华社记者", "李四")]
    assert first.original_author == "新华社记者 张三 李四"
    assert first.tags == ["时政"] and first.channel == ""
    text = wire.read_text(encoding="utf-8")
    assert first.line == text[: text.index("<item>")].count("\n") + 1


def test_configured_source_and_atom_entries():
    updated = (NOW - timedelta(days=1)).isoformat()
    data = atom(atom_entry(7, "职工运动会开幕", updated, author="新华社")).encode()
    [story] = stories(data, source="工人日报")
    assert story.source == "工人日报"
    assert story.address == "https://wire.example.cn/atom/7.html"
    assert story.publish_time == NOW - timedelta(days=1)
    assert story.paragraphs == ["正文一段。"] and story.summary == "摘要7"
    assert story.credits == [Credit("", "新华社")]  # no byline: credited as it is, without a role


def test_an_entry_without_a_date_is_rejected_with_its_line():
    data = rss(rss_item(1, "有日期", NOW), rss_item(2, "没有日期", None)).encode()
    good, bad = stories(data)
    assert good.title == "有日期"
    assert bad.reason == "条目没有发布时间(published 或 updated)"
    assert bad.line == data.decode()[: data.decode().index("没有日期")].count("\n")


def test_wire_stories_wait_in_review_as_reprints(channel, wire, tmp_path, client):
    staff = newsroom_staff()
    out = run(wire, "--channel", "gonghui", report=tmp_path / "report")
    assert "共 2 篇:新建 2。" in out
    article = Article.objects.get(title="国务院常务会议召开")
    assert not article.live and article.reprint
    assert (article.source, article.original_title) == ("新华网 时政频道", "国务院常务会议召开")
    assert article.original_url == "https://wire.example.cn/politics/2026-12/1.htm"
    assert waiting_at(article) == "初审"
    assert client.get(article.url or "/nothing/").status_code == 404

    # an editor at 初审 cannot publish it past review
    client.force_login(staff.first)
    client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), article_form(article, **{"action-publish": "1"}))
    article.refresh_from_db()
    assert not article.live

    for reviewer in (staff.first, staff.second, staff.chief):
        approve(client, reviewer, article)
    article.refresh_from_db()
    assert article.live and waiting_at(article) is None


def test_a_feed_pulled_twice_files_once(channel, wire, tmp_path):
    run(wire, "--channel", "gonghui", report=tmp_path / "first")
    assert "共 2 篇:未变 2。" in run(wire, "--channel", "gonghui", report=tmp_path / "second")
    assert Article.objects.count() == ImportedSource.objects.count() == 2


def test_a_feed_that_breaks_off_keeps_only_whole_entries(channel, tmp_path):
    whole = rss(rss_item(1, "完整的一条", NOW), rss_item(2, "断掉的一条", NOW))
    cut = whole[: whole.index("第二段", whole.index("断掉的一条"))]
    path = tmp_path / "wire.rss"
    path.write_text(cut, encoding="utf-8")
    out = run(path, "--channel", "gonghui", report=tmp_path / "report")
    assert "共 2 篇:新建 1,拒绝 1。" in out
    assert list(Article.objects.values_list("title", flat=True)) == ["完整的一条"]
    rejected = [row for row in report_items(tmp_path / "report") if row["result"] == "rejected"][0]
    assert rejected["reason"].startswith("条目不完整,未导入(")
    assert rejected["line"] == cut[: cut.index("断掉的一条")].count("\n")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "文件是空的"),
        (b"<rss version='2.0'>\n<channel><title>\x00\x01\xff\xfe binary", "不是格式正确的 RSS/Atom"),
        (rss().encode(), "订阅源中没有任何条目"),
        (rss(rss_item(1, "中文标题", NOW)).encode("gb18030"), "第 4 行:内容与声明的编码 UTF-8 不符"),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
            + rss(rss_item(1, "&lol;&x;", NOW)).split("\n", 1)[1].encode(),
            "第 3 行:订阅源声明了实体",
        ),
    ],
    ids=["empty", "binary", "no-entries", "wrong-encoding", "entities"],
)
def test_unreadable_feeds_are_refused_by_name_and_line(channel, tmp_path, content, expected):
    path = tmp_path / "wire.rss"
    path.write_bytes(content)
    out = StringIO()
    with pytest.raises(CommandError, match="没有导入任何稿件"):
        call_command("import_archive", str(path), "--format", "feed", "--channel", "gonghui",
                     "--report", str(tmp_path / "report"), stdout=out)
    assert f"拒绝 {path}" in out.getvalue() and expected in out.getvalue()
    assert "root:" not in out.getvalue()
    assert Article.objects.count() == 0


def test_a_50_mb_feed_is_refused_by_size_before_parsing(channel, tmp_path):
    path = tmp_path / "wire.rss"
    with open(path, "wb") as file:
        file.write(rss(rss_item(1, "标题", NOW)).encode())
        file.truncate(50 * 1024 * 1024)
    [entry] = NewsFeed().read(path)
    assert "文件过大:52,428,800 字节" in entry.error.reason and entry.error.offset == 4 * 1024 * 1024
