"""站内搜索 through the site's search service, the same one the search page uses."""

from datetime import date
from typing import Annotated, Literal

from ninja import Query, Router
from ninja.errors import HttpError

from sitesearch.services import MAX_RESULTS, QueryError, search

from ..errors import responses
from ..params import MAX_ID, served_date
from ..queries import live_channel, with_relations
from ..schemas import SearchOut

router = Router(tags=["站内搜索"])

PAGE_SIZE = 20
MAX_PAGE = MAX_RESULTS // PAGE_SIZE

Keywords = Annotated[str, Query(description="关键词")]
Scope = Annotated[int | None, Query(None, ge=1, le=MAX_ID, description="栏目 ID,只搜该栏目及其子栏目")]
Start = Annotated[date | None, Query(None, description="开始日期 YYYY-MM-DD(北京时间,含当天)")]
End = Annotated[date | None, Query(None, description="结束日期 YYYY-MM-DD(北京时间,含当天)")]
Order = Annotated[Literal["relevance", "newest"], Query("relevance", description="relevance 按相关度,newest 按时间")]
Parts = Annotated[bool, Query(False, description="没有完全一致的结果时,列出各词分开出现的稿件")]
Page = Annotated[int, Query(1, ge=1, le=MAX_PAGE, description="页码,从 1 开始")]


@router.get(
    "/search",
    response=responses(SearchOut, 400, 404, 422),
    summary="站内搜索",
    description="在已发布稿件中搜索,可限定栏目(含子栏目)和北京时间日期范围(两端都含)。"
    f"每页 {PAGE_SIZE} 条,最多 {MAX_PAGE} 页。无法搜索的关键词(空的、过长的、没有可搜索的字词)返回 400 及原因。",
)
def site_search(request, q: Keywords, channel: Scope, start: Start, end: End, order: Order, parts: Parts, page: Page):
    scope = _channel(channel)
    try:
        results = search(
            q,
            channel=scope,
            start=start and served_date(start, "开始日期"),
            end=end and served_date(end, "结束日期"),
            order=order,
            offset=(page - 1) * PAGE_SIZE,
            limit=PAGE_SIZE,
            parts=parts,
        )
    except QueryError as error:
        raise HttpError(400, str(error)) from error
    with_relations([hit.article for hit in results.hits])
    return {
        "total": results.total,
        "capped": results.capped,
        "typed": results.typed,
        "words": list(results.words),
        "apart": results.apart,
        "page": page,
        "page_size": PAGE_SIZE,
        "has_next": page * PAGE_SIZE < results.reachable and page < MAX_PAGE,
        "items": results.hits,
    }


def _channel(channel_id):
    if channel_id is None:
        return None
    channel = live_channel(channel_id)
    if channel is None:
        raise HttpError(404, f"栏目不存在或未发布:{channel_id}")
    return channel
