"""Builders for tests of every app: channels and articles filed the way the portal files them."""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from people.models import Author

from .filing import file_article
from .models import Article, ArticleListing, Channel, HomePage

BEIJING = ZoneInfo("Asia/Shanghai")


def home_page() -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


def beijing(*args) -> datetime:
    """beijing(2018, 12, 25, 7, 56, 26): an aware Beijing-time datetime."""
    return datetime(*args, tzinfo=BEIJING)


def make_channel(title, slug, parent=None, **fields) -> Channel:
    parent = parent or home_page()
    fields.setdefault("show_in_menus", True)
    return parent.add_child(instance=Channel(title=title, slug=slug, **fields))


def make_article(channel, title, when=None, authors=(), **fields) -> Article:
    fields.setdefault("source", "中工网")
    fields.setdefault("editor", "编辑甲")
    article = Article(title=title, publish_time=when or beijing(2018, 12, 25, 7, 56, 26), **fields)
    for order, credit in enumerate(authors):  # a name, or (署名角色, name)
        role, name = credit if isinstance(credit, tuple) else ("", credit)
        author, _ = Author.objects.get_or_create(name=name)
        article.bylines.create(author=author, role=role, sort_order=order)
    return file_article(channel, article)


def list_in(article, *channels) -> Article:
    """多栏目发布: list a live article in `channels` as well, published as the admin does."""
    article.listings.add(*(ArticleListing(channel=channel) for channel in channels))
    article.save_revision().publish()
    return article


def article_form(article, **changes):
    """POST data of the article edit form carrying the article's current values."""
    values = {
        "title": article.title,
        "slug": article.slug,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "summary": article.summary,
        "source": article.source,
        "editor": article.editor,
        "reprint": article.reprint,
        "original_title": article.original_title,
        "original_author": article.original_author,
        "original_url": article.original_url,
        "body": streamfield([]),
        "tags": "",
        "bylines": inline_formset([]),
        "listings": inline_formset([]),
        "comments": inline_formset([]),
    }
    values.update(changes)
    return nested_form_data(values)
