"""Where an article sits in the page tree: under its channel, in a folder per month."""

from django.utils import timezone

from .models import Article, ArticleFolder, Channel


def month_folder(channel: Channel, when) -> ArticleFolder:
    """The channel's folder for the month of `when` (Beijing time), made on first use."""
    slug = timezone.localtime(when).strftime("%Y-%m")
    folder = ArticleFolder.objects.child_of(channel).filter(slug=slug).first()
    if folder is None:
        folder = channel.add_child(instance=ArticleFolder(title=slug, slug=slug, show_in_menus=False))
    return folder


def file_article(channel: Channel, article: Article) -> Article:
    """Save a new article into its channel's month folder; its slug defaults to the
    day and time of publication (e.g. 25075626), made unique within the month."""
    folder = month_folder(channel, article.publish_time)
    if not article.slug:
        article.slug = _free_slug(folder, f"{timezone.localtime(article.publish_time):%d%H%M%S}")
    folder.add_child(instance=article)
    return article


def _free_slug(folder, base):
    taken = set(folder.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
