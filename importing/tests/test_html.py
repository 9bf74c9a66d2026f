"""Legacy HTML pages: encodings as old sites wrote them, the article found, pictures kept."""

import io
from io import StringIO

import opencc
import pytest
from django.core.management import CommandError, call_command
from PIL import Image

from importing.formats.base import FormatError
from importing.formats.encodings import decode_page
from importing.models import OldAddress
from news.models import Article

BODY = "各级工会组织要确保学习宣传贯彻不走过场。" * 3
PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_中工网</title><meta name="ColumnName" content="工会"><meta name="keywords" content="工会,改革">
<script>var x = "不应出现的脚本文字";</script></head>
<body><div class="position"><a href="/">首页</a> &gt; <a href="/gh/">工会</a></div>
<h1>{title}</h1>
<div class="info">2018-12-25 07:56:26  来源:工人日报  作者:本报记者 林某 通讯员 王某</div>
<div class="TRS_Editor"><p>{body}</p><p>第二段:职工之家建设。</p>
<p align="center"><img src="/images/2018/photo.jpg" alt="职工在车间学习(新华社记者 张三 摄)"></p></div>
<div>责任编辑:魏俊</div></body></html>"""


def page(title="做好“六字”推动工会工作", charset="gb2312", body=BODY):
    return PAGE.format(title=title, charset=charset, body=body)


def jpeg():
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def run(*args, report):
    out = StringIO()
    call_command("import_archive", *map(str, args), "--report", str(report), stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    (root / "www.workercn.cn/c/2018-12-25").mkdir(parents=True)
    pictures = tmp_path / "pictures" / "images" / "2018"
    pictures.mkdir(parents=True)
    (pictures / "photo.jpg").write_bytes(jpeg())
    return root


@pytest.mark.parametrize(
    "encoding, declared",
    [("gb18030", "gb2312"), ("utf-8", "gb2312"), ("big5", "big5"), ("gb18030", "big5"), ("utf-8", "utf-8")],
)
def test_the_encoding_is_what_the_bytes_say_not_what_the_meta_claims(encoding, declared):
    text = page(title="工会改革", charset=declared)
    if encoding == "big5":
        text = opencc.OpenCC("s2t").convert(text)
    decoded, used = decode_page(text.encode(encoding))
    assert decoded == text
    assert used.replace("hkscs", "") == encoding


def test_undecodable_bytes_are_named_by_offset():
    data = page().encode("gb18030") + b"\xff\xff\xfe"
    with pytest.raises(FormatError) as error:
        decode_page(data)
    assert error.value.offset is not None


def test_a_gbk_page_becomes_an_article_with_its_parts(channel, site, tmp_path):
    (site / "www.workercn.cn/c/2018-12-25/180130080504276.shtml").write_bytes(page().encode("gb18030"))
    out = run(site, "--pictures", tmp_path / "pictures", report=tmp_path / "r")
    assert "新建 1" in out, out
    article = Article.objects.get()
    assert article.title == "做好“六字”推动工会工作"
    assert article.source == "工人日报" and article.editor == "魏俊"
    assert timezone_text(article.publish_time) == "2018-12-25 07:56:26"
    assert [(b.role, b.author.name) for b in article.bylines.all()] == [("本报记者", "林某"), ("通讯员", "王某")]
    text = article.body_text()
    assert "职工之家建设" in text and "不应出现的脚本文字" not in text
    figure = next(block.value for block in article.body if block.block_type == "figure")
    assert figure["image"].credit == "张三" and "职工在车间学习" in figure["image"].caption
    assert sorted(article.tags.names()) == ["工会", "改革"]
    assert OldAddress.objects.filter(key="/c/2018-12-25/180130080504276.shtml").exists()


def test_a_missing_picture_is_noted_and_the_article_kept(channel, site, tmp_path):
    (site / "www.workercn.cn/c/2018-12-25/1.shtml").write_bytes(page().encode("gb18030"))
    run(site, report=tmp_path / "r")
    assert Article.objects.count() == 1
    assert "图片未导入" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_a_page_without_the_sites_selectors_is_read_by_trafilatura(channel, tmp_path):
    plain = tmp_path / "plain.html"
    paragraphs = "".join(f"<p>{BODY}第{n}段。</p>" for n in range(5))
    plain.write_text(
        f"<html><head><title>职工书屋建设_工会</title></head><body><main><h2>职工书屋建设</h2>"
        f"<span>2020-05-01 10:00</span>{paragraphs}</main></body></html>",
        encoding="utf-8",
    )
    out = run(plain, "--channel", "gonghui", report=tmp_path / "r")
    assert "新建 1" in out, out
    assert "第4段" in Article.objects.get().body_text()


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "文件是空的"),
        (b"<html><head><title>x</title></head><body><h1>", "找不到"),
        (b"<!DOCTYPE html>" + bytes(range(256)) * 4, ""),
    ],
)
def test_malformed_pages_are_rejected_with_a_reason(channel, tmp_path, content, reason):
    bad = tmp_path / "bad.html"
    bad.write_bytes(content)
    out = StringIO()
    with pytest.raises(CommandError, match="没有导入任何稿件"):
        call_command("import_archive", str(bad), "--channel", "gonghui", "--report", str(tmp_path / "r"), stdout=out)
    assert reason in out.getvalue()
    assert not Article.objects.exists()


def timezone_text(when):
    from django.utils import timezone

    return timezone.localtime(when).strftime("%Y-%m-%d %H:%M:%S")
