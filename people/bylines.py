"""署名行: a byline as newsrooms write it, read into credits (role, name), and written back.

"本报记者 林某 通讯员 王某" → [Credit("本报记者", "林某"), Credit("通讯员", "王某")]. What is read:

- roles (署名角色): a word ending in 记者, 通讯员, 实习生, 撰稿人, 评论员, 摄影 … with anything
  Chinese before it (本报, 新华社, 工人日报-中工网, 首席, 驻京, 特约, 见习), or one of the
  standalone words 文, 图, 作者, 整理 …; joined by "/" (文/图, 文/本报记者); before the names,
  after a colon (记者:张某), or run together with them when it has a prefix (本报记者张三);
  摄, 整理, 编译 … may also follow the names ("张三 摄"), when the line has no other role.
  Roles are read in simplified characters (本報記者 → 本报记者);
- names: 2–4 Chinese characters ("王 芳", padded to the width of three, is one name), names
  with a middle dot (阿卜杜·热合曼, any dot written as ·), or Latin names: capitalised words
  separated by spaces only are one name ("John Smith"; "John Smith, Jane Doe" are two).
  Names stay in the characters they are written in; a closing 报道 is dropped.
  After a role, an agency may be credited instead of a person (图/新华社, 图/中国青年报);
- separators: spaces (full-width too), 、 , ; ; an outer pair of brackets is dropped.

Anything else (a date, digits, a sentence, 来源:…, ——副题) is not a byline: parse_byline
returns [], so a caller can tell a byline line from a subtitle or body line.
"""

import re
import unicodedata
from itertools import groupby
from typing import NamedTuple

import opencc

MAX_TEXT = 200
MAX_ROLE = 20  # Byline.role
MAX_NAME = 60  # Author.name
MAX_CREDITS = 30
MAX_ROLE_PREFIX = 10  # 工人日报-中工网, 本报特约, 中国青年报驻四川

# Words that end a role, whatever Chinese comes before them (新华社记者, 本报特约撰稿人).
ROLE_ENDINGS = ("记者", "通讯员", "实习生", "撰稿人", "评论员", "观察员", "摄影", "摄影师", "摄像", "主笔")
# Roles written after the names ("张三 摄"), and shown after them.
POSTPOSED = {"摄", "绘", "供图", "整理", "编译", "翻译", "执笔"}
# Roles only as they are, so that a name ending in 文 or 图 is not read as one.
ROLE_WORDS = {"文", "图", "文图", "图文", "作者", "撰文", "漫画", "制图"} | POSTPOSED
# 本报, 本刊 …: never a name; they belong to the role that follows ("本报 记者 张三").
OWN_OUTLET = {"本报", "本刊", "本台", "本网", "本社", "本站"}
# An outlet written apart from its role ("新华社 记者 张三") ends so.
OUTLET_ENDINGS = ("社", "报", "网", "台", "刊", "杂志", "客户端")

# Words of a sentence, never of an outlet or a rank: "…采访了一位青年记者 张三" is no role.
_SENTENCE_WORDS = set("的了是我你他她们在把被向对说")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff"
_HAN_NAME = re.compile(rf"[{_HAN}]{{2,4}}")
_DOTTED_NAME = re.compile(rf"[{_HAN}]{{1,10}}(?:·[{_HAN}]{{1,10}})+")
_OUTLET = re.compile(rf"[{_HAN}]{{1,10}}(?:{'|'.join(OUTLET_ENDINGS)})")
_LATIN_WORD = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'.\-]*|de|da|di|du|la|le|van|von|der|bin|al")
_ROLE_PREFIX = re.compile(rf"[{_HAN}]+(?:[-—][{_HAN}]+)*")
_SEPARATED = re.compile(r"([^\s、,;]+)([\s、,;]*)")
_DOTS = re.compile(r"[・•‧∙⋅.]")
# "本报记者 张三 报道": the closing 报道 credits no one.
_REPORTS = re.compile(r"\s+报[道导]$")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_BRACKETS = {"(": ")", "[": "]", "【": "】", "〔": "〕"}
_t2s = opencc.OpenCC("t2s")


class Credit(NamedTuple):
    role: str  # 署名角色: 本报记者, 通讯员, 文/图 …; "" when the byline gives none
    name: str


class _NotAByline(Exception):
    pass


class _Role(str):
    """A role among the pieces of a byline, as opposed to a name."""


def parse_byline(text: str) -> list[Credit]:
    """The credits of a byline line in its order; [] when the text is not a byline."""
    try:
        return _credits(_pieces(_normalized(text)))
    except _NotAByline:
        return []


def is_byline(text: str) -> bool:
    return bool(parse_byline(text))


def format_credits(credits) -> str:
    """The byline for display: "本报记者 张三 李四 通讯员 王五"; names of the same role in a
    row share it, and a role written after names (摄, 整理) is shown after them."""
    parts = []
    for role, group in groupby(credits, key=lambda credit: credit.role):
        names = [credit.name for credit in group]
        # Latin names hold spaces, so a list of them is written with 、.
        names = ("、" if any(" " in name for name in names) else " ").join(names)
        if not role:
            parts.append(names)
        else:
            parts.append(f"{names} {role}" if role in POSTPOSED else f"{role} {names}")
    return " ".join(parts)


def _normalized(text):
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise _NotAByline
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).strip()
    text = re.sub(r"\s*([:/])\s*", r"\1", text)
    if text[:1] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = text[1:-1].strip()
    return _REPORTS.sub("", text)


def _pieces(text):
    """Roles (_Role) and names in order: each chunk between separators read alone, then
    names written in parts joined up."""
    pieces = []
    for chunk, separator in _SEPARATED.findall(text):
        pieces.extend((piece, bool(separator.strip())) for piece in _chunk(chunk))
    return _joined(pieces)


def _chunk(chunk):
    if ":" in chunk:
        label, _, rest = chunk.partition(":")
        return [_required_role(label), *(_chunk(rest) if rest else [])]
    if "/" in chunk:
        if role := _role(chunk):
            return [role]
        label, _, rest = chunk.rpartition("/")
        return [_required_role(label), rest]
    return [_role(chunk) or chunk]


def _required_role(text):
    role = _role(text)
    if role is None:
        raise _NotAByline
    return role


def _role(text):
    """The role `text` is ("文/本報記者" → "文/本报记者"), or None."""
    simplified = _t2s.convert(text)
    if len(simplified) > MAX_ROLE or not all(_is_role_part(part) for part in simplified.split("/")):
        return None
    return _Role(simplified)


def _is_role_part(part):
    if part in ROLE_WORDS:
        return True
    ending = next((ending for ending in ROLE_ENDINGS if part.endswith(ending)), None)
    prefix = part.removesuffix(ending) if ending else None
    if prefix is None or len(prefix) > MAX_ROLE_PREFIX or _SENTENCE_WORDS & set(prefix):
        return False
    return not prefix or bool(_ROLE_PREFIX.fullmatch(prefix))


def _joined(pieces):
    """Names out of the pieces: 本报 + 记者, "王 芳", "John Smith", 本报记者张三; each
    piece is (text, followed by 、 or a comma rather than a space)."""
    out, at = [], 0
    while at < len(pieces):
        text, marked = pieces[at]
        following = pieces[at + 1][0] if at + 1 < len(pieces) else None
        spaced = not marked and following is not None
        if isinstance(text, _Role):
            out.append(text)
        elif spaced and isinstance(following, _Role) and (text in OWN_OUTLET or _OUTLET.fullmatch(text)):
            out.append(_Role(_t2s.convert(text) + following))
            at += 1
        elif spaced and _is_single_han(text) and _is_single_han(following):
            out.append(_name(text + following))
            at += 1
        elif _LATIN_WORD.fullmatch(text):
            name, at = _latin_run(pieces, at)
            out.append(name)
            continue
        else:
            out.extend(_role_and_name(text))
        at += 1
    return out


def _is_single_han(text):
    return not isinstance(text, _Role) and len(text) == 1 and bool(re.fullmatch(f"[{_HAN}]", text))


def _latin_run(pieces, at):
    """Capitalised words separated by spaces only: one name, of at most four words."""
    words = [pieces[at][0]]
    while not pieces[at][1] and at + 1 < len(pieces) and _LATIN_WORD.fullmatch(pieces[at + 1][0]):
        at += 1
        words.append(pieces[at][0])
    name = " ".join(words)
    if len(words) > 4 or len(name) > MAX_NAME or not name[0].isupper():
        raise _NotAByline
    return name, at + 1


def _role_and_name(text):
    """A name, or a role with a prefix run together with a name (本报记者张三). A bare
    记者 is not split off, so "记者手记" stays no byline."""
    for ending in ROLE_ENDINGS:
        role, found, name = text.rpartition(ending)
        if found and role and _HAN_NAME.fullmatch(name) and (whole := _role(role + found)):
            return [whole, _name(name)]
    return [_name(text)]


def _name(text):
    """A Chinese name, or an outlet (checked in _credits to follow a role); never a role word."""
    text = _DOTS.sub("·", text)
    simplified = _t2s.convert(text)
    if simplified in OWN_OUTLET or simplified in ROLE_WORDS or any(word in simplified for word in ROLE_ENDINGS):
        raise _NotAByline
    if _HAN_NAME.fullmatch(text) or (_DOTTED_NAME.fullmatch(text) and len(text) <= 20) or _is_outlet(text):
        return text
    raise _NotAByline


def _is_outlet(text):
    return len(text) > 4 and bool(_OUTLET.fullmatch(text))


def _credits(pieces):
    """Each name with the role before it; a trailing 摄 or 整理 goes to all the names."""
    credits, role, named = [], "", True
    for piece in pieces:
        if isinstance(piece, _Role):
            if not named:
                raise _NotAByline  # a role with no name after it, then another
            role, named = str(piece), False
        else:
            if not role and _is_outlet(piece):
                raise _NotAByline  # an outlet is credited only for a role (图/中国青年报)
            credits.append(Credit(role, piece))
            named = True
    if not named:
        if role not in POSTPOSED or not credits or any(credit.role for credit in credits):
            raise _NotAByline
        credits = [Credit(role, credit.name) for credit in credits]
    if not credits or len(credits) > MAX_CREDITS:
        raise _NotAByline
    return credits
