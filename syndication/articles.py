"""What feeds, sitemaps and page metadata say about an article, said the same way everywhere."""

from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import Truncator

BEIJING = ZoneInfo("Asia/Shanghai")
DESCRIPTION_LENGTH = 120
# Large enough for share cards and Google's article images, never upscaled or cropped.
SHARE_IMAGE_FILTER = "max-1200x1200"


def beijing_time(value):
    """Newsroom time (UTC+8) whatever the server's zone: dates then print with +08:00."""
    return timezone.localtime(value, BEIJING)


def published(article):
    """The 发布时间; a preview before first publication shows it going out now."""
    return beijing_time(article.publish_time or timezone.now())


def modified(article):
    """The last publication of an edit, never earlier than the date the article shows."""
    return max(published(article), beijing_time(article.last_published_at or article.publish_time or timezone.now()))


def description(article):
    """The editor's search description, else the 摘要, else the opening of the body."""
    text = (article.search_description or article.summary).strip()
    return text or Truncator(article.body_text().replace("\n", " ")).chars(DESCRIPTION_LENGTH)


def share_image(article):
    """The lead image's rendition for share cards and structured data, or None."""
    return article.lead_image.get_rendition(SHARE_IMAGE_FILTER) if article.lead_image else None
