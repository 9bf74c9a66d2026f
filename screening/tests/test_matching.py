"""What the screen catches, and where: a listed word however it is dressed up, a whole-word
entry only where it is a word, hits marked in safe HTML, 'replace' words replaced."""

import pytest

from screening.matcher import highlight, screen

pytestmark = pytest.mark.django_db


def caught(text):
    return [(hit.entry.word, hit.matched) for hit in screen(text).hits]


def test_a_word_is_caught_through_spaces_and_symbols(word):
    word("法轮", action="block")
    assert caught("他说法 轮如何") == [("法轮", "法 轮")]
    assert caught("法*轮") == [("法轮", "法*轮")]
    assert caught("法\u200b轮、法　轮") == [("法轮", "法\u200b轮"), ("法轮", "法　轮")]
    assert caught("法律与轮船") == []


def test_traditional_characters_are_caught(word):
    word("发票代开")
    word("車輛過戶")  # a word listed in traditional form catches the simplified one too
    assert caught("專業發票代開") == [("发票代开", "發票代開")]
    assert caught("车辆过户找我") == [("車輛過戶", "车辆过户")]


def test_full_width_letters_and_mixed_case_are_caught(word):
    word("ABC")
    assert caught("ＡＢＣ和aBc") == [("ABC", "ＡＢＣ"), ("ABC", "aBc")]


def test_a_whole_word_entry_is_caught_only_where_it_is_a_word(word):
    word("工会", whole_word=True)
    assert caught("我们在化工会展中心") == []
    assert caught("职工参加工会活动") == [("工会", "工会")]


def test_the_same_word_without_whole_word_is_caught_inside_longer_words(word):
    word("工会")
    assert caught("化工会展") == [("工会", "工会")]


def test_hits_are_marked_and_the_rest_escaped(word):
    word("法轮")
    marked = highlight('<script>alert("法 轮")</script>&')
    assert marked.startswith("&lt;script&gt;alert(&quot;<mark")
    assert '<mark class="sensitive" title="其他·送审">法 轮</mark>' in marked
    assert marked.endswith("&lt;/script&gt;&amp;")
    assert "<script>" not in marked


def test_replace_words_are_replaced_by_their_replacement_or_stars(word):
    word("代开发票", action="replace")
    word("加微信", action="replace", replacement="[联系方式]")
    screening = screen("本店代开 发票,请加微信")
    assert screening.replaced() == "本店＊＊＊＊＊,请[联系方式]"
    assert not screening.blocked and not screening.needs_review


def test_actions_say_what_the_text_needs(word):
    word("甲词", action="block")
    word("乙词", action="review")
    assert screen("有甲词").blocked
    assert screen("有乙词").needs_review and not screen("有乙词").blocked


def test_a_change_of_the_dictionary_is_seen_without_a_restart(word):
    assert caught("这里有新词") == []
    entry = word("新词")
    assert caught("这里有新词") == [("新词", "新词")]
    entry.word = "另词"
    entry.save()
    assert caught("这里有新词") == []
    entry.delete()
    assert caught("这里有另词") == []


def test_control_characters_and_lone_surrogates_do_not_stop_the_screen(word):
    word("法轮")
    text = "\x00法\x01\x1b轮\ud800\ufffe\U000e0001"
    assert caught(text) == [("法轮", "法\x01\x1b轮")]
    assert screen("\x00\x01 \t\n").hits == []


def test_a_long_text_is_screened_whole(word):
    word("法轮")
    text = "普通的新闻文字,没有问题。" * 400_000 + "末尾有法轮"  # about 14 MB of UTF-8
    hits = screen(text).hits
    assert [(hit.start, hit.matched) for hit in hits] == [(len(text) - 2, "法轮")]


def test_positions_are_right_after_wide_and_expanding_characters(word):
    word("法轮")
    word("ss")
    text = "\U00020000𫰛ﬁ, 法 轮\U00030001ß"
    assert [(hit.entry.word, hit.start, hit.end, hit.matched) for hit in screen(text).hits] == [
        ("法轮", 5, 8, "法 轮"),
        ("ss", 9, 10, "ß"),
    ]


def test_positions_are_right_far_into_a_text_with_many_dropped_characters(word):
    word("法轮")
    text = ("新闻, 文字。" * 2000 + "法*轮") * 2
    assert [(hit.start, hit.end) for hit in screen(text).hits] == [(14000, 14003), (28003, 28006)]
