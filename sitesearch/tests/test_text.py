"""Normalisation and index terms: plain Python, no database."""

from sitesearch.text import fold, grams, normalize, query_words


def test_chinese_runs_become_pairs_and_their_last_character():
    assert grams("夜校开课") == "夜校 校开 开课 课"
    assert grams("在") == "在"


def test_letters_and_digits_stay_whole_and_runs_stay_in_order():
    assert grams("共300多名职工,ChatGPT 5") == "共 300 多名 名职 职工 工 chatgpt 5"


def test_no_pair_is_made_across_punctuation():
    assert "会改" not in grams("工会,改革").split()


def test_traditional_full_width_and_case_are_folded():
    assert normalize("全國總工會 ＣｈａｔＧＰＴ\u3000Ａｉ") == "全国总工会 chatgpt ai"
    assert grams("勞動模範") == grams("劳动模范")


def test_punctuation_symbols_and_emoji_are_not_terms():
    assert grams("“工会”!!😀……") == "工会 会"
    assert grams("😀!!") == ""


def test_queries_are_cut_into_words_without_overlaps():
    assert query_words(normalize("全国总工会 召开")) == ["全国总工会", "召开"]


def test_fold_keeps_the_length_for_highlighting():
    text = "全國總工會ABC"
    assert fold(text) == "全国总工会abc" and len(fold(text)) == len(text)
