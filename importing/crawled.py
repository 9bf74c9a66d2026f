"""Read the extracted text of a 中工网 article page into its regions (pure parsing).

The regions are found by anchors, never by fixed line numbers:

- the top navigation: the first line, the home label (…首页) followed by the channel
  names run together without separators (see `split_nav_channels`);
- the header, top down: the sub-site title (the site's short name + a channel name,
  e.g. 中工工会), its sub-channels (short labels), the leaders box (a heading ending in
  领导, then one "name titles" line per person); each part is optional;
- the headline just above the byline: optional 引题, the 标题, optional ——副题 lines;
- the byline: the line directly above the publish time (no blank line between) when
  people.bylines reads it as one (本报记者 林某 通讯员 王某: roles and names); the publish
  time line: YYYY-MM-DD HH:MM:SS, Beijing time;
- the body: from the publish time to the first 来源:/编辑: line;
- the page footer: 友情链接 and the names line after it, licence lines, the line with
  举报电话 (footer links and hotlines), Copyright, the 扫码关注 panel closed by ×.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from news import publish_times
from people.bylines import Credit, parse_byline

BEIJING = ZoneInfo("Asia/Shanghai")
# A crawled article page is tens of kilobytes; the longest articles a few ten thousand
# characters. Far more is not an article (a 50 MB file made a 52 MB page and a 210 MB API answer).
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_BODY_CHARACTERS = 100_000
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
HOME_SUFFIX = "首页"
DEFAULT_SHORT_NAME = "中工"
SUBTITLE_MARK = "——"
FRIENDLY_HEADING = "友情链接"
HOTLINE_WORD = "举报电话"
FOLLOW_TITLE = "扫码关注"
CLOSE_MARKS = {"×", "✕", "X", "x", "关闭"}
LICENCE_WORDS = ("ICP", "许可证", "备案", "公约")

_TIME_LIKE = re.compile(r"^[\d\s\-/.:年月日时分秒]+$")
_DATE_START = re.compile(r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
_LABELLED = re.compile(r"(来源|责任编辑|编辑)[::]\s*(.*?)\s*(?=(?:来源|责任编辑|编辑)[::]|$)")
_NAME = re.compile(r"^[\u4e00-\u9fff·A-Za-z]{2,6}$")
_SHORT_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,8}$")
_COMMAS = re.compile(r"[,,]")
_COPYRIGHT = re.compile(r"^(copyright|©|\(c\))", re.IGNORECASE)


class CrawledPageError(ValueError):
    """The page cannot be imported; the message names the line (1-based) when one is to
    blame, and what was expected."""

    def __init__(self, line: int | None, message: str):
        self.line, self.message = line, message
        super().__init__(f"第 {line} 行:{message}" if line else message)


class Line(NamedTuple):
    number: int
    text: str  # stripped of surrounding spaces, full-width spaces and nbsp


class Leader(NamedTuple):
    name: str
    titles: list[str]


class Licence(NamedTuple):
    row: int
    text: str


class Hotline(NamedTuple):
    label: str
    number: str


@dataclass
class CrawledPage:
    title: str
    publish_time: datetime
    body: list[str]
    source: str
    editor: str
    kicker: str = ""
    subtitle: str = ""
    credits: list[Credit] = field(default_factory=list)  # 署名: (role, name) in byline order
    home_label: str = ""
    nav_channels: list[str] = field(default_factory=list)
    subsite_title: str = ""
    channel_name: str = ""
    sub_channels: list[str] = field(default_factory=list)
    leaders: list[Leader] = field(default_factory=list)
    friendly_links: list[str] = field(default_factory=list)
    licences: list[Licence] = field(default_factory=list)
    footer_links: list[str] = field(default_factory=list)
    hotlines: list[Hotline] = field(default_factory=list)
    copyright: str = ""
    follow_title: str = ""
    social_accounts: list[str] = field(default_factory=list)
    # Where some regions sit, so errors found later (no such channel …) can name a line.
    title_line: int = 0
    subsite_line: int | None = None
    follow_line: int | None = None

    @property
    def authors(self):
        return [credit.name for credit in self.credits]


def read_crawled_file(path) -> str:
    """The file's text; a file that is not UTF-8 is refused, naming the first bad line."""
    size = Path(path).stat().st_size
    if size > MAX_FILE_BYTES:
        raise CrawledPageError(None, f"文件过大:{size:,} 字节,上限 {MAX_FILE_BYTES:,} 字节(一篇文章页通常不足 100 KB)")
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CrawledPageError(line, f"文件不是 UTF-8 编码的文本(第 {error.start + 1} 字节无法解码)") from None


def parse_crawled_page(text: str, known_channels=()) -> CrawledPage:
    """Read a page's text; `known_channels` are channel names that help split the nav."""
    if len(text.encode()) > MAX_FILE_BYTES:
        raise CrawledPageError(None, f"文本过大:上限 {MAX_FILE_BYTES:,} 字节(一篇文章页通常不足 100 KB)")
    lines = _lines(text)
    if not any(line.text for line in lines):
        raise CrawledPageError(1, "文件是空的,应为抓取的文章页文本")
    time_at = _time_index(lines)
    publish_time = _parse_time(lines[time_at])
    footer_at = _article_footer_index(lines, time_at)
    byline_at, credits = _byline(lines, time_at)
    head = [line for line in lines[:byline_at] if line.text]
    nav, head = _nav(head, known_channels)
    subsite, head = _subsite(head, nav)
    leaders, head = _leaders(head)
    headline = _headline(head, lines[byline_at])
    source, editor, after = _article_footer(lines, footer_at)
    return CrawledPage(
        publish_time=publish_time,
        credits=credits,
        body=_body(lines, time_at, footer_at),
        source=source,
        editor=editor,
        leaders=leaders,
        **nav,
        **subsite,
        **headline,
        **_page_footer(lines[after:]),
    )


def split_nav_channels(run: str, known_channels=()) -> list[str]:
    """Split the nav names run together ("时政评论国际…"): at each position take the
    longest known channel name that starts there, else the next 2 characters (every
    channel name of 中工网 has 2 characters)."""
    known = sorted({name for name in known_channels if name}, key=len, reverse=True)
    names, at = [], 0
    while at < len(run):
        name = next((k for k in known if run.startswith(k, at)), run[at : at + 2])
        names.append(name)
        at += len(name)
    return names


def _lines(text):
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [Line(number, raw.strip()) for number, raw in enumerate(text.split("\n"), start=1)]


# --- the article -------------------------------------------------------------------


def _time_index(lines):
    """The first line that looks like a date and time, well formed or not, so a
    malformed one is reported rather than read as the title or the body."""
    for at, line in enumerate(lines):
        if _looks_like_time(line.text):
            return at
    labelled = next((line for line in lines if _LABELLED.match(line.text)), None)
    if labelled:
        raise CrawledPageError(labelled.number, "此行之前应有发布时间行,格式为 YYYY-MM-DD HH:MM:SS")
    raise CrawledPageError(lines[-1].number, "直到文件末尾也没有发布时间行(格式 YYYY-MM-DD HH:MM:SS)")


def _looks_like_time(text):
    if _TIME_LIKE.match(text) and sum(c.isdigit() for c in text) >= 8:
        return True
    return len(text) <= 30 and bool(_DATE_START.match(text))


def _parse_time(line):
    try:
        naive = datetime.strptime(line.text, TIME_FORMAT)
    except ValueError:
        raise CrawledPageError(line.number, f"发布时间格式应为 YYYY-MM-DD HH:MM:SS,实为“{line.text}”") from None
    when = naive.replace(tzinfo=BEIJING)
    problem = publish_times.problem(when)
    if problem:
        raise CrawledPageError(line.number, f"{problem}(实为“{line.text}”)")
    return when


def _article_footer_index(lines, time_at):
    for at in range(time_at + 1, len(lines)):
        if _LABELLED.match(lines[at].text):
            return at
    raise CrawledPageError(lines[-1].number, "直到文件末尾也没有“来源:”或“编辑:”行,正文应在其前结束")


def _byline(lines, time_at):
    """(index where the headline region ends, the byline's credits)."""
    above = lines[time_at - 1].text if time_at else ""
    credits = [] if above.startswith(SUBTITLE_MARK) else parse_byline(above)
    if credits:
        return time_at - 1, credits
    return time_at, []


def _headline(head, next_line):
    """引题 / 标题 / 副题: what is left above the byline once the header is taken."""
    head = list(head)
    subtitles = []
    while head and head[-1].text.startswith(SUBTITLE_MARK):
        subtitles.insert(0, head.pop().text.lstrip("—").strip())
    if not head:
        raise CrawledPageError(next_line.number, "此行之前应有标题")
    if len(head) > 2:
        raise CrawledPageError(head[0].number, f"无法识别“{head[0].text}”:标题之前最多只有一行引题")
    title = head[-1]
    return {
        "kicker": head[0].text if len(head) == 2 else "",
        "title": title.text,
        "title_line": title.number,
        "subtitle": " ".join(subtitles),
    }


def _body(lines, time_at, footer_at):
    body = [line for line in lines[time_at + 1 : footer_at] if line.text]
    if not body:
        raise CrawledPageError(lines[footer_at].number, "发布时间与此行之间应有正文")
    total = 0
    for line in body:
        total += len(line.text)
        if total > MAX_BODY_CHARACTERS:
            raise CrawledPageError(line.number, f"正文到此行已超过 {MAX_BODY_CHARACTERS:,} 字,不像一篇文章")
    return [line.text for line in body]


def _article_footer(lines, footer_at):
    """来源 and 编辑 (one or two lines); returns them and the index after them."""
    values, at = {}, footer_at
    while at < len(lines) and (not lines[at].text or _LABELLED.match(lines[at].text)):
        values.update((label, value) for label, value in _LABELLED.findall(lines[at].text) if value)
        at += 1
    if "来源" not in values:
        raise CrawledPageError(lines[footer_at].number, "正文之后应有“来源:”行")
    editor = values.get("编辑") or values.get("责任编辑")
    if not editor:
        raise CrawledPageError(lines[footer_at].number, "正文之后应有“编辑:”或“责任编辑:”行")
    return values["来源"], editor, at


# --- the header --------------------------------------------------------------------


def _nav(head, known_channels):
    first = head[0].text if len(head) > 1 else ""
    if HOME_SUFFIX not in first or any(c.isspace() for c in first):
        return {}, head
    site, _, run = first.partition(HOME_SUFFIX)
    return {"home_label": site + HOME_SUFFIX, "nav_channels": split_nav_channels(run, known_channels)}, head[1:]


def _subsite(head, nav):
    """中工工会 and its sub-channels; the title line below is never taken."""
    short_name = nav.get("home_label", "").removesuffix(HOME_SUFFIX).removesuffix("网") or DEFAULT_SHORT_NAME
    if len(head) < 2 or not _is_subsite_title(head[0].text, short_name, nav.get("nav_channels")):
        return {}, head
    title, head = head[0], head[1:]
    sub_channels = []
    while len(head) > 1 and _SHORT_LABEL.match(head[0].text) and not _is_leaders_heading(head[0].text):
        sub_channels.append(head.pop(0).text)
    found = {
        "subsite_title": title.text,
        "channel_name": title.text.removeprefix(short_name),
        "sub_channels": sub_channels,
        "subsite_line": title.number,
    }
    return found, head


def _is_subsite_title(text, short_name, nav_channels):
    channel = text.removeprefix(short_name)
    if channel == text or not _SHORT_LABEL.match(text) or _is_leaders_heading(text):
        return False
    return not nav_channels or channel in nav_channels


def _is_leaders_heading(text):
    return bool(_SHORT_LABEL.match(text)) and text.endswith("领导")


def _leaders(head):
    """The leaders box: its heading, then "name titles" lines in page order. Every such
    line is taken, so a page whose title is missing is refused, not titled with a name."""
    if len(head) < 2 or not _is_leaders_heading(head[0].text):
        return [], head
    head, leaders = head[1:], []
    while head and (leader := _leader(head[0].text)):
        leaders.append(leader)
        head = head[1:]
    return leaders, head


def _leader(text):
    """One line of the box: "陈 刚 全国总工会党组书记、副主席,机关党委书记" → Leader("陈刚", two titles).
    A two-character name is padded to the width of three with spaces, so leading
    one-character pieces belong together."""
    pieces = text.split()
    taken = 1
    while len(pieces[0]) == 1 and taken < len(pieces) and len(pieces[taken]) == 1:
        taken += 1
    name = "".join(pieces[:taken])
    if taken >= len(pieces) or not _NAME.match(name):
        return None
    titles = [re.sub(r"\s*、\s*", "、", title.strip()) for title in _COMMAS.split(text.split(None, taken)[-1])]
    return Leader(name, [title for title in titles if title])


# --- the page footer ---------------------------------------------------------------


def _page_footer(lines):
    friendly_links, after_friendly = _friendly_links(lines)
    hotline_at = _find(lines, lambda text: HOTLINE_WORD in text)
    return {
        "friendly_links": friendly_links,
        "licences": _licences(lines[after_friendly:hotline_at]),
        **_footer_links(lines[hotline_at].text if hotline_at is not None else ""),
        "copyright": next((line.text for line in lines if _is_copyright(line.text)), ""),
        **_follow_panel(lines),
    }


def _friendly_links(lines):
    """The names on the line after 友情链接, and the index after that line."""
    heading = _find(lines, lambda text: text == FRIENDLY_HEADING)
    names_at = None if heading is None else _find(lines, bool, start=heading + 1)
    if names_at is None:
        return [], 0
    return _items(lines[names_at].text), names_at + 1


def _find(lines, test, start=0):
    return next((at for at in range(start, len(lines)) if test(lines[at].text)), None)


def _items(text):
    return [item.strip() for item in text.split("|") if item.strip()]


def _licences(lines):
    """Each footer line that holds a licence or filing number is one row of items."""
    rows = [line.text for line in lines if any(word in line.text for word in LICENCE_WORDS)]
    return [Licence(row, item) for row, text in enumerate(rows, start=1) for item in _items(text)]


def _footer_links(text):
    """关于我们 | … | 违法和不良信息举报电话:010-… : labels, then the hotlines."""
    links, hotlines = [], []
    for item in _items(text):
        label, *number = re.split(r"[::]", item, maxsplit=1)
        if number and "电话" in label:
            hotlines.append(Hotline(label.strip(), number[0].strip()))
        else:
            links.append(item)
    return {"footer_links": links, "hotlines": hotlines}


def _is_copyright(text):
    return bool(_COPYRIGHT.match(text)) or "版权所有" in text


def _follow_panel(lines):
    """扫码关注, then the account names; a name may wrap (工人日报 / 客户端): lines with no
    blank line between them are one name. The close mark × ends the panel."""
    at = _find(lines, lambda text: text == FOLLOW_TITLE)
    if at is None:
        return {}
    names, current = [], []
    for line in lines[at + 1 :]:
        if line.text in CLOSE_MARKS:
            break
        if line.text:
            current.append(line.text)
        elif current:
            names.append("".join(current))
            current = []
    if current:
        names.append("".join(current))
    return {"follow_title": lines[at].text, "follow_line": lines[at].number, "social_accounts": names}
