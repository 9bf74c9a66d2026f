"""稿件: one article with everything the article page shows."""

from ninja import Router
from ninja.errors import HttpError

from delivery.tags import TAGGED_SECONDS, cache_response

from ..errors import responses
from ..params import ArticleId
from ..queries import live_article
from ..schemas import ArticleDetail

router = Router(tags=["稿件"])


@router.get(
    "/articles/{article_id}",
    response=responses(ArticleDetail, 404, 422),
    summary="稿件详情",
    description="已发布稿件的全部内容:正文既有净化过的 HTML(图片、链接为绝对地址),也有纯文本。"
    "草稿、已撤下或不存在的稿件返回 404。",
)
def article(request, article_id: ArticleId):
    cache_response(TAGGED_SECONDS)
    found = live_article(article_id)
    if found is None:
        raise HttpError(404, f"稿件不存在或未发布:{article_id}")
    return found
