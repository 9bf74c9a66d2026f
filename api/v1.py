"""Version 1 of the read-only API of the mobile app (客户端接口), at /api/v1/."""

from ninja import NinjaAPI, Swagger

from . import errors
from .endpoints import articles, calendar, channels, ranking, search

api = NinjaAPI(
    title="中工网客户端接口",
    version="1",
    description="中工网手机客户端使用的只读接口:栏目树、栏目稿件、稿件详情、站内搜索、新闻排行和新闻日历。"
    "时间均为北京时间(+08:00),网址和图片地址均为绝对地址;出错时返回 JSON,message 为中文说明。",
    urls_namespace="api-v1",
    # Swagger UI served from our own static files ("ninja" is an installed app): no CDN,
    # and no online validator badge, which would call validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)
errors.install(api)
for module in (channels, articles, search, ranking, calendar):
    api.add_router("", module.router)
