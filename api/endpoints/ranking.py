"""新闻排行: the most-read articles of the last 24 hours, 7 days or 30 days."""

from typing import Annotated

from ninja import Path, Query, Router

from delivery.tags import COUNTED_SECONDS, cache_response
from ranking.queries import PERIODS, top_articles

from ..errors import responses
from ..queries import with_relations
from ..schemas import Period, RankingOut

router = Router(tags=["新闻排行"])

TopN = Annotated[int, Query(10, ge=1, le=50, description="条数,1–50")]


@router.get(
    "/ranking/{period}",
    response=responses(RankingOut, 422),
    summary="新闻排行",
    description="时段内阅读最多的已发布稿件及其阅读数(来自真实的阅读计数),阅读数相同时新的在前。"
    "时段:day 24小时,week 7天,month 30天。",
)
def ranking(request, period: Annotated[Period, Path(description="时段")], limit: TopN):
    cache_response(COUNTED_SECONDS)
    rows = top_articles(period.value, limit=limit)
    with_relations([article for article, _ in rows])
    return {
        "period": period,
        "label": PERIODS[period.value][0],
        "items": [{"rank": rank, "views": views, "article": article} for rank, (article, views) in enumerate(rows, 1)],
    }
