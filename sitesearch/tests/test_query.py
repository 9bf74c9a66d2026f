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
    assert [phrase.text for phrase in query.phrases] == ["夜间施工", "鲁班工坊", "劳动模范"]
    assert query.phrases[0].words == ("夜间", "施工")
    assert [word.text for word in query.words] == ["工会"]


def test_an_unbalanced_quote_is_only_punctuation():
    query = parse('"工会')
    assert query.phrases == () and [word.text for word in query.words] == ["工会"]


def test_marks_show_phrases_whole_and_loose_words_with_their_parts():
    assert parse('"一线工人"').marks() == ["一线工人"]
    assert parse("全国总工会").marks() == ["全国总工会", "总工会", "全国"]


def test_sql_and_markup_are_just_words():
    query = parse("工会' OR 1=1; -- <script>")
    assert [w.text for w in query.words] == ["工会", "or", "1", "script"]
