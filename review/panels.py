"""Dashboard panel of the reporter: their own articles and where each stands in 三审."""

from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState, get_default_page_content_type

from news.models import Article

SHOWN = 15


def review_state(article, workflow_state):
    """(state, comment) in the newsroom's words for one of the reporter's articles."""
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state and task_state.status == TaskState.STATUS_REJECTED:
        return f"{task_state.task.name}退回修改", task_state.comment
    if task_state and task_state.status == TaskState.STATUS_IN_PROGRESS:
        return f"{task_state.task.name}中", ""
    if article.live:
        return ("已发布,有未提交的修改" if article.has_unpublished_changes else "已发布"), ""
    if article.latest_revision_id and article.latest_revision.approved_go_live_at:
        return "已签发,定时发布", ""
    return ("已撤稿" if article.first_published_at else "草稿"), ""


class MyArticlesPanel(Component):
    """我的稿件: the newest articles the user owns, with their 三审 state and, when a
    reviewer sent one back, the reviewer's comment."""

    name = "my_articles"
    template_name = "review/my_articles_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        articles = list(
            Article.objects.filter(owner=user)
            .select_related("latest_revision", "primary_channel")
            .order_by("-latest_revision_created_at", "-id")[:SHOWN]
        )
        rows = []
        for article, workflow_state in zip(articles, _open_workflows(articles), strict=True):
            state, comment = review_state(article, workflow_state)
            rows.append({"article": article, "state": state, "comment": comment})
        return {"rows": rows}


def _open_workflows(articles):
    """The in-progress or sent-back workflow of each article (or None), in one query."""
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=get_default_page_content_type())
        .filter(object_id__in=[str(article.pk) for article in articles])
        .select_related("current_task_state__task")
    )
    by_object = {state.object_id: state for state in states}
    return [by_object.get(str(article.pk)) for article in articles]
