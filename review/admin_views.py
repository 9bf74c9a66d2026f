"""Admin screens of review: corrections (更正), per-channel reviewers, and the refusal page."""

from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from news.models import Article

from .models import ChannelReviewer, Correction

REFUSED_TEMPLATE = "review/refused.html"


def refuse(request, reason, status=403):
    """A page that says why nothing was done, in place of the action asked for."""
    return TemplateResponse(request, REFUSED_TEMPLATE, {"reason": reason}, status=status)


class CorrectionCreateView(CreateView):
    def get_initial_form_instance(self):
        correction = Correction(noted_by=self.request.user)
        article_id = self.request.GET.get("article", "")
        if article_id.isdigit():
            correction.article = Article.objects.filter(pk=article_id).first()
        return correction


class CorrectionViewSet(ModelViewSet):
    model = Correction
    icon = "warning"
    menu_label = "更正"
    add_to_admin_menu = True
    menu_order = 210
    add_view_class = CorrectionCreateView
    list_display = ["article", "text", "noted_at", "noted_by"]
    search_fields = ["text", "article__title"]
    panels = [FieldPanel("article"), FieldPanel("text"), FieldPanel("noted_at")]


class ChannelReviewerViewSet(ModelViewSet):
    model = ChannelReviewer
    icon = "group"
    menu_label = "栏目审核人"
    add_to_settings_menu = True
    list_display = ["channel", "level", "user"]
    list_filter = ["level"]
    panels = [FieldPanel("channel"), FieldPanel("level"), FieldPanel("user")]
