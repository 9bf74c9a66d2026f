import pytest

from importing.crawled import (
    CrawledPageError,
    Hotline,
    Leader,
    Licence,
    parse_crawled_page,
    read_crawled_file,
    split_nav_channels,
)
from news.testing import beijing
from people.bylines import Credit

from .reference import edited, without_header


def test_reference_article(reference):
    page = parse_crawled_page(reference)
    assert page.authors == ["魏俊"]
    assert page.publish_time == beijing(2018, 12, 25, 7, 56, 26)
    assert page.publish_time.utcoffset().total_seconds() == 8 * 3600
    assert page.source == "中工网--《工人日报》"
    assert page.editor == "葛文琦"
    assert page.kicker == "认真学习贯彻习近平总书记重要讲话精神"
    assert page.title == "做好“六字”,推动工会工作迈上新台阶"
    assert page.title_line == 49
    assert page.subtitle == ""
    assert len(page.body) == 8
    assert page.body[0].startswith("深入学习宣传贯彻习近平总书记")
    assert page.body[-1].startswith("突出“严”字。打铁必须自身硬。")
    assert all(not p[0].isspace() for p in page.body)


def test_reference_navigation_and_subsite(reference):
    page = parse_crawled_page(reference)
    assert page.home_label == "中工网首页"
    assert len(page.nav_channels) == 28
    assert page.nav_channels[:3] == ["时政", "评论", "国际"]
    assert page.nav_channels[-1] == "打工"
    assert page.subsite_title == "中工工会"
    assert page.subsite_line == 3
    assert page.channel_name == "工会"
    assert page.sub_channels == ["深度报道"]


def test_reference_leaders_in_page_order(reference):
    leaders = parse_crawled_page(reference).leaders
    # The reference shows 19 people (lines 9–45).
    assert len(leaders) == 19
    assert leaders[0] == Leader("王东明", ["全国总工会主席"])
    assert leaders[1] == Leader("陈刚", ["全国总工会党组书记、副主席、书记处第一书记", "机关党委书记"])
    assert leaders[-1] == Leader("邹震", ["全国总工会书记处书记、党组成员"])
    by_name = dict(leaders)
    assert by_name["马璐"] == ["全国总工会副主席、书记处书记、党组成员", "中华全国妇女联合会副主席(兼)候选人"]
    assert by_name["李晓钟"] == ["全国总工会党组成员、经费审查委员会主任"]


def test_reference_footer(reference):
    page = parse_crawled_page(reference)
    assert len(page.friendly_links) == 9
    assert page.friendly_links[0] == "中华全国总工会"
    assert page.friendly_links[-1] == "中国职工发展基金会"
    assert page.licences[0] == Licence(1, "京ICP证100580号")
    assert [lic.row for lic in page.licences] == [1, 1, 1, 1, 2, 2]
    assert page.licences[-1] == Licence(2, "信息网络传播视听节目许可证(0111630)")
    assert page.footer_links == ["关于我们", "广告服务", "联系我们", "本站地图", "投稿邮箱", "版权声明"]
    assert page.hotlines == [
        Hotline("违法和不良信息举报电话", "010-84151598"),
        Hotline("网络敲诈和有偿删帖举报电话", "010-84151598"),
    ]
    assert page.copyright == "Copyright 2008-2018 by www.workercn.cn. all rights reserved"
    assert page.follow_title == "扫码关注"
    assert page.social_accounts == ["中工网微信", "中工网微博", "中工网抖音", "工人日报客户端"]


def test_nav_split_prefers_known_names():
    assert split_nav_channels("时政深度报道工会", ["深度报道", "工会"]) == ["时政", "深度报道", "工会"]
    assert split_nav_channels("时政评论") == ["时政", "评论"]


def test_page_without_kicker(reference):
    page = parse_crawled_page(edited(reference, "认真学习贯彻习近平总书记重要讲话精神\n", ""))
    assert page.kicker == ""
    assert page.title == "做好“六字”,推动工会工作迈上新台阶"
    assert len(page.leaders) == 19


def test_page_with_two_authors_and_a_subtitle(reference):
    text = edited(reference, "魏俊\n", "魏俊 王芳\n")
    text = edited(text, "迈上新台阶\n", "迈上新台阶\n——写在全总新一届领导班子集体谈话之后\n")
    page = parse_crawled_page(text)
    assert page.authors == ["魏俊", "王芳"]
    assert page.subtitle == "写在全总新一届领导班子集体谈话之后"
    assert page.title == "做好“六字”,推动工会工作迈上新台阶"


def test_page_without_byline(reference):
    page = parse_crawled_page(edited(reference, "魏俊\n", ""))
    assert page.authors == []
    assert page.title == "做好“六字”,推动工会工作迈上新台阶"


def test_page_without_header_or_leaders(reference):
    page = parse_crawled_page(without_header(reference))
    assert len(page.nav_channels) == 28
    assert (page.subsite_title, page.channel_name, page.leaders) == ("", "", [])
    assert page.kicker == "认真学习贯彻习近平总书记重要讲话精神"


def test_other_subsite(reference):
    page = parse_crawled_page(edited(reference, "中工工会\n", "中工评论\n"))
    assert (page.subsite_title, page.channel_name) == ("中工评论", "评论")


def test_editor_on_the_source_line(reference):
    page = parse_crawled_page(edited(reference, "》\n编辑:", "》 责任编辑:"))
    assert (page.source, page.editor) == ("中工网--《工人日报》", "葛文琦")


def test_body_text_keeps_markup_as_text(reference):
    page = parse_crawled_page(edited(reference, "  深入学习", "\u3000\u3000<b>深入</b>学习"))
    assert page.body[0].startswith("<b>深入</b>学习")


@pytest.mark.parametrize(
    ("old", "new", "line", "expected"),
    [
        ("2018-12-25 07:56:26", "2018-12-25 07:56", 52, "发布时间格式应为 YYYY-MM-DD HH:MM:SS"),
        ("2018-12-25 07:56:26", "2018-13-45 07:56:26", 52, "发布时间格式应为"),
        ("2018-12-25 07:56:26", "9999-12-31 23:59:59", 52, "发布时间不能晚于上线时间"),
        ("2018-12-25 07:56:26", "0001-01-01 00:00:00", 52, "发布时间不能早于 1900 年"),
        ("2018-12-25 07:56:26", "", 70, "应有发布时间行"),
        ("编辑:葛文琦", "葛文琦", 70, "“编辑:”"),
        ("来源:中工网--《工人日报》", "", 71, "“来源:”"),
    ],
)
def test_broken_pages_name_the_line(reference, old, new, line, expected):
    with pytest.raises(CrawledPageError) as caught:
        parse_crawled_page(edited(reference, old, new))
    assert caught.value.line == line
    assert str(caught.value).startswith(f"第 {line} 行:")
    assert expected in str(caught.value)


def test_page_without_title(reference):
    text = edited(reference, "认真学习贯彻习近平总书记重要讲话精神\n\n做好“六字”,推动工会工作迈上新台阶", "")
    with pytest.raises(CrawledPageError, match="第 49 行:此行之前应有标题"):
        parse_crawled_page(text)


def test_page_without_body(reference):
    head, _, rest = reference.partition("  深入学习")
    text = head + "来源:" + rest.split("来源:", 1)[1]
    with pytest.raises(CrawledPageError, match="第 54 行:发布时间与此行之间应有正文"):
        parse_crawled_page(text)


def test_empty_page():
    with pytest.raises(CrawledPageError, match="第 1 行:文件是空的"):
        parse_crawled_page(" \n\n")


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("第一行\n".encode() + "做好六字".encode("gbk"))
    with pytest.raises(CrawledPageError, match="第 2 行:文件不是 UTF-8 编码"):
        read_crawled_file(path)


def test_byline_with_roles(reference):
    page = parse_crawled_page(edited(reference, "魏俊\n", "本报记者 林某 通讯员 王某\n"))
    assert page.credits == [Credit("本报记者", "林某"), Credit("通讯员", "王某")]
    assert page.authors == ["林某", "王某"]
    assert page.title == "做好“六字”,推动工会工作迈上新台阶"


@pytest.mark.parametrize("line", ["来源:工人日报", "——写在全总新一届领导班子集体谈话之后", "记者手记"])
def test_a_line_that_is_no_byline_stays_in_the_headline(reference, line):
    text = edited(reference, "认真学习贯彻习近平总书记重要讲话精神\n", "")
    page = parse_crawled_page(edited(text, "魏俊\n", line + "\n"))
    assert page.credits == []
    assert line.lstrip("—") in (page.title, page.subtitle)
