"""The 投稿 queue in the admin: read a submission and its attachments, decline it, or turn
it into a draft article in a chosen channel."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from wagtail.admin.panels import FieldPanel, Panel
from wagtail.admin.viewsets.model import ModelViewSet

from news.models import Channel

from .drafting import draft_from
from .models import Attachment, Submission


class SubmissionPanel(Panel):
    """The reader's text and files as sent: the newsroom reads them, never edits them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "submissions/submission_panel.html"

        def get_context_data(self, parent_context=None):
            return {**super().get_context_data(parent_context), "submission": self.instance}


class DraftForm(forms.Form):
    channel = forms.ModelChoiceField(label="发到栏目", queryset=Channel.objects.live().order_by("path"))


def _may_handle(request):
    if not request.user.has_perm("submissions.change_submission"):
        raise PermissionDenied


def make_draft(request, pk):
    _may_handle(request)
    if not request.user.has_perm("news.add_article"):
        raise PermissionDenied
    submission = get_object_or_404(Submission, pk=pk)
    form = DraftForm(request.POST or None)
    if submission.article_id:
        messages.error(request, "这篇投稿已经转为稿件。")
        return redirect("wagtailadmin_pages:edit", submission.article_id)
    if request.method == "POST" and form.is_valid():
        article, _ = draft_from(submission, form.cleaned_data["channel"], request.user)
        messages.success(request, f"已转为稿件并提交三审:{article.title}")
        return redirect("wagtailadmin_pages:edit", article.pk)
    context = {"submission": submission, "form": form, "header_title": "转为稿件"}
    return TemplateResponse(request, "submissions/make_draft.html", context)


def attachment(request, pk):
    _may_handle(request)
    found = get_object_or_404(Attachment, pk=pk)
    # Served as a download under its stored name: a reader's file never renders as our page.
    response = FileResponse(found.file.open("rb"), as_attachment=True, filename=found.file.name.rsplit("/", 1)[-1])
    response["X-Content-Type-Options"] = "nosniff"
    return response


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "mail"
    menu_label = "读者投稿"
    add_to_admin_menu = True
    menu_order = 215
    list_display = ["title", "name", "status", "received_at", "handler"]
    list_filter = ["status"]
    search_fields = ["title", "name", "contact", "text"]
    panels = [SubmissionPanel(heading="来稿"), FieldPanel("status"), FieldPanel("note")]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<row_id:pk>/draft/", make_draft, name="draft"),
            path("attachment/<row_id:pk>/", attachment, name="attachment"),
        ]
