"""What a careless or hostile archive brings: pictures outside the archive, the same file
layout in two archives, a story twice, lying charsets, a wire story edited after review."""

import io
import os
import re
from io import StringIO

import opencc
import pytest
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from importing.formats.encodings import decode_page
from importing.models import OldAddress
from news.models import Article
from pictures.models import Picture

from .test_html import page

ARTICLE = """<html><head><title>{title}</title><meta name="keywords" content="{tags}">{meta}</head><body>
<h1>{title}</h1><div class="info">2020-05-01 10:00 来源:工人日报</div>
<div class="TRS_Editor"><p>第一段文字。</p><p><img src="{src}" alt="现场"></p><p>第二段文字。</p></div>
</body></html>"""


def write(path, title="职工书屋建设", src="photo.jpg", tags="工会", meta="", encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(ARTICLE.format(title=title, src=src, tags=tags, meta=meta).encode(encoding))
    return path


def jpeg(path, colour="red"):
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    Image.new("RGB", (32, 24), colour).save(out, "JPEG")
    path.write_bytes(out.getvalue())


def run(*args, report):
    out = StringIO()
    call_command("import_archive", *map(str, args), "--report", str(report), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_pictures_outside_the_archive_are_refused(channel, tmp_path):
    jpeg(tmp_path / "secret" / "outside.jpg")
    jpeg(tmp_path / "archive" / "inside.jpg", "blue")
    os.symlink(tmp_path / "secret" / "outside.jpg", tmp_path / "archive" / "link.jpg")
    write(tmp_path / "archive" / "a.html", "一", src="../secret/outside.jpg")
    write(tmp_path / "archive" / "b.html", "二", src="link.jpg")
    write(tmp_path / "archive" / "c.html", "三", src="inside.jpg")
    run(tmp_path / "archive", "--channel", "gonghui", report=tmp_path / "r")
    assert Article.objects.count() == 3 and Picture.objects.count() == 1
    assert (tmp_path / "r.csv").read_text(encoding="utf-8-sig").count("不在存档或图片目录之内") == 2


def test_a_picture_stays_where_it_stood_among_the_paragraphs(channel, tmp_path):
    jpeg(tmp_path / "archive" / "photo.jpg")
    write(tmp_path / "archive" / "a.html")
    run(tmp_path / "archive", "--channel", "gonghui", report=tmp_path / "r")
    assert [block.block_type for block in Article.objects.get().body] == ["paragraph", "figure", "paragraph"]


def test_an_imported_picture_is_stored_under_a_name_nobody_can_guess(channel, tmp_path):
    jpeg(tmp_path / "archive" / "photo.jpg")
    write(tmp_path / "archive" / "a.html")
    run(tmp_path / "archive", "--channel", "gonghui", report=tmp_path / "r")
    assert re.fullmatch(r"original_images/photo-[0-9a-f]{16}\.jpg", Picture.objects.get().file.name)


def test_the_same_layout_in_two_archives_is_two_stories(channel, tmp_path):
    write(tmp_path / "a" / "2019" / "1.html", "甲站的稿件")
    write(tmp_path / "b" / "2019" / "1.html", "乙站的稿件")
    run(tmp_path / "a", "--channel", "gonghui", report=tmp_path / "r1")
    assert "新建 1" in run(tmp_path / "b", "--channel", "gonghui", report=tmp_path / "r2")
    assert set(Article.objects.values_list("title", flat=True)) == {"甲站的稿件", "乙站的稿件"}
    assert not OldAddress.objects.exists()  # files of no site: no old address to answer


def test_a_story_at_two_addresses_is_one_article_answering_both(channel, tmp_path, client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "xz.workercn.cn"]
    write(tmp_path / "site" / "www.workercn.cn" / "c" / "1.shtml")
    write(tmp_path / "site" / "xz.workercn.cn" / "c" / "1.shtml")
    out = run(tmp_path / "site", "--channel", "gonghui", report=tmp_path / "r")
    assert "新建 1,未变 1" in out
    article = Article.objects.get()
    assert client.get("/c/1.shtml")["Location"] == article.url
    assert client.get("/c/1.shtml", HTTP_HOST="xz.workercn.cn")["Location"] == article.url


def test_one_source_twice_with_different_text_keeps_the_first_and_says_so(channel, tmp_path):
    from .feeds import rss, rss_item

    now = timezone.now()
    feed = tmp_path / "wire.xml"
    feed.write_text(rss(rss_item(1, "第一版", now), rss_item(1, "第二版", now)), encoding="utf-8")
    run(feed, "--channel", "gonghui", report=tmp_path / "r")
    assert Article.objects.get().title == "第一版"
    assert "出现两次且内容不同" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_a_reviewed_wire_story_is_not_republished_by_the_feed(channel, tmp_path):
    from .feeds import rss, rss_item

    now = timezone.now()
    feed = tmp_path / "wire.xml"
    feed.write_text(rss(rss_item(1, "通稿", now)), encoding="utf-8")
    run(feed, "--channel", "gonghui", report=tmp_path / "r1")
    article = Article.objects.get()
    article.title = "通稿(编辑审定)"
    article.save_revision().publish()
    feed.write_text(rss(rss_item(1, "通稿", now, body="<p>未经三审的新正文。</p>")), encoding="utf-8")
    assert "更新 1" in run(feed, "--channel", "gonghui", report=tmp_path / "r2")
    article.refresh_from_db()
    assert article.live and article.title == "通稿(编辑审定)" and "未经三审" not in article.body_text()
    assert article.has_unpublished_changes


def test_an_edited_source_updates_its_tags(channel, tmp_path):
    path = write(tmp_path / "site" / "www.workercn.cn" / "c" / "1.shtml", tags="工会")
    run(tmp_path / "site", "--channel", "gonghui", report=tmp_path / "r1")
    write(path, tags="新标签甲,新标签乙")
    assert "更新 1" in run(tmp_path / "site", "--channel", "gonghui", report=tmp_path / "r2")
    assert sorted(Article.objects.get().tags.names()) == ["新标签乙", "新标签甲"]


def test_an_iso_time_with_its_zone(channel, tmp_path):
    meta = '<meta property="article:published_time" content="2018-12-25T23:30:00+00:00">'
    write(tmp_path / "a.html", meta=meta)
    run(tmp_path / "a.html", "--channel", "gonghui", report=tmp_path / "r")
    assert timezone.localtime(Article.objects.get().publish_time).strftime("%Y-%m-%d %H:%M") == "2018-12-26 07:30"


@pytest.mark.parametrize("declared", ["utf-8", "gb2312", ""])
def test_a_big5_page_whatever_its_meta_says(declared):
    text = opencc.OpenCC("s2t").convert(page(charset=declared or "x"))
    if not declared:
        text = text.replace('<meta http-equiv="Content-Type" content="text/html; charset=x">', "")
    decoded, used = decode_page(text.encode("big5"))
    assert decoded == text and used == "big5hkscs"


def test_a_channel_name_too_long_rejects_its_story_not_the_run(home, tmp_path):
    from news.testing import make_channel

    make_channel("旧站", "jiuzhan", home)
    long_name = "栏" * 300
    write(tmp_path / "a.html", "长栏目的稿件", meta=f'<meta name="ColumnName" content="{long_name}">')
    write(tmp_path / "b.html", "普通稿件", meta='<meta name="ColumnName" content="工会">')
    out = run(tmp_path, "--create-channels-under", "jiuzhan", report=tmp_path / "r")
    assert "新建 1" in out and "拒绝 1" in out and "栏目名称超过" in out


def test_a_wordpress_post_address_at_the_root_answers(client, channel):
    from news.testing import make_article

    article = make_article(channel, "旧博客文章")
    OldAddress.objects.create(key="/?p=201", article=article)
    response = client.get("/", {"p": "201"})
    assert response.status_code == 301 and response["Location"] == article.url
    assert client.get("/", {"p": "999"}).status_code == 200


def test_a_one_line_feed_keeps_the_whole_entries_before_its_break(channel, tmp_path):
    from .feeds import rss, rss_item

    now = timezone.now()
    items = [rss_item(n, f"第{n}条通稿:职工服务", now, body="<p>" + "工会改革" * 50 + "</p>") for n in (1, 2)]
    broken = rss_item(3, "第3条 <坏", now)
    feed = tmp_path / "wire.xml"
    feed.write_text(rss(*items, broken).replace("\n", ""), encoding="utf-8")
    out = run(feed, "--channel", "gonghui", report=tmp_path / "r")
    assert "新建 2" in out and "条目不完整" in out
