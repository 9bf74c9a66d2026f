from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = "三审与更正"

    def ready(self):
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from .notices import reviewer_notifier

        # Under the dispatch_uid Wagtail gives its own group-wide notifier: this app is ready
        # before wagtail.admin (INSTALLED_APPS order), so Wagtail's connect is then ignored
        # and only the article's own reviewers are mailed (review/tests/test_notices.py).
        task_submitted.connect(
            reviewer_notifier, sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
        )
