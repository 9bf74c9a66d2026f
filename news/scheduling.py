"""定时发布: one pass of scheduled publishing at the current time, done by Wagtail's own
model actions. Revisions whose go-live time (上线时间) has passed are published; live pages
and snippets whose expiry time (下线时间) has passed are unpublished.

The embedded scheduler (start_scheduler, called by portal/wsgi.py) and `manage.py
publish_scheduled` both run this pass. Each revision and each expiry gets a transaction of
its own that re-reads its row (locked where the database can), so overlapping passes never
act twice on one, and one that fails does not hold back the others."""

import logging
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

from portal.periodic import PeriodicJob

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchedulePass:
    published: int = 0
    expired: int = 0
    failed: int = 0

    def __str__(self):
        return f"定时发布:上线 {self.published} 项,到期下线 {self.expired} 项,失败 {self.failed} 项"


def run_schedule() -> SchedulePass:
    """Publish what is due, then unpublish what has expired, as of now. In that order, a
    due revision that moves the expiry time is judged by its new time."""
    now = timezone.now()
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    published = [_attempt(publish_if_due, pk, now) for pk in due.values_list("pk", flat=True)]
    expired = [
        _attempt(expire_if_due, model, pk, now)
        for model in _models_with_drafts()
        for pk in model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at").values_list("pk", flat=True)
    ]
    outcome = SchedulePass(published.count(True), expired.count(True), (published + expired).count(None))
    if outcome != SchedulePass():
        logger.info("%s", outcome)
    return outcome


def publish_if_due(revision_id, now) -> bool:
    """Publish a scheduled revision; False if it is no longer due (another pass published
    it, or an editor cancelled the schedule, since it was listed)."""
    with transaction.atomic():
        revision = Revision.objects.select_for_update().filter(pk=revision_id, approved_go_live_at__lt=now).first()
        if revision is None:
            return False
        revision.publish(log_action="wagtail.publish.scheduled")
        return True


def expire_if_due(model, pk, now) -> bool:
    """Unpublish an expired object; False if it is no longer live or no longer expired."""
    with transaction.atomic():
        found = model.objects.select_for_update().filter(pk=pk, live=True, expire_at__lt=now).first()
        if found is None:
            return False
        # The specific page, so that its own save runs: Article's tells the search index.
        found = found.specific if isinstance(found, Page) else found
        found.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
        return True


def _attempt(action, *args):
    """True if done, False if there was nothing to do, None if it failed (logged)."""
    try:
        return action(*args)
    except Exception:
        logger.exception("定时发布失败:%s%r", action.__name__, args[:-1])
        return None


def _models_with_drafts():
    """Pages and every other model with drafts (snippets), as Wagtail's own command."""
    return [Page] + [m for m in apps.get_models() if issubclass(m, DraftStateMixin) and not issubclass(m, Page)]


def start_scheduler() -> PeriodicJob | None:
    """The embedded scheduler: a pass every SCHEDULER_SECONDS on a thread of this process;
    None when SCHEDULER_SECONDS is 0 (cron runs `manage.py publish_scheduled` instead)."""
    if settings.SCHEDULER_SECONDS <= 0:
        return None
    return PeriodicJob("scheduled-publishing", settings.SCHEDULER_SECONDS, run_schedule).start()
