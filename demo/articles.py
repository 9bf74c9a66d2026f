"""Drafts turned into articles filed the way the newsroom files them."""

from django.utils.html import format_html
from wagtail.rich_text import RichText

from news.filing import file_article
from news.models import Article, Byline
from people.models import Author

from .images import save_picture


class Authors:
    """Author rows by name, made on first use and remembered for the rest of the load."""

    def __init__(self):
        self.known = {}

    def __getitem__(self, name):
        if name not in self.known:
            self.known[name], _ = Author.objects.get_or_create(name=name)
        return self.known[name]


def publish_draft(channel, draft, authors, rng, name) -> tuple[Article, int]:
    """File `draft` in `channel`, drawing its pictures with `rng`; `name` prefixes their
    file names. Returns the article and how many pictures were made."""
    lead = figure = None
    if draft.lead_caption:
        lead = save_picture(rng, name, draft.title, draft.lead_caption, draft.credit)
    if draft.figure_caption:
        figure = save_picture(rng, f"{name}-figure", draft.title, draft.figure_caption, draft.credit)
    article = Article(
        title=draft.title,
        kicker=draft.kicker,
        subtitle=draft.subtitle,
        summary=draft.summary,
        lead_image=lead,
        body=_body(draft, figure),
        source=draft.source,
        editor=draft.editor,
        publish_time=draft.publish_time,
        first_published_at=draft.publish_time,
        last_published_at=draft.publish_time,
    )
    article.bylines = [Byline(author=authors[author]) for author in draft.authors]
    article.tags.add(*draft.tags)
    return file_article(channel, article), (lead is not None) + (figure is not None)


def _body(draft, figure):
    """Paragraphs as escaped <p> blocks; the figure after the second, the quote mid-way."""
    blocks = [("paragraph", RichText(format_html("<p>{}</p>", text))) for text in draft.paragraphs]
    if draft.quote:
        blocks.insert(len(blocks) // 2 + 1, ("quote", draft.quote))
    if figure is not None:
        blocks.insert(2, ("figure", {"image": figure, "caption": draft.figure_caption}))
    return blocks
