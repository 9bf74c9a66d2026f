"""Where screening meets the admin: the dictionary and hit screens, an article's hits page
and its button, and publishing from the editor refused for a 'block' word (or, for a
'review' word, sent through 三审)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy

from news.models import Article

from .admin_views import ReadOnlyPolicy, ScreeningHitViewSet, SensitiveWordViewSet, article_hits
from .articles import draft_screenings, publishing_refusal, refusal, texts
from .matcher import screen
from .models import ScreeningHit

register_permission_policy(ScreeningHit, ReadOnlyPolicy(ScreeningHit))


@hooks.register("register_admin_viewset")
def sensitive_words():
    return SensitiveWordViewSet("sensitive_words")


@hooks.register("register_admin_viewset")
def screening_hits():
    return ScreeningHitViewSet("screening_hits")


@hooks.register("register_admin_urls")
def urls():
    return [path("screening/article/<row_id:page_id>/", article_hits, name="screening_article")]


@hooks.register("register_page_header_buttons")
def hits_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, Article) and view_name == "edit":
        yield Button("敏感词筛查", reverse("screening_article", args=[page.pk]), icon_name="warning", priority=64)


@hooks.register("before_publish_page")
def refuse_publishing(request, page):
    """Publishing from the editor: the text as posted (its revision is saved already)."""
    if not isinstance(page.specific_deferred, Article):
        return None
    reason = publishing_refusal({name: screen(text) for name, text in texts(page).items()})
    if reason:
        messages.error(request, reason)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("after_edit_page")
def say_why_not_signed(request, page):
    """An approval from the editor's footer that 终审 refused leaves the page in review;
    the reviewer is told why."""
    if request.POST.get("action-workflow-action") and isinstance(page.specific_deferred, Article):
        reason = refusal(draft_screenings(page))
        if reason and page.current_workflow_task is not None:
            messages.error(request, reason)


@hooks.register("insert_global_admin_css")
def screening_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("screening/screening.css"))
