"""三审: the review steps of the newsroom workflow, per-channel reviewers, and corrections."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState, get_default_page_content_type

from news.models import Article
from screening.articles import draft_screenings, refusal

from .forms import ReturnForm, ReviewCommentForm
from .roles import PUBLISHERS


class Level(models.IntegerChoices):
    FIRST = 1, "初审"
    SECOND = 2, "复审"
    FINAL = 3, "终审"


class ChannelReviewer(models.Model):
    """栏目审核人: a reviewer of one step for a channel and everything under it. Where a
    channel names reviewers for a step, they replace the step's groups there."""

    channel = models.ForeignKey("news.Channel", verbose_name="栏目", on_delete=models.CASCADE, related_name="+")
    level = models.PositiveSmallIntegerField("审级", choices=Level.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审核人", on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = "栏目审核人"
        verbose_name_plural = "栏目审核人"
        constraints = [models.UniqueConstraint(fields=["channel", "level", "user"], name="one_reviewer_entry")]

    def __str__(self):
        return f"{self.channel.title} {self.get_level_display()}:{self.user}"

    def clean(self):
        # The final approval publishes: only those who may publish can hold it.
        if self.level == Level.FINAL and self.user_id and not self.user.groups.filter(name__in=PUBLISHERS).exists():
            raise ValidationError({"user": "终审即签发,只能由总编辑或管理员担任。"})

    @classmethod
    def assignments(cls, level):
        """(channel path, user id) of every assignment to `level`: a handful of rows."""
        return list(cls.objects.filter(level=level).values_list("channel__path", "user_id"))

    @staticmethod
    def assigned_for(page, assignments):
        """The user ids that `assignments` (of one level) give `page` (the nearest channel
        with an assignment wins), or None where the step's groups review."""
        nearest = {}
        for channel_path, user_id in assignments:
            if page.path.startswith(channel_path):
                nearest.setdefault(channel_path, set()).add(user_id)
        return nearest[max(nearest, key=len)] if nearest else None


def sign_as_editor(page, reviewer):
    """初审 names the 责任编辑 where nobody has: a revision of the article with the
    reviewer's name, which the next steps review and 终审 publishes."""
    draft = page.get_latest_revision_as_object()
    if getattr(draft, "editor", None) == "":
        draft.editor = reviewer.get_full_name() or reviewer.get_username()
        draft.save_revision(user=reviewer)


class ReviewTask(AbstractGroupApprovalTask):
    """One step of 三审. The step's groups review, unless the article's channel names its
    own reviewers for this step (ChannelReviewer)."""

    level = models.PositiveSmallIntegerField("审级", choices=Level.choices, unique=True)

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["level"]

    class Meta:
        verbose_name = "三审步骤"
        verbose_name_plural = "三审步骤"

    def user_can_review(self, obj, user):
        # 三审 is other people's reading: whoever wrote the article reviews it at no step.
        if obj.owner_id is not None and obj.owner_id == user.pk:
            return False
        if user.is_superuser:
            return True
        # 终审 publishes: whoever is named for it, only those who may publish can give it.
        if self.level == Level.FINAL and not obj.permissions_for_user(user).can_publish():
            return False
        assigned = ChannelReviewer.assigned_for(obj, self._assignments(user))
        return self._user_in_groups(user) if assigned is None else user.pk in assigned

    def _assignments(self, user):
        """This step's channel assignments, read once per request: the editor asks several
        times. Kept on the request's user object, as Wagtail keeps its group check."""
        cached = user.__dict__.setdefault("_review_assignments", {})
        if self.level not in cached:
            cached[self.level] = ChannelReviewer.assignments(self.level)
        return cached[self.level]

    def user_can_access_editor(self, obj, user):
        return self.user_can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_review(obj, user)

    def get_actions(self, obj, user):
        """Both actions open a dialog that says what they will do and asks to confirm;
        a comment is optional for an approval and required to send a story back."""
        if not self.user_can_review(obj, user):
            return []
        return [("reject", "退回修改", True), ("approve", f"{self.get_level_display()}通过", True)]

    def on_action(self, task_state, user, action_name, **kwargs):
        # 签发 waits while the text holds a word the dictionary blocks: the step stays where
        # it is and the reviewer is shown the words (screening's page for the article).
        if action_name == "approve" and self.level == Level.FINAL:
            article = task_state.workflow_state.content_object.specific
            if isinstance(article, Article) and refusal(draft_screenings(article)):
                return reverse("screening_article", args=[article.pk])
        if action_name == "approve" and self.level == Level.FIRST:
            sign_as_editor(task_state.workflow_state.content_object, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_form_for_action(self, action):
        return ReturnForm if action == "reject" else ReviewCommentForm

    def get_template_for_action(self, action):
        return "review/review_action_modal.html"

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The waiting states of this step that `user` may review, in a fixed number of
        queries however many wait (the dashboard of every reviewer asks for this)."""
        waiting = list(
            self.task_states.filter(
                status=TaskState.STATUS_IN_PROGRESS, workflow_state__base_content_type=get_default_page_content_type()
            ).values_list("pk", "workflow_state__object_id")
        )
        pages = Page.objects.in_bulk([int(object_id) for _, object_id in waiting])
        mine = [
            pk
            for pk, object_id in waiting
            if int(object_id) in pages and self.user_can_review(pages[int(object_id)], user)
        ]
        return TaskState.objects.filter(pk__in=mine)

    @classmethod
    def get_description(cls):
        return "由本步骤的用户组审核;栏目指定了本级审核人时,由指定的人审核"


class Correction(models.Model):
    """更正: a note added to a published article, shown on its page with its date. The
    article's own 发布时间 never changes for it."""

    article = models.ForeignKey(
        "news.Article", verbose_name="稿件", on_delete=models.CASCADE, related_name="corrections"
    )
    text = models.TextField("更正内容")
    noted_at = models.DateTimeField("更正时间", default=timezone.now)
    noted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="更正人",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "更正"
        verbose_name_plural = "更正"
        ordering = ["noted_at", "id"]
        indexes = [models.Index(fields=["article", "noted_at"], name="correction_article_time")]

    def __str__(self):
        return f"{self.article.title}({timezone.localtime(self.noted_at):%Y-%m-%d})"

    def clean(self):
        if self.article_id and not (self.article.live or self.article.first_published_at):
            raise ValidationError({"article": "只能更正已发布的稿件;未发布的稿件请直接修改。"})
        if not self.text.strip():
            raise ValidationError({"text": "请填写更正内容。"})
