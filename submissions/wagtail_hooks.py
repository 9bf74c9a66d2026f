from wagtail import hooks

from .admin_views import SubmissionViewSet


@hooks.register("register_admin_viewset")
def submissions():
    return SubmissionViewSet("submission_queue")


@hooks.register("register_log_actions")
def drafted_action(actions):
    actions.register_action("submissions.drafted", "由读者投稿转为稿件", "由读者投稿转为稿件")
