"""What a story must be to become an article; said before anything is saved."""

from news import publish_times
from news.text import printable

from .formats.base import FormatError

MAX_BODY_CHARACTERS = 100_000
# Field → the longest value the article keeps (news.models.Article, people.models.Author).
LIMITS = {
    "title": 255,
    "kicker": 255,
    "subtitle": 255,
    "source": 100,
    "editor": 60,
    "original_author": 100,
    "original_url": 500,
}
LABELS = {
    "title": "标题",
    "kicker": "引题",
    "subtitle": "副题",
    "source": "来源",
    "editor": "编辑",
    "original_author": "原作者",
    "original_url": "原文网址",
}


def check_story(story, default_source):
    """Clean what XML and the database cannot carry, then refuse what cannot be filed."""
    for name in (*LIMITS, "summary"):
        setattr(story, name, printable(getattr(story, name)).strip())
    story.paragraphs = [text for text in (printable(p).strip() for p in story.paragraphs) if text]
    story.tags = [tag for tag in (printable(t).strip() for t in story.tags) if tag]
    story.channel = printable(story.channel).strip()
    story.credits = [type(c)(printable(c.role).strip(), printable(c.name).strip()) for c in story.credits]
    story.credits = [credit for credit in story.credits if credit.name]
    problem = _problem(story, default_source)
    if problem:
        raise FormatError(problem, line=story.line)


def _problem(story, default_source):
    if not story.title:
        return "没有标题"
    for name, limit in LIMITS.items():
        if len(getattr(story, name)) > limit:
            return f"{LABELS[name]}超过 {limit} 字"
    if not story.paragraphs and not story.figures:
        return "没有正文"
    if sum(map(len, story.paragraphs)) > MAX_BODY_CHARACTERS:
        return f"正文超过 {MAX_BODY_CHARACTERS:,} 字,不像一篇文章"
    if story.reprint and not (story.source or default_source):
        return "转载稿件必须有来源(原发单位)"
    when_problem = publish_times.problem(story.publish_time)
    if when_problem:
        return when_problem
    for credit in story.credits:
        if len(credit.name) > 60 or len(credit.role) > 20:
            return f"署名过长:“{credit.role} {credit.name}”"
    too_long = next((tag for tag in story.tags if len(tag) > 100), None)
    if too_long:
        return f"标签过长:“{too_long[:20]}…”"
    return None
