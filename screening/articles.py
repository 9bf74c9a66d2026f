"""Articles under the screen: the text a reviewer reads (the latest revision), whether it
may be 签发, and 'replace' words replaced in every revision saved."""

import json
import re

from news.text import body_text

from .hits import screen_fields
from .matcher import screen

# The fields of an article that are published as text, in the order a reader meets them.
FIELDS = {"title": "标题", "kicker": "引题", "subtitle": "副题", "summary": "摘要", "body": "正文"}
_TAG = re.compile(r"(<[^>]*>)")


def texts(article):
    return {name: body_text(article.body) if name == "body" else getattr(article, name) for name in FIELDS}


def draft_screenings(article):
    """{field: Screening} of the article as its latest revision has it."""
    draft = article.get_latest_revision_as_object()
    return {name: screen(text) for name, text in texts(draft).items()}


def screen_and_log(article, user=None):
    """Screen the latest revision and log its hits under "article:<id>"."""
    return screen_fields(f"article:{article.pk}", texts(article.get_latest_revision_as_object()), user)


def refusal(screenings):
    """Why the article may not be 签发 or published ("" when it may): its 'block' words."""
    found = _named(screenings, "block")
    return f"稿件含屏蔽词{found},不能签发或发布。请修改后重新提交三审。" if found else ""


def publishing_refusal(screenings):
    """Why it may not be published straight from the editor: a 'block' word, or a 'review'
    word, which only 三审 may let through."""
    found = _named(screenings, "review")
    return refusal(screenings) or (f"稿件含须送审的敏感词{found},不能直接发布:请提交三审。" if found else "")


def warning(screenings):
    """The 'review' words a reviewer is asked to read closely ("" when none)."""
    found = _named(screenings, "review")
    return f"稿件含须送审的敏感词{found},请审核人仔细核对。" if found else ""


def _named(screenings, action):
    return "、".join(
        dict.fromkeys(
            f"“{hit.entry.word}”({FIELDS.get(name, name)})"
            for name, screening in screenings.items()
            for hit in screening.with_action(action)
        )
    )


def replace_in_content(content):
    """A revision's content with its 'replace' words replaced: the plain fields, and the
    body's text (between the tags of a paragraph; a quote; a caption), never an address."""
    for name in ("title", "kicker", "subtitle", "summary"):
        if content.get(name):
            content[name] = screen(content[name]).replaced()
    body = content.get("body")
    if body:
        blocks = json.loads(body) if isinstance(body, str) else body
        for block in blocks:
            _replace_in_block(block)
        content["body"] = json.dumps(blocks) if isinstance(body, str) else blocks
    return content


def _replace_in_block(block):
    value = block.get("value")
    if block.get("type") == "paragraph" and isinstance(value, str):
        parts = _TAG.split(value)
        block["value"] = "".join(part if _TAG.fullmatch(part) else screen(part).replaced() for part in parts)
    elif isinstance(value, dict):
        for key in ("text", "attribution", "caption"):
            if isinstance(value.get(key), str):
                value[key] = screen(value[key]).replaced()
