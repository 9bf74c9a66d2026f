"""What a reader types: words, phrases, and the queries refused with a reason."""

import pytest

from sitesearch.query import MAX_LENGTH, MAX_WORDS, QueryError, parse


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "请输入"),
        ("   \t\n", "请输入"),
        ("\x00\x01", "请输入"),
        ("工" * 10_240, "太长"),
        ("!!!。。。???", "没有可搜索"),
        ("😀🎉👍", "没有可搜索"),
        ('""“”', "没有可搜索"),
        (" ".join(f"词{n}" for n in range(MAX_WORDS + 1)), "太多"),
    ],
)
def test_unsearchable_queries_are_refused_with_a_reason(raw, message):
    with pytest.raises(QueryError, match=message):
        parse(raw)


def test_the_length_limit_is_in_characters():
    parse("工" * MAX_LENGTH)


def test_quoted_phrases_in_ascii_and_chinese_quotes():
    query = parse('"夜间施工" “鲁班工坊” 「劳动模范」 工会')
    assert [piece.text for piece in query.pieces] == ["夜间施工", "鲁班工坊", "劳动模范", "工会"]
    assert query.pieces[0].terms == ("夜间", "间施", "施工")


def test_an_unbalanced_quote_is_only_punctuation():
    assert [piece.text for piece in parse('"工会').pieces] == ["工会"]


def test_a_piece_of_several_words_has_them_apart_and_a_quoted_one_stays_whole():
    query = parse("工会改革")
    assert query.has_parts and [word.text for word in query.words] == ["工会", "改革"]
    quoted = parse("“工会改革”")
    assert not quoted.has_parts and [word.text for word in quoted.words] == ["工会改革"]


def test_characters_alone_are_not_words_to_find_apart():
    assert not parse("是有了").has_parts
    assert not parse("在和").has_parts


def test_a_lone_character_is_the_start_of_a_term():
    query = parse("鸡")
    assert query.pieces[0].terms == ("鸡",) and query.pieces[0].prefix
    assert parse("300多").pieces[0].terms == ("300", "多") and parse("300多").pieces[0].prefix


def test_a_run_before_a_number_keeps_its_last_character():
    # The document holds 职工300 as 职工 工 300: the pieces must stand side by side there.
    assert parse("职工300").pieces[0].terms == ("职工", "工", "300")


def test_marks_show_pieces_and_their_words():
    assert parse('"一线工人"').marks() == ["一线工人"]
    assert parse("工会改革").marks() == ["工会改革", "工会", "改革"]
    assert parse("工会改革 2025").marks() == ["2025", "工会改革", "工会", "改革"]


def test_sql_and_markup_are_just_words():
    query = parse("工会' OR 1=1; -- <script>")
    assert [piece.text for piece in query.pieces] == ["工会", "or", "1 1", "script"]
    assert [piece.terms for piece in query.pieces] == [("工会",), ("or",), ("1", "1"), ("script",)]
