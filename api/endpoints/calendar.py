"""新闻日历: the articles of one Beijing day."""

from datetime import date
from typing import Annotated

from ninja import Path, Router
from ninja.errors import HttpError

from archive.queries import articles_on
from delivery.tags import TAGGED_SECONDS, cache_response

from ..cursors import page_of
from ..errors import responses
from ..params import Cursor, Limit, served_date
from ..schemas import CalendarDayOut

router = Router(tags=["新闻日历"])

Day = Annotated[str, Path(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="北京时间日期,YYYY-MM-DD")]


@router.get(
    "/calendar/{day}",
    response=responses(CalendarDayOut, 400, 422),
    summary="某日稿件",
    description="北京时间某一天发布的稿件,新的在前,按游标翻页(同栏目稿件)。"
    "不存在的日期(如 2023-02-30)或 1990 年以前、明年以后的日期返回 400。",
)
def calendar_day(request, day: Day, cursor: Cursor, limit: Limit):
    cache_response(TAGGED_SECONDS)
    try:
        parsed = date.fromisoformat(day)
    except ValueError as error:
        raise HttpError(400, f"日期不存在:{day}") from error
    served = served_date(parsed)
    return {"day": served, **page_of(articles_on(served), cursor, limit)}
