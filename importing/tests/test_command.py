from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from news.models import Article
from people.models import Leader

from .reference import REFERENCE, edited, without_header


def run(*args):
    out = StringIO()
    call_command("import_crawled_page", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_summary_of_a_first_and_a_repeated_import(channel):
    assert "共 1 个文件:新建 1,更新 0,未变 0,拒绝 0。" in run(REFERENCE)
    assert "共 1 个文件:新建 0,更新 0,未变 1,拒绝 0。" in run(REFERENCE)
    assert Article.objects.count() == 1


def test_rejected_file_is_named_with_its_reason(channel, reference, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_text(edited(reference, "2018-12-25 07:56:26", "2018-12-25 07:56"), encoding="utf-8")
    out = run(broken, REFERENCE)
    assert "共 2 个文件:新建 1,更新 0,未变 0,拒绝 1。" in out
    assert f"拒绝 {broken}:第 52 行:发布时间格式应为 YYYY-MM-DD HH:MM:SS" in out
    assert Article.objects.count() == 1


def test_file_that_is_not_utf8_is_refused(channel, reference, tmp_path):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(reference.encode("gb18030"))
    with pytest.raises(CommandError, match="第 1 行:文件不是 UTF-8 编码"):
        run(gbk)
    assert Article.objects.count() == Leader.objects.count() == 0


def test_missing_file_is_refused(channel, tmp_path):
    with pytest.raises(CommandError, match="none.txt:文件不存在"):
        run(tmp_path / "none.txt")


def test_channel_option_places_a_page_without_header(channel, reference, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(without_header(reference), encoding="utf-8")
    with pytest.raises(CommandError, match="请指定栏目"):
        run(page)
    assert "新建 1" in run(page, "--channel", "gonghui")
    assert Article.objects.get().primary_channel_id == channel.id


def test_unknown_channel_slug(channel):
    with pytest.raises(CommandError, match="找不到 slug 为“nope”的栏目"):
        run(REFERENCE, "--channel", "nope")


def test_a_file_far_larger_than_an_article_page_is_refused_unread(channel, reference, tmp_path):
    huge = tmp_path / "huge.txt"
    filler = "这一段文字重复出现,让文件变得非常大。\n" * 1_000_000  # about 55 MB
    huge.write_text(edited(reference, "2018-12-25 07:56:26\n", "2018-12-25 07:56:26\n" + filler), encoding="utf-8")
    with pytest.raises(CommandError, match="文件过大:.* 字节,上限 2,097,152 字节"):
        run(huge)
    assert Article.objects.count() == 0


def test_a_body_longer_than_an_article_names_the_line(channel, reference, tmp_path):
    long = tmp_path / "long.txt"
    filler = ("很长的段落" * 2000 + "\n") * 11  # 11 paragraphs of 10,000 on lines 53–63: the 11th passes 100,000
    long.write_text(edited(reference, "2018-12-25 07:56:26\n", "2018-12-25 07:56:26\n" + filler), encoding="utf-8")
    with pytest.raises(CommandError, match="第 63 行:正文到此行已超过 100,000 字"):
        run(long)
    assert Article.objects.count() == 0
