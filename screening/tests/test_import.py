"""import_sensitive_words: a dictionary file in, safe to run twice, a bad line refused whole."""

import pytest
from django.core.management import CommandError, call_command

from screening.matcher import screen
from screening.models import SensitiveWord

pytestmark = pytest.mark.django_db

GOOD = """# 敏感词库
甲词,政治,1,屏蔽
乙词,广告,3,替换,否,[已删除]
工会,其他,2,review,是

丙词
"""


def run(tmp_path, text, capsys=None):
    path = tmp_path / "words.csv"
    path.write_text(text, encoding="utf-8")
    call_command("import_sensitive_words", str(path), verbosity=0)
    return capsys.readouterr().out if capsys else ""


def test_a_file_is_imported_and_seen_by_the_screen(tmp_path, capsys):
    assert "新增 4,更新 0,未变 0" in run(tmp_path, GOOD, capsys)
    words = {word.word: word for word in SensitiveWord.objects.all()}
    assert (words["甲词"].category, words["甲词"].level, words["甲词"].action) == ("政治", 1, "block")
    assert (words["乙词"].action, words["乙词"].replacement) == ("replace", "[已删除]")
    assert words["工会"].whole_word and words["丙词"].action == "review"
    assert screen("有甲词").blocked


def test_running_it_twice_changes_nothing_more(tmp_path, capsys):
    run(tmp_path, GOOD)
    assert "新增 0,更新 0,未变 4" in run(tmp_path, GOOD, capsys)
    assert "新增 0,更新 1,未变 3" in run(tmp_path, GOOD.replace("甲词,政治,1", "甲词,政治,2"), capsys)
    assert SensitiveWord.objects.get(word="甲词").level == 2


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("丁词,政治,5,屏蔽", "级别须为 1、2 或 3"),
        ("丁词,政治,1,删除", "处理方式须为"),
        ("丁词,宗教", "类别须为"),
        (" * ,政治", "敏感词为空"),
        ("甲 词", "与第 2 行是同一个词"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_saved(tmp_path, line, says):
    with pytest.raises(CommandError) as refused:
        run(tmp_path, GOOD + line + "\n")
    assert "第 7 行" in str(refused.value) and says in str(refused.value)
    assert not SensitiveWord.objects.exists()


def test_a_file_not_in_utf8_is_refused(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("甲词,政治".encode("gbk"))
    with pytest.raises(CommandError, match="不是 UTF-8"):
        call_command("import_sensitive_words", str(path), verbosity=0)
