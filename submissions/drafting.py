"""An accepted 投稿 becomes a draft article in a channel and enters 三审 at once."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from news.filing import month_folder
from news.models import Article

from .models import Submission


@transaction.atomic
def draft_from(submission, channel, editor):
    """The draft article made from `submission`, owned by `editor`, submitted for review.
    The submitter is recorded on the submission and in the article's history."""
    source = _site_source(channel)
    paragraphs = "".join(format_html("<p>{}</p>", text) for text in submission.paragraphs())
    article = Article(
        title=submission.title,
        source=source,
        live=False,
        owner=editor,
        body=[("paragraph", RichText(paragraphs))],
    )
    month_folder(channel, timezone.now()).add_child(instance=article)
    revision = article.save_revision(user=editor)
    log(article, "submissions.drafted", user=editor, data={"submitter": submission.name, "submission": submission.pk})
    workflow = article.get_workflow()
    if workflow is not None:
        workflow.start(article, editor)
    submission.article, submission.status, submission.handler = article, Submission.Status.DRAFTED, editor
    submission.save(update_fields=["article", "status", "handler"])
    return article, revision


def _site_source(channel):
    from siteconfig.models import SiteSettings

    site = channel.get_site()
    return SiteSettings.for_site(site).source_for_new_articles() if site else ""
