"""署名行 as newsrooms write them: roles and names read apart, non-bylines refused."""

import pytest

from people.bylines import MAX_TEXT, Credit, format_credits, is_byline, parse_byline

C = Credit

BYLINES = [
    ("本报记者 林某 通讯员 王某", [C("本报记者", "林某"), C("通讯员", "王某")]),
    ("记者 张某 实习生 李某", [C("记者", "张某"), C("实习生", "李某")]),
    ("文/图 某某", [C("文/图", "某某")]),
    ("文 / 图 某某", [C("文/图", "某某")]),
    ("文/本报记者 张三", [C("文/本报记者", "张三")]),
    ("图/新华社", [C("图", "新华社")]),  # an agency credited for the picture
    ("图/中国青年报", [C("图", "中国青年报")]),
    ("新华社记者 某某", [C("新华社记者", "某某")]),
    ("新华社 记者 某某", [C("新华社记者", "某某")]),
    ("工人日报-中工网记者 魏俊", [C("工人日报-中工网记者", "魏俊")]),
    ("本报记者 张三 李四、王五", [C("本报记者", "张三"), C("本报记者", "李四"), C("本报记者", "王五")]),
    ("记者 张三\u3000李四;王五,赵六,钱七", [C("记者", n) for n in ("张三", "李四", "王五", "赵六", "钱七")]),
    ("记者:张某", [C("记者", "张某")]),
    ("记者:张某", [C("记者", "张某")]),
    ("记者: 张某 通讯员:王某", [C("记者", "张某"), C("通讯员", "王某")]),
    ("(记者 张某)", [C("记者", "张某")]),
    ("(记者 张某 通讯员 王某)", [C("记者", "张某"), C("通讯员", "王某")]),
    ("【本报记者 张三】", [C("本报记者", "张三")]),
    ("本报特约撰稿人 某某", [C("本报特约撰稿人", "某某")]),
    ("首席记者 王芳", [C("首席记者", "王芳")]),
    ("见习记者 王芳", [C("见习记者", "王芳")]),
    ("本报驻京记者 王芳", [C("本报驻京记者", "王芳")]),
    ("特约通讯员 欧阳明", [C("特约通讯员", "欧阳明")]),
    ("本报评论员 王芳", [C("本报评论员", "王芳")]),
    ("摄影 王芳", [C("摄影", "王芳")]),
    ("摄影记者 王芳", [C("摄影记者", "王芳")]),
    ("图 王芳", [C("图", "王芳")]),
    ("文 王芳", [C("文", "王芳")]),
    ("张三 李四", [C("", "张三"), C("", "李四")]),
    ("魏俊", [C("", "魏俊")]),
    ("王 芳 李 明", [C("", "王芳"), C("", "李明")]),  # two-character names padded to three
    ("张三 通讯员 李四", [C("", "张三"), C("通讯员", "李四")]),
    ("本报记者张三", [C("本报记者", "张三")]),
    ("本报记者 阿卜杜·热合曼", [C("本报记者", "阿卜杜·热合曼")]),
    ("阿卜杜.热合曼", [C("", "阿卜杜·热合曼")]),
    ("记者 John Smith", [C("记者", "John Smith")]),
    ("John Smith, Jane Doe", [C("", "John Smith"), C("", "Jane Doe")]),
    ("张三 摄", [C("摄", "张三")]),
    ("张三 李四 整理", [C("整理", "张三"), C("整理", "李四")]),
    ("本报记者 张三 报道", [C("本报记者", "张三")]),
    ("本報記者 林某 通訊員 王某", [C("本报记者", "林某"), C("通讯员", "王某")]),  # roles read simplified
    ("本报记者 陳剛", [C("本报记者", "陳剛")]),  # a name stays as written
    ("  本报记者\u00a0林某\u200b  ", [C("本报记者", "林某")]),
]

NOT_BYLINES = [
    "——副题文字",
    "——写在全总新一届领导班子集体谈话之后",
    "2026-02-25 10:00:00",
    "全国总工会召开会议,部署今年工作。",
    "职工们 说:我们 很 满意。",
    "来源:工人日报",
    "来源:工人日报",
    "编辑:葛文琦",
    "记者手记",  # a column's name, not a person
    "记者",
    "本报记者",
    "本报",
    "记者 通讯员 王某",  # a role with no name
    "本报记者 张三 摄",  # two roles for one name: not a shape we guess at
    "中国青年报",  # an outlet alone credits no one
    "本报记者 张三2",
    "记者 张三(实习)",
    "记者 张三\x00",
    "张三/李四",
    "记者 张三一二三四五",
    "de la Cruz",
    "Copyright 2008-2018 by www.workercn.cn",
    "",
    "   ",
    "本报记者 " + "张三 " * 40,
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_bylines_read_into_roles_and_names(text, expected):
    assert parse_byline(text) == expected
    assert is_byline(text)


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_what_is_not_a_byline_gives_nothing(text):
    assert parse_byline(text) == []
    assert not is_byline(text)


def test_there_are_enough_real_shapes():
    assert len(BYLINES) + len(NOT_BYLINES) >= 30


@pytest.mark.parametrize(("text", "_"), BYLINES)
def test_no_role_word_is_ever_a_name(text, _):
    roles = {credit.role for text, credits in BYLINES for credit in credits} - {""}
    assert not {credit.name for credit in parse_byline(text)} & (roles | {"本报", "记者", "文", "图"})


def test_long_and_odd_input_is_refused_quickly():
    assert parse_byline("记者 张三" + "、李四" * MAX_TEXT) == []
    assert parse_byline("记" * 100_000) == []
    assert parse_byline(None) == []
    assert parse_byline("\u202e记者 张三") == []


@pytest.mark.parametrize(
    ("credits", "shown"),
    [
        ([C("本报记者", "林某"), C("通讯员", "王某")], "本报记者 林某 通讯员 王某"),
        ([C("本报记者", "张三"), C("本报记者", "李四")], "本报记者 张三 李四"),
        ([C("记者", "张三"), C("通讯员", "李四"), C("记者", "王五")], "记者 张三 通讯员 李四 记者 王五"),
        ([C("", "张三"), C("", "李四")], "张三 李四"),
        ([C("文/图", "某某")], "文/图 某某"),
        ([C("摄", "张三")], "张三 摄"),
        ([C("记者", "John Smith"), C("记者", "Jane Doe")], "记者 John Smith、Jane Doe"),
        ([], ""),
    ],
)
def test_credits_shown_as_a_byline(credits, shown):
    assert format_credits(credits) == shown


@pytest.mark.parametrize(("text", "_"), BYLINES)
def test_a_shown_byline_reads_back_the_same(text, _):
    credits = parse_byline(text)
    assert parse_byline(format_credits(credits)) == credits


def test_a_sentence_ending_in_a_role_word_is_no_role():
    assert parse_byline("今天我们采访了一位青年记者 张三") == []
    assert parse_byline("中国青年报驻四川记者 张三") == [C("中国青年报驻四川记者", "张三")]
