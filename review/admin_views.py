"""Admin screens of review: corrections (更正), per-channel reviewers, the refusal page,
Wagtail's "add a page here" screen offering only what the user's role may create, and its
review action acknowledged."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic import CreateView
from wagtail.admin.views.pages.create import AddSubpageView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import TaskState

from news.models import Article

from .models import ChannelReviewer, Correction
from .notices import acknowledgement

REFUSED_TEMPLATE = "review/refused.html"


def may_create(user, app_label, model_name):
    """Model rights double as page-type rights (review.roles): a reporter files articles
    but opens no channels."""
    return user.has_perm(f"{app_label}.add_{model_name}")


class RoleAddSubpageView(AddSubpageView):
    """Wagtail's choice of page types, without those the role may not create (it would be
    refused after choosing); with one left, its form opens at once, as Wagtail does."""

    def get(self, request, *args, **kwargs):
        self.page_types = [kind for kind in self.page_types if may_create(request.user, kind[1], kind[2])]
        if len(self.page_types) == 1:
            _, app_label, model_name, _ = self.page_types[0]
            return redirect("wagtailadmin_pages:add", app_label, model_name, self.parent_page.id)
        return super().get(request, *args, **kwargs)


class ReviewActionView(WorkflowActionView):
    """A 三审 action taken from the dashboard, acknowledged: the next screen says what was
    done and who was told (a form sent back with errors changes nothing and says nothing)."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
            messages.success(request, acknowledgement(self.task_state))
        return response


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
