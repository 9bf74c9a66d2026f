"""What the app receives. Article schemas resolve their fields from the models themselves."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from ninja import Field, Schema
from pydantic import AfterValidator

from archive.calendar import BEIJING
from news.models import Channel
from ranking.queries import PERIODS

from . import links
from .queries import DETAIL_IMAGE, ITEM_IMAGE

# Times are shown the way the newsroom reads them: Beijing time, +08:00.
BeijingTime = Annotated[datetime, AfterValidator(lambda value: value.astimezone(BEIJING))]
Period = StrEnum("Period", {name: name for name in PERIODS})


class ErrorOut(Schema):
    message: str = Field(description="错误说明(中文,可直接展示给读者)")


class FieldErrorOut(Schema):
    field: str = Field(description="出错的参数,例如 query.limit")
    message: str = Field(description="出错原因")


class ValidationErrorOut(ErrorOut):
    errors: list[FieldErrorOut] = Field(description="逐个参数的错误")


class ChannelRef(Schema):
    id: int = Field(description="栏目 ID")
    title: str = Field(description="栏目名称")


class ChannelNode(Schema):
    id: int = Field(description="栏目 ID")
    title: str = Field(description="栏目名称")
    slug: str = Field(description="栏目在网址中的名称")
    kind: Channel.Kind = Field(description="类型:news 新闻列表,pictures 图片列表,video 视频列表,link 外部链接")
    url: str | None = Field(description="栏目网页的绝对地址;外部链接栏目为其链接地址")
    intro: str = Field(description="栏目介绍")
    in_menu: bool = Field(description="是否显示在导航中")
    children: list["ChannelNode"] = Field(description="子栏目,按导航顺序")


class ChannelTreeOut(Schema):
    channels: list[ChannelNode] = Field(description="顶级栏目,按导航顺序")


class ImageOut(Schema):
    url: str = Field(description="图片地址(绝对地址)")
    width: int = Field(description="宽度(像素)")
    height: int = Field(description="高度(像素)")
    caption: str = Field(description="图片说明")
    credit: str = Field(description="摄影/来源")


class BylineOut(Schema):
    role: str = Field(description="署名角色,如 本报记者、通讯员、文/图;没有时为空字符串")
    name: str = Field(description="姓名")


class ArticleItem(Schema):
    id: int = Field(description="稿件 ID")
    title: str = Field(description="标题")
    kicker: str = Field(description="引题")
    subtitle: str = Field(description="副题")
    summary: str = Field(description="摘要")
    publish_time: BeijingTime = Field(description="发布时间(北京时间,+08:00)")
    channel: ChannelRef | None = Field(description="所属栏目")
    url: str | None = Field(description="稿件网页的绝对地址")
    lead_image: ImageOut | None = Field(description=f"题图({ITEM_IMAGE} 缩略图),无题图时为 null")
    authors: list[str] = Field(description="作者,按署名顺序")
    bylines: list[BylineOut] = Field(description="署名,按顺序,每项为角色与姓名(如 本报记者 林某)")

    @staticmethod
    def resolve_channel(article):
        return article.primary_channel

    @staticmethod
    def resolve_url(article, context):
        return links.page_url(context["request"], article)

    @staticmethod
    def resolve_lead_image(article, context):
        return links.image(context["request"], article.lead_image, ITEM_IMAGE)

    @staticmethod
    def resolve_authors(article):
        return [byline.author.name for byline in article.bylines.all()]

    @staticmethod
    def resolve_bylines(article):
        return [{"role": byline.role, "name": byline.author.name} for byline in article.bylines.all()]


class ArticleDetail(ArticleItem):
    lead_image: ImageOut | None = Field(description=f"题图({DETAIL_IMAGE}),无题图时为 null")
    last_modified: BeijingTime = Field(description="最后修改(发布)时间(北京时间,+08:00)")
    source: str = Field(description="来源")
    editor: str = Field(description="责任编辑")
    tags: list[str] = Field(description="标签")
    body_html: str = Field(description="正文 HTML(已净化;图片和链接为绝对地址)")
    body_text: str = Field(description="正文纯文本,每段一行")

    @staticmethod
    def resolve_lead_image(article, context):
        return links.image(context["request"], article.lead_image, DETAIL_IMAGE)

    @staticmethod
    def resolve_last_modified(article):
        return article.last_published_at or article.publish_time

    @staticmethod
    def resolve_tags(article):
        return [tag.name for tag in article.tags.all()]

    @staticmethod
    def resolve_body_html(article, context):
        # Block by block, as the article page renders it (no StreamField wrapper divs).
        markup = "".join(block.render_as_block() for block in article.body)
        return links.absolutize_html(context["request"], markup)

    @staticmethod
    def resolve_body_text(article):
        return article.body_text()


class ArticlePageOut(Schema):
    items: list[ArticleItem] = Field(description="稿件,新的在前")
    next_cursor: str | None = Field(description="下一页的游标,原样传回 cursor 参数;没有更多时为 null")


class CalendarDayOut(ArticlePageOut):
    day: date = Field(description="北京时间日期")


class RankedArticle(Schema):
    rank: int = Field(description="名次,从 1 开始")
    views: int = Field(description="该时段内的阅读数")
    article: ArticleItem


class RankingOut(Schema):
    period: Period = Field(description="时段:day 24小时,week 7天,month 30天")
    label: str = Field(description="时段名称,如 24小时")
    items: list[RankedArticle] = Field(description="阅读最多的稿件,多的在前")


class SearchHitOut(Schema):
    article: ArticleItem
    title_html: str = Field(description="标题 HTML,命中的词用 <mark> 标出")
    snippet_html: str = Field(description="正文摘录 HTML,命中的词用 <mark> 标出")
    tier: str = Field(
        description="命中层级:typed 完全一致(字字相连),one_place 各词同在标题或同在导语,apart 各词分散出现"
    )


class SearchOut(Schema):
    total: int = Field(description="命中的稿件总数,数到 1000 为止")
    capped: bool = Field(description="命中数达到 1000 的上限时为 true(实际更多)")
    typed: int = Field(description="其中完全一致(字字相连)的篇数")
    words: list[str] = Field(description="搜索词拆成的词语;没有完全一致的结果时可带 parts=true 按这些词分开搜索")
    apart: int = Field(description="没有完全一致的结果时,各词分开出现的篇数(未列出,带 parts=true 查看)")
    page: int = Field(description="当前页码,从 1 开始")
    page_size: int = Field(description="每页条数")
    has_next: bool = Field(description="是否还有下一页")
    items: list[SearchHitOut] = Field(description="本页结果")
