"""Who is told what in 三审: the reviewers of the step an article now waits at (e-mail, and
the count beside 待我审核 in the admin), what an action will do before it is confirmed, and
the acknowledgement after it.

Wagtail mails every member of a step's groups; here only those who may review the article
are told, so a channel that names its own reviewers (ChannelReviewer) does not page the
whole department."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import Task, TaskState

from .models import ChannelReviewer


def reviewers_for(task, page):
    """Active users who may review `task` (a ReviewTask) for `page`, by name."""
    assigned = ChannelReviewer.objects.filter(level=task.level).values("user_id")
    candidates = (
        get_user_model().objects.filter(Q(groups__in=task.groups.all()) | Q(pk__in=assigned), is_active=True).distinct()
    )
    return sorted((user for user in candidates if task.user_can_review(page, user)), key=lambda u: u.get_full_name())


def names(users):
    shown = [user.get_full_name() or user.get_username() for user in users if user]
    return "、".join(shown) or "(无人,请管理员指定审核人)"


def step_after(task_state):
    """The step an approval of `task_state` sends the article to, or None after the last."""
    workflow_state = task_state.workflow_state
    return (
        Task.objects.filter(workflow_tasks__workflow=workflow_state.workflow, active=True)
        .exclude(task_states__in=workflow_state.successful_task_states)
        .exclude(pk=task_state.task_id)
        .order_by("workflow_tasks__sort_order")
        .first()
    )


def consequence(task_state, action):
    """What confirming `action` on `task_state` will do, in one sentence for the modal."""
    page = task_state.workflow_state.content_object
    if action == "reject":
        requester = task_state.workflow_state.requested_by
        return f"稿件退回给{names([requester])}修改,改后重新送{task_state.task.name}。请写明要改什么。"
    following = step_after(task_state)
    if following is None:
        return "这是最后一审:通过即签发,稿件立即按发布时间上线。"
    following = following.specific
    return f"通过后送{following.name},通知:{names(reviewers_for(following, page))}。"


def acknowledgement(task_state):
    """What was done, after the action: the title, the outcome and who was told."""
    task_state.refresh_from_db()
    workflow_state = task_state.workflow_state
    title = workflow_state.content_object.get_admin_display_title()
    step = task_state.task.name
    if task_state.status == TaskState.STATUS_REJECTED:
        requester = workflow_state.requested_by
        mailed = ",并已发邮件" if requester and requester.email else ""
        return f"《{title}》{step}退回修改:{names([requester])}会在“我的稿件”里看到意见{mailed}。"
    current = workflow_state.current_task_state
    if current is None:
        return f"《{title}》{step}通过,三审完成,已签发。"
    following = current.task.specific
    told = names(reviewers_for(following, workflow_state.content_object))
    return f"《{title}》{step}通过,已送{following.name}。已通知:{told}。"


class ReviewerNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's 'submitted for review' e-mail, sent to the article's reviewers only."""

    def get_recipient_users(self, task_state, **kwargs):
        task, page = task_state.task.specific, task_state.workflow_state.content_object
        sender = kwargs.get("user")
        return [user for user in reviewers_for(task, page) if user != sender]


# Connected by review's AppConfig under Wagtail's own dispatch_uid; module level, as the
# signal keeps only a weak reference.
reviewer_notifier = ReviewerNotifier()
