"""A dictionary file: UTF-8 text or CSV, one word a line, with its settings after it:

    word[,category[,level[,action[,whole word[,replacement[,note]]]]]]

e.g. `某词,政治,1,屏蔽` or `某词,广告,3,替换,否,＊＊`. Blank lines and lines starting with #
are skipped. Actions and yes/no may be written in Chinese or English (屏蔽/block, 是/yes)."""

import csv
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from .folding import fold
from .models import Action, Category, SensitiveWord

ACTIONS = {**{label: value for value, label in Action.choices}, **{value: value for value in Action.values}}
YES, NO = {"是", "y", "yes", "true", "1", "整词"}, {"", "否", "n", "no", "false", "0"}
FIELDS = ("word", "category", "level", "action", "whole_word", "replacement", "note")


class DictionaryFileError(ValueError):
    pass


@dataclass
class Line:
    number: int
    values: dict


def read_lines(lines):
    """Every word of the file as a Line, or DictionaryFileError naming the first bad line."""
    found, seen = [], {}
    for number, row in enumerate(csv.reader(lines), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        try:
            values = _values(row)
        except ValidationError as error:
            raise DictionaryFileError(f"第 {number} 行有误({','.join(row)}):{'；'.join(error.messages)}") from None
        key = fold(values["word"])
        if key in seen:
            raise DictionaryFileError(f"第 {number} 行与第 {seen[key]} 行是同一个词:{values['word']}")
        seen[key] = number
        found.append(Line(number, values))
    return found


def _values(row):
    if len(row) > len(FIELDS):
        raise ValidationError(f"最多 {len(FIELDS)} 列")
    cells = dict(zip(FIELDS, (cell.strip() for cell in row), strict=False))
    word = cells["word"]
    if not fold(word):
        raise ValidationError("敏感词为空,或只有空格和符号")
    if len(word) > 100:
        raise ValidationError("敏感词超过 100 个字")
    category = cells.get("category") or Category.OTHER
    if category not in Category.values:
        raise ValidationError(f"类别须为 {'/'.join(Category.values)} 之一")
    level = cells.get("level") or "2"
    if level not in ("1", "2", "3"):
        raise ValidationError("级别须为 1、2 或 3")
    action = ACTIONS.get((cells.get("action") or Action.REVIEW).lower())
    if action is None:
        raise ValidationError("处理方式须为 屏蔽/送审/替换(block/review/replace)")
    whole = (cells.get("whole_word") or "").lower()
    if whole not in YES | NO:
        raise ValidationError("整词匹配须为 是 或 否")
    return {
        "word": word,
        "category": category,
        "level": int(level),
        "action": action,
        "whole_word": whole in YES,
        "replacement": cells.get("replacement", "")[:100],
        "note": cells.get("note", ""),
    }


def save_lines(lines, progress=None):
    """Add new words and update changed ones; (added, updated, unchanged). Run it in a
    transaction: a failure leaves the dictionary as it was."""
    existing = {word.word: word for word in SensitiveWord.objects.all()}
    new, changed, unchanged = [], [], 0
    for line in lines:
        word = existing.get(line.values["word"])
        if word is None:
            new.append(SensitiveWord(**line.values))
        elif any(getattr(word, name) != value for name, value in line.values.items()):
            for name, value in line.values.items():
                setattr(word, name, value)
            changed.append(word)
        else:
            unchanged += 1
        if progress:
            progress.update()
    SensitiveWord.objects.bulk_create(new, batch_size=2000)
    SensitiveWord.objects.bulk_update(changed, [name for name in FIELDS if name != "word"], batch_size=2000)
    return len(new), len(changed), unchanged
