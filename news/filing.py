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
    """Insert many new live articles under one month folder in a few queries: tree paths,
    URL paths and slugs are computed here instead of one add_child per article. For
    generated and imported content at scale: no revisions are made and `article_saved` is
    not sent, so the caller rebuilds what listens to it (e.g. `manage.py reindex`)."""
    for n, article in enumerate(articles, start=folder.numchild + 1):
        article.slug = article.slug or f"{timezone.localtime(article.publish_time):%d%H%M%S}-{n}"
        article.first_published_at = article.last_published_at = article.publish_time
        article.primary_channel_id = folder.get_parent().id
    return bulk_children(folder, articles)


def bulk_month_folders(channel: Channel, months) -> dict[str, ArticleFolder]:
    """The channel's folders of these months ("2026-02"), the missing ones made at once."""
    folders = {f.slug: f for f in ArticleFolder.objects.child_of(channel).filter(slug__in=months)}
    missing = sorted(set(months) - folders.keys())
    if missing:
        made = [ArticleFolder(title=month, slug=month, show_in_menus=False) for month in missing]
        folders.update((f.slug, f) for f in bulk_children(channel, made))
    return folders


def bulk_children(parent: Page, pages: list[Page]) -> list[Page]:
    """Insert new pages of one type as the last children of `parent`, in three queries.
    Paths continue from the last child's, as treebeard's add_child does (numchild can be
    lower after a delete)."""
    model = type(pages[0])
    page_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    first = model._str2int(last.path[-model.steplen :]) + 1 if last else 1
    depth = parent.depth + 1
    for n, page in enumerate(pages, start=first):
        page.path = model._get_path(parent.path, depth, n)
        page.depth, page.numchild, page.url_path = depth, 0, f"{parent.url_path}{page.slug}/"
        page.content_type, page.locale_id, page.draft_title = page_type, parent.locale_id, page.title
    rows = Page.objects.bulk_create(pages)
    for page, row in zip(pages, rows, strict=True):
        page.page_ptr_id = page.id = row.id
    model.objects._insert(pages, fields=model._meta.local_concrete_fields)
    numchild = Page.objects.filter(pk=parent.pk).values_list("numchild", flat=True).get() + len(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=numchild)
    parent.numchild = numchild
    return pages
