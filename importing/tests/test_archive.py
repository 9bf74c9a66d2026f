"""import_archive over crawled text pages: idempotent, resumable, reported, old addresses kept."""

import csv
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from importing.models import ImportedSource, OldAddress
from news.models import Article

from .reference import edited

SAVED_AT = "www.workercn.cn/c/2026-02-25/8740893.shtml.txt"


def run(*args, report):
    out = StringIO()
    call_command("import_archive", *map(str, args), "--report", str(report), stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def site_folder(tmp_path, reference):
    page = tmp_path / "site" / SAVED_AT
    page.parent.mkdir(parents=True)
    page.write_text(reference, encoding="utf-8")
    return tmp_path / "site"


def test_a_saved_site_is_imported_once_with_its_old_address(channel, site_folder, tmp_path, client):
    out = run(site_folder, report=tmp_path / "first")
    assert "共 1 篇:新建 1。" in out
    article = Article.objects.get()
    assert ImportedSource.objects.get().address == "http://www.workercn.cn/c/2026-02-25/8740893.shtml"
    assert set(OldAddress.objects.values_list("key", "traditional")) == {
        ("/c/2026-02-25/8740893.shtml", False),
        ("big5.workercn.cn/gate/big5/www.workercn.cn/c/2026-02-25/8740893.shtml", True),
    }
    response = client.get("/c/2026-02-25/8740893.shtml")
    assert response.status_code == 301 and response["Location"] == article.url

    assert "共 1 篇:未变 1。" in run(site_folder, report=tmp_path / "second")
    assert Article.objects.count() == 1


def test_an_edited_source_updates_its_article_and_keeps_its_publish_time(channel, site_folder, tmp_path):
    run(site_folder, report=tmp_path / "first")
    before = Article.objects.get()
    page = site_folder / SAVED_AT
    page.write_text(
        edited(page.read_text(encoding="utf-8"), "在加强产业工人队伍建设", "在加强产业工人队伍改革"), encoding="utf-8"
    )
    assert "共 1 篇:更新 1。" in run(site_folder, report=tmp_path / "second")
    after = Article.objects.get()
    assert after.pk == before.pk and after.publish_time == before.publish_time
    assert "在加强产业工人队伍改革" in after.body_text()
    assert after.revisions.count() == 1


def test_the_report_names_every_file_with_its_result(channel, site_folder, tmp_path):
    (site_folder / "empty.txt").write_text("", encoding="utf-8")
    (site_folder / "junk.bin").write_bytes(b"\x00\xff" * 50)
    run(site_folder, report=tmp_path / "report")
    with open(tmp_path / "report.csv", encoding="utf-8-sig") as report:
        rows = {row["file"].rsplit("/", 1)[-1]: row for row in csv.DictReader(report)}
    assert rows["8740893.shtml.txt"]["result"] == "created"
    assert rows["empty.txt"]["result"] == "rejected" and rows["empty.txt"]["offset"] == "0"
    assert rows["junk.bin"]["result"] == "rejected" and rows["junk.bin"]["offset"] == "0"
    summary = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert summary["counts"] == {"created": 1, "rejected": 2}


def test_dry_run_changes_nothing(channel, site_folder, tmp_path):
    out = run(site_folder, "--dry-run", report=tmp_path / "dry")
    assert "共 1 篇:将新建 1。" in out
    assert not Article.objects.exists() and not ImportedSource.objects.exists()


def test_unknown_channels_are_reported_or_created_when_asked(home, site_folder, tmp_path):
    with pytest.raises(CommandError, match="没有导入任何稿件"):
        run(site_folder, report=tmp_path / "refused")
    assert "不在栏目对照表中" in (tmp_path / "refused.csv").read_text(encoding="utf-8-sig")
    from news.testing import make_channel

    make_channel("旧站", "jiuzhan", home)
    out = run(site_folder, "--create-channels-under", "jiuzhan", report=tmp_path / "made")
    assert "新建栏目:工会" in out
    assert Article.objects.get().primary_channel.get_parent().slug == "jiuzhan"


def test_a_run_cut_short_keeps_whole_batches_and_the_next_run_finishes(channel, tmp_path, reference, monkeypatch):
    """A crash in the second batch (kill -9, a full disk) loses that batch only; run again,
    every story is there once."""
    from importing import archive

    site = tmp_path / "site"
    for n, day in enumerate(["10", "11", "12"]):
        page = site / f"www.workercn.cn/c/2018-12-{day}/{n}.shtml.txt"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(edited(reference, "2018-12-25 07:56:26", f"2018-12-{day} 07:56:26"), encoding="utf-8")
    filed = archive.bulk_file
    calls = []

    def crash_on_second(folder, articles):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return filed(folder, articles)

    monkeypatch.setattr(archive, "bulk_file", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        run(site, "--batch-size", "1", "--jobs", "1", report=tmp_path / "cut")
    assert Article.objects.count() == ImportedSource.objects.count() == 1
    monkeypatch.setattr(archive, "bulk_file", filed)
    assert "共 3 篇:新建 2,未变 1。" in run(site, "--batch-size", "1", report=tmp_path / "again")
    assert Article.objects.count() == 3


def test_a_file_far_larger_than_a_page_is_refused_unread(channel, tmp_path):
    huge = tmp_path / "huge.html"
    huge.write_bytes(b"<html><body>" + b"x" * (5 * 1024 * 1024))
    with pytest.raises(CommandError):
        run(huge, report=tmp_path / "r")
    assert "文件过大" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_a_channel_map_places_old_channels_and_a_bad_line_is_named(channel, home, site_folder, tmp_path):
    from news.testing import make_channel

    elsewhere = make_channel("职工", "zhigong", home)
    mapping = tmp_path / "map.csv"
    mapping.write_text("# 旧栏目,栏目\n工会,zhigong\n", encoding="utf-8")
    assert "新建 1" in run(site_folder, "--channel-map", mapping, report=tmp_path / "r")
    assert Article.objects.get().primary_channel_id == elsewhere.id
    mapping.write_text("工会,gonghui\n工会新闻\n", encoding="utf-8")
    with pytest.raises(CommandError, match="第 2 行:应为“旧栏目名称或编号,栏目 slug”两列"):
        run(site_folder, "--channel-map", mapping, report=tmp_path / "r2")
    mapping.write_text("工会新闻,nope\n", encoding="utf-8")
    with pytest.raises(CommandError, match="第 1 行:找不到 slug 为“nope”的栏目"):
        run(site_folder, "--channel-map", mapping, report=tmp_path / "r3")


def test_a_dry_run_names_the_channels_it_would_create(home, site_folder, tmp_path):
    from news.models import Channel
    from news.testing import make_channel

    make_channel("旧站", "jiuzhan", home)
    out = run(site_folder, "--dry-run", "--create-channels-under", "jiuzhan", report=tmp_path / "dry")
    assert "将新建 1" in out and "将新建栏目:工会" in out
    assert not Channel.objects.filter(title="工会").exists()
