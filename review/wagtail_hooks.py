"""Where review hooks into the admin: who may create which pages, who may publish, the
corrections screens and button, the reporter's dashboard panel, and 待我审核 in the menu."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import TaskState

from news.models import Article

from . import withdrawal  # noqa: F401 - registers the hooks of 撤稿
from .admin_views import ChannelReviewerViewSet, CorrectionViewSet, may_create, refuse
from .models import ChannelReviewer, ReviewTask
from .panels import MyArticlesPanel

PUBLISH_REFUSED = "只有总编辑和管理员可以签发(发布)稿件。"


@hooks.register("register_admin_viewset")
def corrections():
    return CorrectionViewSet("corrections")


@hooks.register("register_admin_viewset")
def channel_reviewers():
    return ChannelReviewerViewSet("channel_reviewers")


@hooks.register("before_create_page")
def check_page_type_and_publishing(request, parent_page, page_class):
    opts = page_class._meta
    if not may_create(request.user, opts.app_label, opts.model_name):
        return refuse(request, f"您的角色不能新建{opts.verbose_name}。")
    if _publishing(request) and not parent_page.permissions_for_user(request.user).can_publish_subpage():
        return refuse(request, PUBLISH_REFUSED)
    return None


@hooks.register("before_edit_page")
def check_publishing(request, page):
    if _publishing(request) and not page.permissions_for_user(request.user).can_publish():
        return refuse(request, PUBLISH_REFUSED)
    return None


def _publishing(request):
    return request.method == "POST" and bool(request.POST.get("action-publish"))


@hooks.register("register_page_header_buttons")
def correction_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, Article) and page.live and user.has_perm("review.add_correction"):
        url = reverse("corrections:add") + f"?article={page.pk}"
        yield Button("添加更正", url, icon_name="warning", priority=62)


@hooks.register("construct_homepage_panels")
def reporter_panel(request, panels):
    """我的稿件 in place of Wagtail's list of the user's pages in moderation: the same
    articles, with the step in the newsroom's words and a reviewer's comment."""
    panels[:] = [panel for panel in panels if panel.name != "user_objects_in_workflow_moderation"]
    panels.append(MyArticlesPanel())


class AwaitingReviewMenuItem(MenuItem):
    """待我审核, with how many articles wait for this reviewer: on every admin screen, so a
    reviewer sees new work without opening the dashboard."""

    def is_shown(self, request):
        user = request.user
        return (
            user.is_superuser
            or ReviewTask.objects.filter(active=True, groups__in=user.groups.all()).exists()
            or ChannelReviewer.objects.filter(user=user).exists()
        )

    def render_component(self, request):
        waiting = TaskState.objects.reviewable_by(request.user).count()
        component = super().render_component(request)
        component.label = f"待我审核({waiting})" if waiting else "待我审核"
        return component


@hooks.register("register_admin_menu_item")
def awaiting_review():
    return AwaitingReviewMenuItem(
        "待我审核",
        reverse("wagtailadmin_home") + "#awaiting-review",
        name="awaiting-review",
        icon_name="tasks",
        order=5,
    )


@hooks.register("insert_global_admin_css")
def review_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("review/review.css"))
