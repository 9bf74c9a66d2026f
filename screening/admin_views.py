"""Admin screens: the dictionary (敏感词库), the hits (命中记录, read only), and an article's
text with its hits marked for the reviewer."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from news.models import Article

from .articles import FIELDS, draft_screenings, refusal, warning
from .models import ScreeningHit, SensitiveWord


class SensitiveWordViewSet(ModelViewSet):
    model = SensitiveWord
    icon = "warning"
    menu_label = "敏感词库"
    add_to_settings_menu = True
    list_display = ["word", "category", "level", "action", "whole_word", "replacement", "updated_at"]
    list_filter = ["category", "action", "level", "whole_word"]
    search_fields = ["word", "note", "replacement"]
    panels = [
        FieldPanel("word"),
        FieldPanel("category"),
        FieldPanel("level"),
        FieldPanel("action"),
        FieldPanel("whole_word"),
        FieldPanel("replacement"),
        FieldPanel("note"),
    ]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Hits are a record: nobody adds, edits or deletes one in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


class ScreeningHitViewSet(ModelViewSet):
    model = ScreeningHit
    icon = "list-ul"
    menu_label = "敏感词命中记录"
    add_to_settings_menu = True
    list_display = ["screened_at", "source", "field", "word_text", "matched", "action", "screened_by"]
    list_filter = ["action", "field"]
    search_fields = ["source", "word_text", "matched"]
    inspect_view_enabled = True
    form_fields = ["source"]


def article_hits(request, page_id):
    """The latest text of an article, every hit marked, and whether it may be 签发 (where a
    refused 终审 lands)."""
    article = get_object_or_404(Article, pk=page_id)
    if not article.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    screenings = draft_screenings(article)
    return TemplateResponse(
        request,
        "screening/article_hits.html",
        {
            "article": article,
            "fields": [(FIELDS[name], screening) for name, screening in screenings.items() if screening],
            "refusal": refusal(screenings),
            "warning": warning(screenings),
        },
    )
