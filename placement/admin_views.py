"""人工干预 in the admin: made with a reason, lifted but never deleted (the rows are the log)."""

from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Curation


class KeptPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)


class MakeView(CreateView):
    def save_instance(self):
        self.form.instance.made_by = self.request.user
        return super().save_instance()


class LiftView(EditView):
    """Only the end time and lifting can change: what was done and why stays as it was."""

    FIXED = ("place", "module", "action", "article", "reason")

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        for name in self.FIXED:
            form.fields[name].disabled = True
        return form

    def save_instance(self):
        curation = self.form.instance
        if curation.lifted and curation.lifted_at is None:
            curation.lifted_by, curation.lifted_at = self.request.user, timezone.now()
        return super().save_instance()


class CurationViewSet(ModelViewSet):
    model = Curation
    icon = "pick"
    menu_label = "人工干预"
    add_to_admin_menu = True
    menu_order = 205
    add_view_class = MakeView
    edit_view_class = LiftView
    list_display = ["made_at", "place", "module", "action", "article", "reason", "made_by", "lifted"]
    list_filter = ["place", "action", "lifted"]
    search_fields = ["reason", "article__title"]
    panels = [
        FieldPanel("place"),
        FieldPanel("module"),
        FieldPanel("action"),
        FieldPanel("article"),
        FieldPanel("reason"),
        FieldPanel("ends_at"),
        FieldPanel("lifted"),
    ]
