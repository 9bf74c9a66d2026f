"""Where an article sits in the page tree: under its channel, in a folder per month."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page

from .models import Article, ArticleFolder, Channel


def month_folder(channel: Channel, when, create=True) -> ArticleFolder | None:
    """The channel's folder for the month of `when` (Beijing time), made on first use
    unless `create` is False (then None while there is none)."""
    slug = timezone.localtime(when).strftime("%Y-%m")
    folder = ArticleFolder.objects.child_of(channel).filter(slug=slug).first()
    if folder is None and create:
        folder = channel.add_child(instance=ArticleFolder(title=slug, slug=slug, show_in_menus=False))
    return folder


def file_written_article(article: Article):
    """An article written under its channel (写稿) goes into its month folder once saved,
    so a draft abandoned before saving leaves no empty folder behind."""
    folder = month_folder(article.primary_channel, article.publish_time or timezone.now())
    article.move(folder, pos="last-child")


def file_article(channel: Channel, article: Article) -> Article:
    """Save a new article into its channel's month folder; its slug defaults to the
    day and time of publication (e.g. 25075626), made unique within the month."""
    folder = month_folder(channel, article.publish_time)
    if not article.slug:
        article.slug = free_slug(folder, f"{timezone.localtime(article.publish_time):%d%H%M%S}")
    folder.add_child(instance=article)
    return article


def free_slug(folder, base):
    """`base`, or `base-2`, `base-3` … whichever is not taken in `folder`."""
    taken = set(folder.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def bulk_file(folder: ArticleFolder, articles: list[Article]) -> list[Article]:
    """Insert many new live articles under one (new or quiet) month folder in a few queries:
    tree paths, URL paths and slugs are computed here instead of one add_child per article.
    For generated and imported content at scale: no revisions are made and `article_saved`
    is not sent, so the caller rebuilds what listens to it (e.g. `manage.py reindex`)."""
    page_type = ContentType.objects.get_for_model(Article)
    start, depth = folder.numchild, folder.depth + 1
    for n, article in enumerate(articles, start=start + 1):
        article.slug = article.slug or f"{timezone.localtime(article.publish_time):%d%H%M%S}-{n}"
        article.path = Article._get_path(folder.path, depth, n)
        article.depth, article.numchild, article.url_path = depth, 0, f"{folder.url_path}{article.slug}/"
        article.content_type, article.locale_id, article.draft_title = page_type, folder.locale_id, article.title
        article.first_published_at = article.last_published_at = article.publish_time
        article.primary_channel_id = folder.get_parent().id
    pages = Page.objects.bulk_create(articles)
    for article, page in zip(articles, pages, strict=True):
        article.page_ptr_id = article.id = page.id
    Article.objects._insert(articles, fields=Article._meta.local_concrete_fields)
    ArticleFolder.objects.filter(pk=folder.pk).update(numchild=start + len(articles))
    folder.numchild = start + len(articles)
    return articles
