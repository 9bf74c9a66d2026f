"""The footer's filing and licence numbers, and where a reader checks each one.

The kind is read from the number as the authorities print it (京ICP证…, 京ICP备…号,
京公网安备…, 互联网新闻信息服务许可证…), so an imported footer needs no editing."""

import re

ICP_LICENCE = "icp_licence"
ICP_FILING = "icp_filing"
POLICE_FILING = "police_filing"
NEWS_LICENCE = "news_licence"
OTHER = "other"

KINDS = [
    (ICP_LICENCE, "ICP经营许可证"),
    (ICP_FILING, "ICP备案号"),
    (POLICE_FILING, "公安机关备案号"),
    (NEWS_LICENCE, "互联网新闻信息服务许可证"),
    (OTHER, "其他许可证"),
]
# The national systems where a number can be looked up: MIIT's ICP filing system for
# both ICP numbers, the Ministry of Public Security's for 公网安备 (by its digits).
ICP_SYSTEM = "https://beian.miit.gov.cn/"
POLICE_SYSTEM = "https://beian.mps.gov.cn/#/query/webSearch?code={digits}"

_KIND_MARKS = [
    (re.compile(r"ICP证", re.IGNORECASE), ICP_LICENCE),
    (re.compile(r"ICP备", re.IGNORECASE), ICP_FILING),
    (re.compile(r"公网安备"), POLICE_FILING),
    (re.compile(r"新闻信息服务许可"), NEWS_LICENCE),
]


def kind_of(text):
    """The kind of a footer number from its text; OTHER when it names none of the above."""
    return next((kind for mark, kind in _KIND_MARKS if mark.search(text)), OTHER)


def lookup_url(kind, text):
    """Where the number is checked, or "" for kinds with no public lookup."""
    if kind in (ICP_LICENCE, ICP_FILING):
        return ICP_SYSTEM
    if kind == POLICE_FILING:
        digits = "".join(re.findall(r"[0-9]", text))
        return POLICE_SYSTEM.format(digits=digits) if digits else ""
    return ""
