"""An old site's archive for `make bench-import`, written from the demo's generated drafts:
crawled text pages, UTF-8 and GBK HTML pages under the old site's two URL schemes, a
WordPress export and wire feeds."""

import random
from datetime import timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

from django.utils import timezone

from demo.channels import PLANS
from demo.writing import SEED, Staff, write_draft

NAV = (
    "中工网首页时政评论国际军事社会财经企业工会维权就业论坛博客理论"
    "人物网视图画体育汽车文化书画教育读书娱乐旅游绿色城建社区打工"
)
ROLES = ["本报记者", "记者", "通讯员", "实习生"]

HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_中工网</title><meta name="ColumnName" content="{channel}">
<meta name="keywords" content="{tags}"><link rel="stylesheet" href="/css/article.css">
<script src="/js/count.js"></script></head>
<body><div class="top"><a href="/">首页</a> | <a href="/gh/">工会</a> | <a href="/sz/">时政</a></div>
<div class="position"><a href="/">中工网</a> &gt; <a href="/c/">{channel}</a></div>
<h3>{kicker}</h3><h1>{title}</h1><h2>{subtitle}</h2>
<div class="info">{time}  来源:{source}  作者:{byline}</div>
<div class="TRS_Editor">{body}</div>
<div class="editor">责任编辑:{editor}</div>
<div class="footer">Copyright 2008-2018 中工网 版权所有</div></body></html>"""


def drafts(count, kind):
    """`count` drafts over the nav's channels, about 80 a day as the old site published;
    each `kind` of page its own stories."""
    rng = random.Random(f"{SEED}:import:{kind}")
    staff, now, days = Staff(rng), timezone.now(), max(30, count / 80)
    plans = [plan for plan in PLANS if plan.has_articles and plan.title in NAV]
    for index in range(count):
        plan = plans[index % len(plans)]
        draft = write_draft(rng, plan, index, now - timedelta(days=rng.uniform(1, days)), staff)
        roles = [rng.choice(ROLES) for _ in draft.authors]
        yield index, plan, draft, " ".join(f"{role} {name}" for role, name in zip(roles, draft.authors, strict=True))


def write_crawled(folder: Path, count: int):
    for index, plan, draft, byline in drafts(count, "crawled"):
        when = timezone.localtime(draft.publish_time)
        lines = [NAV, "", f"中工{plan.title}", "", *filter(None, [draft.kicker, draft.title])]
        lines += [f"——{draft.subtitle}"] if draft.subtitle else []
        lines += [byline, f"{when:%Y-%m-%d %H:%M:%S}", ""]
        lines += [f"  {p}\n" for p in draft.paragraphs]
        lines += [f"来源:{draft.source}", f"编辑:{draft.editor}", ""]
        path = folder / "www.workercn.cn" / "c" / f"{when:%Y-%m-%d}" / f"{9_000_000 + index}.shtml.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")


def write_html(folder: Path, count: int, encoding: str):
    """UTF-8 pages under /c/DATE/ID.shtml; GBK ones under the older channel/yyyymm/dd/id.shtml."""
    for index, plan, draft, byline in drafts(count, encoding):
        when = timezone.localtime(draft.publish_time)
        if encoding == "utf-8":
            path = folder / "www.workercn.cn" / "c" / f"{when:%Y-%m-%d}" / f"{8_000_000 + index}.shtml"
        else:
            path = (
                folder
                / "build.workercn.cn"
                / str(26000 + index % 40)
                / f"{when:%Y%m}"
                / f"{when:%d}"
                / f"{when:%y%m%d%H%M%S}{index:05d}.shtml"
            )
        page = HTML.format(
            charset="utf-8" if encoding == "utf-8" else "gb2312",
            title=escape(draft.title),
            kicker=escape(draft.kicker),
            subtitle=escape(draft.subtitle),
            channel=plan.title,
            tags=",".join(draft.tags),
            time=f"{when:%Y-%m-%d %H:%M:%S}",
            source=escape(draft.source),
            byline=byline,
            editor=draft.editor,
            body="".join(f"<p>\u3000\u3000{escape(p)}</p>" for p in draft.paragraphs),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.encode("utf-8" if encoding == "utf-8" else "gb18030", errors="xmlcharrefreplace"))


WXR_HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>工人新闻网</title><link>https://news.example.cn</link><wp:wxr_version>1.2</wp:wxr_version>
"""
WXR_ITEM = """<item><title><![CDATA[{title}]]></title><link>https://news.example.cn/{when:%Y/%m}/p{number}/</link>
<dc:creator><![CDATA[{author}]]></dc:creator><guid isPermaLink="false">https://news.example.cn/?p={number}</guid>
<content:encoded><![CDATA[{body}]]></content:encoded><excerpt:encoded><![CDATA[{summary}]]></excerpt:encoded>
<wp:post_id>{number}</wp:post_id><wp:post_date_gmt><![CDATA[{gmt:%Y-%m-%d %H:%M:%S}]]></wp:post_date_gmt>
<wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="c"><![CDATA[{channel}]]></category>{tags}
</item>
"""
RSS_ITEM = """<item><title>{title}</title><link>https://wire.example.cn/{when:%Y%m}/{number}.htm</link>
<dc:creator>{byline}</dc:creator><pubDate>{rfc822}</pubDate><description><![CDATA[{body}]]></description></item>
"""


def write_wxr(folder: Path, count: int):
    """One WordPress export of `count` posts, as a site's 工具 → 导出 gives it."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "wordpress.xml", "w", encoding="utf-8") as export:
        export.write(WXR_HEAD)
        for index, plan, draft, _ in drafts(count, "wxr"):
            tags = "".join(f'<category domain="post_tag" nicename="t"><![CDATA[{t}]]></category>' for t in draft.tags)
            export.write(
                WXR_ITEM.format(
                    title=draft.title, when=draft.publish_time, number=100_000 + index, author=draft.authors[0],
                    body="\n\n".join(draft.paragraphs), summary=draft.summary, gmt=draft.publish_time,
                    channel=plan.title, tags=tags,
                )
            )
        export.write("</channel>\n</rss>\n")


def write_feeds(folder: Path, count: int, per_feed: int = 100):
    """Wire feeds (RSS 2.0) of `per_feed` stories each."""
    folder.mkdir(parents=True, exist_ok=True)
    items = []
    for index, _, draft, byline in drafts(count, "rss"):
        body = "".join(f"<p>{escape(p)}</p>" for p in draft.paragraphs)
        items.append(
            RSS_ITEM.format(
                title=escape(draft.title), when=draft.publish_time, number=index, byline=byline,
                rfc822=format_datetime(draft.publish_time), body=body,
            )
        )
    for start in range(0, len(items), per_feed):
        head = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        page = f"{head}<channel><title>新华社通稿</title><link>https://wire.example.cn/</link>"
        page += "".join(items[start : start + per_feed]) + "</channel></rss>\n"
        (folder / f"wire-{start // per_feed:04d}.xml").write_text(page, encoding="utf-8")
