"""WordPress WXR exports: posts and pages with their categories, tags, authors and pictures;
drafts and unknown types reported by line; malformed and hostile files refused, nothing
half-saved; a second run files nothing, an edited post updates its article."""

import json
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from importing.formats import FORMATS, SNIFF_BYTES, format_for
from importing.formats import wxr as wxr_module
from importing.formats.wxr import WordPressExport
from importing.models import ImportedSource, OldAddress
from news.models import Article
from people.bylines import Credit
from pictures.models import Picture

from .wordpress import SITE, export, item, sample_export, uploads


def run(*args, report):
    out = StringIO()
    call_command("import_archive", *map(str, args), "--report", str(report), stdout=out, stderr=StringIO())
    return out.getvalue()


def report_items(report):
    return json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))["items"]


def line_of(text, needle, occurrence=1):
    """The line of the `occurrence`-th item holding `needle`: where its <item> starts."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return text[:text.rindex("<item>", 0, at)].count("\n") + 1


@pytest.fixture
def wxr(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(sample_export(), encoding="utf-8")
    return path


@pytest.fixture
def pictures(tmp_path):
    return uploads(tmp_path / "uploads")


def read(path, pictures=None):
    return list(WordPressExport(pictures=pictures).read(path))


def test_export_is_sniffed_as_wxr_not_as_a_feed(wxr):
    formats = [cls() for cls in FORMATS.values()]
    assert format_for(wxr, wxr.read_bytes()[:SNIFF_BYTES], formats).name == "wxr"


def test_posts_and_pages_are_read_with_their_fields(wxr, pictures):
    entries = read(wxr, pictures)
    stories = [e.story for e in entries if e.story]
    assert [s.title for s in stories] == ["全国总工会部署年度工作", "职工书屋建设提速", "关于我们"]
    post = stories[0]
    assert post.address == f"{SITE}/2020/03/post-11/"
    assert post.old_addresses == [f"{SITE}/?p=11"]
    assert post.channel == "工会" and post.tags == ["工会改革", "职工服务"]
    assert post.credits == [Credit("", "林某")] and stories[1].credits == [Credit("", "王芳")]
    assert post.publish_time == datetime(2020, 3, 1, 2, 30, tzinfo=UTC)
    assert post.summary == "会议部署今年的工作。"
    # autop: a blank line separates paragraphs; scripts and styles are gone; headings and list items are paragraphs
    assert post.paragraphs == [
        "全国总工会近日召开会议,部署今年的工作。会议强调,要做好职工服务。",
        "会议要求,各级工会加强基层建设。",
        "下一步",
        "做好职工服务",
        "推进工会改革",
    ]
    # the featured picture (an attachment exported after the post), then the captioned one of the text
    assert [(f.path.relative_to(pictures).as_posix(), f.caption, f.credit) for f in post.figures] == [
        ("2020/02/cover.png", "封面:职工代表", "李图片"),
        ("2020/03/meeting.jpg", "会议现场", "王摄影"),
    ]
    page = stories[2]
    assert page.channel == "" and page.address == f"{SITE}/about/"
    assert f"{SITE}/?page_id=13" in page.old_addresses


def test_every_entry_names_its_line_and_the_rest_are_reported(wxr):
    text = wxr.read_text(encoding="utf-8")
    entries = read(wxr)
    lines = [e.story.line if e.story else e.error.line for e in entries]
    assert lines == [line_of(text, f"<wp:post_id>{n}</wp:post_id>") for n in (11, 12, 13, 14, 15)]
    draft, menu = entries[3].error, entries[4].error
    assert "draft" in draft.reason and "草稿" in draft.reason
    assert "未知的内容类型“nav_menu_item”" in menu.reason


def test_import_files_posts_with_pictures_and_old_addresses(channel, wxr, pictures, tmp_path, client):
    out = run(wxr, "--pictures", pictures, "--channel", "gonghui", report=tmp_path / "first")
    assert "共 5 篇:新建 3,拒绝 2。" in out
    post = Article.objects.get(title="全国总工会部署年度工作")
    assert post.live and post.primary_channel_id == channel.id
    assert post.author_names == ["林某"]
    assert sorted(post.tags.names()) == ["工会改革", "职工服务"]
    figures = [block.value for block in post.body if block.block_type == "figure"]
    assert [(f["caption"], f["image"].credit) for f in figures] == [("封面:职工代表", "李图片"), ("会议现场", "王摄影")]
    assert Picture.objects.count() == 2
    assert OldAddress.objects.filter(key="/?p=11", article=post).exists() or OldAddress.objects.filter(
        key="news.example.cn/?p=11", article=post
    ).exists()
    rejected = [row for row in report_items(tmp_path / "first") if row["result"] == "rejected"]
    text = wxr.read_text(encoding="utf-8")
    assert [(row["line"], row["file"]) for row in rejected] == [
        (line_of(text, "<wp:post_id>14</wp:post_id>"), str(wxr)),
        (line_of(text, "<wp:post_id>15</wp:post_id>"), str(wxr)),
    ]
    assert f"拒绝 {wxr} 第 {rejected[1]['line']} 行:未知的内容类型“nav_menu_item”" in out


def test_a_second_run_creates_nothing(channel, wxr, pictures, tmp_path):
    run(wxr, "--pictures", pictures, "--channel", "gonghui", report=tmp_path / "first")
    counts = [model.objects.count() for model in (Article, Picture, ImportedSource, OldAddress)]
    out = run(wxr, "--pictures", pictures, "--channel", "gonghui", report=tmp_path / "second")
    assert "共 5 篇:拒绝 2,未变 3。" in out
    assert [model.objects.count() for model in (Article, Picture, ImportedSource, OldAddress)] == counts


def test_an_edited_post_updates_its_article(channel, tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(export(item(11, "原来的标题", "<p>原来的正文。</p>")), encoding="utf-8")
    run(path, report=tmp_path / "first")
    before = Article.objects.get()
    path.write_text(export(item(11, "改过的标题", "<p>改过的正文。</p>", gmt="2020-03-05 00:00:00")), encoding="utf-8")
    assert "共 1 篇:更新 1。" in run(path, report=tmp_path / "second")
    after = Article.objects.get()
    assert after.pk == before.pk and after.title == "改过的标题"
    assert "改过的正文" in after.body_text()
    assert after.publish_time == before.publish_time


def test_post_date_without_gmt_is_beijing_time(tmp_path):
    path = tmp_path / "export.xml"
    unknown = "0000-00-00 00:00:00"
    path.write_text(export(item(11, "标题", "正文", gmt=unknown, local="2020-03-01 10:30:00")), encoding="utf-8")
    assert read(path)[0].story.publish_time == datetime(2020, 3, 1, 2, 30, tzinfo=UTC)


def test_a_bad_date_is_that_items_rejection(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(export(item(11, "标题", "正文", gmt="2020/03/01"), item(12, "好的", "正文")), encoding="utf-8")
    bad, good = read(path)
    assert bad.error.line == line_of(path.read_text(encoding="utf-8"), "2020/03/01")
    assert "发布时间“2020/03/01”格式应为" in bad.error.reason
    assert good.story.title == "好的"


def test_a_truncated_export_files_the_items_before_the_break(channel, tmp_path):
    path = tmp_path / "export.xml"
    whole = export(item(11, "完整的一篇", "<p>正文</p>"), item(12, "断掉的一篇", "<p>正文</p>"))
    cut = whole[: whole.index("<wp:post_id>12")]
    path.write_text(cut, encoding="utf-8")
    out = run(path, report=tmp_path / "report")
    assert "共 2 篇:新建 1,拒绝 1。" in out
    assert list(Article.objects.values_list("title", flat=True)) == ["完整的一篇"]
    error = [row for row in report_items(tmp_path / "report") if row["result"] == "rejected"][0]
    assert error["line"] == cut.count("\n") + 1 and error["reason"].startswith("XML 格式错误(第 ")


def test_wrong_encoding_declared_names_the_line(channel, tmp_path):
    path = tmp_path / "export.xml"
    text = export(item(11, "第一篇", "<p>正文</p>"), item(12, "第二篇", "<p>正文</p>"))
    path.write_bytes(text.encode("gb18030"))  # declared UTF-8
    with pytest.raises(CommandError, match="没有导入任何稿件"):
        run(path, report=tmp_path / "report")
    error = report_items(tmp_path / "report")[0]
    assert error["line"] == text[: text.index("工人新闻网")].count("\n") + 1  # its first character not UTF-8
    assert "XML 格式错误" in error["reason"] and "与文件声明的编码不符" in error["reason"]
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "文件是空的"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe" * 50, "XML 格式错误"),
        ("<?xml version='1.0'?>\n<rss><channel><item><title>只有一半".encode(), "XML 格式错误"),
    ],
    ids=["empty", "binary", "cut-short"],
)
def test_unreadable_exports_are_refused_by_name(channel, tmp_path, content, expected):
    path = tmp_path / "export.xml"
    path.write_bytes(content)
    out = StringIO()
    with pytest.raises(CommandError, match="没有导入任何稿件"):
        call_command("import_archive", str(path), "--format", "wxr", "--report", str(tmp_path / "r"), stdout=out)
    assert f"拒绝 {path}" in out.getvalue() and expected in out.getvalue()
    assert Article.objects.count() == 0


BOMB = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
"""


def test_entity_bomb_and_external_entity_are_refused(channel, tmp_path):
    path = tmp_path / "export.xml"
    body = export(item(11, "&lol3;&secret;", "<p>正文</p>")).split("\n", 1)[1]
    path.write_text(BOMB + body, encoding="utf-8")
    [entry] = read(path)
    assert entry.error.line == 2 and "文档类型声明(DOCTYPE)" in entry.error.reason
    with pytest.raises(CommandError, match="没有导入任何稿件"):
        run(path, report=tmp_path / "report")
    assert Article.objects.count() == 0


def test_a_file_past_the_limit_is_refused_before_parsing(channel, tmp_path, monkeypatch):
    monkeypatch.setattr(wxr_module, "MAX_EXPORT_BYTES", 10 * 1024 * 1024)
    path = tmp_path / "export.xml"
    with open(path, "wb") as file:
        file.write(export(item(11, "标题", "正文")).encode())
        file.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: refused before a byte is parsed
    [entry] = read(path)
    assert entry.error.offset == 10 * 1024 * 1024 and "文件过大:52,428,800 字节" in entry.error.reason


def test_control_characters_and_odd_unicode_hold(channel, tmp_path):
    path = tmp_path / "export.xml"
    title = "全角ＡＢＣ 與繁體字" + "长" * 300
    text = export(item(10, "在前", "正文"), item(11, "控制字符", "<p>正文\x01内容</p>"), item(12, "在后", "正文"))
    path.write_text(text, encoding="utf-8")
    before, broken = read(path)
    # U+0001 is no XML character: the file is malformed from there, what came before is read
    assert before.story.title == "在前"
    assert broken.error.line == text[: text.index("\x01")].count("\n") + 1 and "XML 格式错误" in broken.error.reason
    path.write_text(export(item(11, title, "<p>正文</p>"), item(12, "正常", "<p>正文</p>")), encoding="utf-8")
    out = run(path, report=tmp_path / "report")
    assert "共 2 篇:新建 1,拒绝 1。" in out and "标题超过 255 字" in out


def test_lines_past_65535_are_named_right(tmp_path):
    path = tmp_path / "export.xml"
    text = export(*(item(n, f"标题{n}", "<p>正文</p>") for n in range(1, 4001)))
    path.write_text(text, encoding="utf-8")
    starts = [number for number, line in enumerate(text.split("\n"), start=1) if "<item>" in line]
    assert starts[-1] > 65535
    assert [entry.story.line for entry in read(path)] == starts
