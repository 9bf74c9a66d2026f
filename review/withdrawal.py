"""撤稿: taking a live page off the site needs a reason, typed on Wagtail's confirmation
page and kept in the page's history (an entry 撤稿 beside Wagtail's own 取消发布). Bulk
unpublishing has no place for one reason per page, so it is refused; expiry at the time an
editor set (下线时间) is its own reason and stays as Wagtail records it."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.log_actions import LogFormatter, log

from news.text import printable

WITHDRAWN = "review.withdraw"
MAX_REASON = 500


def reason_of(request):
    return printable(request.POST.get("reason", "")).strip()[:MAX_REASON]


@hooks.register("before_unpublish_page")
def ask_for_a_reason(request, page):
    if not reason_of(request):
        messages.error(request, "请填写撤稿理由:撤下已发布的内容须说明原因,理由记入稿件历史。")
        return redirect(request.get_full_path())
    return None


@hooks.register("after_unpublish_page")
def record_the_reason(request, page):
    log(instance=page, action=WITHDRAWN, data={"reason": reason_of(request)}, user=request.user)


@hooks.register("before_bulk_action")
def no_bulk_withdrawal(request, action_type, objects, action_class_instance):
    if action_type == "unpublish":
        messages.error(request, "撤稿须逐篇填写理由:请在每篇稿件的“取消发布”页面操作。")
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_explore_root")
    return None


@hooks.register("register_log_actions")
def register_withdrawal(actions):
    @actions.register_action(WITHDRAWN)
    class Withdrawn(LogFormatter):
        label = "撤稿"

        def format_message(self, log_entry):
            return f"撤稿理由:{log_entry.data.get('reason', '')}"
