"""Segmentation and normalisation: plain Python, no database."""

from sitesearch.text import document_terms, fold, normalize, query_words, word_parts


def test_documents_keep_words_in_order_and_the_words_inside_long_ones():
    words, parts = document_terms("全国总工会召开会议")
    assert words == "全国总工会 召开 会议"
    assert set(parts.split()) == {"全国", "总工", "工会", "总工会"}


def test_words_are_not_made_across_word_boundaries():
    words, parts = document_terms("国际化工会展开幕")
    assert "工会" not in words.split() + parts.split()


def test_traditional_full_width_and_case_are_folded():
    assert normalize("全國總工會 ＣｈａｔＧＰＴ\u3000Ａｉ") == "全国总工会 chatgpt ai"
    assert document_terms("勞動模範") == document_terms("劳动模范")


def test_punctuation_and_emoji_are_not_terms():
    assert document_terms("“工会”!!😀……") == ("工会", "")


def test_queries_are_cut_without_overlaps():
    assert query_words(normalize("全国总工会 召开")) == ["全国总工会", "召开"]


def test_long_words_have_covering_parts():
    assert word_parts("全国总工会") == ("全国", "总工会")
    assert word_parts("工会") == ()


def test_fold_keeps_the_length_for_highlighting():
    text = "全國總工會ABC"
    assert fold(text) == "全国总工会abc" and len(fold(text)) == len(text)
