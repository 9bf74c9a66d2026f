"""Parameters shared by several operations, as annotated types."""

from typing import Annotated

from ninja import Path, Query
from ninja.errors import HttpError

from archive.calendar import FIRST_YEAR, Month, last_year

# Ids are 64-bit in the database; larger numbers are refused before they reach it.
MAX_ID = 2**63 - 1

ChannelId = Annotated[int, Path(ge=1, le=MAX_ID, description="栏目 ID")]
ArticleId = Annotated[int, Path(ge=1, le=MAX_ID, description="稿件 ID")]
Cursor = Annotated[str | None, Query(None, description="上一页返回的 next_cursor,原样传回;第一页不传")]
Limit = Annotated[int, Query(20, ge=1, le=50, description="每页条数,1–50")]


def served_date(day, label="日期"):
    """`day` if the news calendar serves it (1990 to next year): any other date is refused
    with a 400, also because a day range far out of it overflows datetime."""
    if not Month.of(day).is_served():
        raise HttpError(400, f"{label} {day} 超出范围:只能查询 {FIRST_YEAR} 年至 {last_year()} 年的日期。")
    return day
