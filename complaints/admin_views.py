"""The handling queue of 举报 in the admin: newest first, with how long each has waited."""

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Complaint


class ReceiptPanel(Panel):
    """What the reader cannot change and the handler should see first."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "complaints/receipt_panel.html"

        def get_context_data(self, parent_context=None):
            return {**super().get_context_data(parent_context), "complaint": self.instance}


class RecordsHandler:
    """Saving a 举报 from the admin records who handled it (and when it was closed)."""

    def save_instance(self):
        self.form.instance.handled_by(self.request.user)
        return super().save_instance()


class HandledEditView(RecordsHandler, EditView):
    """The reader's words are evidence: the handler answers them, never edits them."""

    READERS_FIELDS = ("category", "url", "description", "contact")

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        for name in self.READERS_FIELDS:
            form.fields[name].disabled = True
        return form


class HandledCreateView(RecordsHandler, CreateView):
    """A 举报 taken on the phone goes into the same queue."""


class WaitedColumn(Column):
    def get_value(self, instance):
        hours = int(instance.waited().total_seconds() // 3600)
        return f"{hours // 24} 天 {hours % 24} 小时" if hours >= 24 else f"{hours} 小时"


class ComplaintViewSet(ModelViewSet):
    model = Complaint
    icon = "warning"
    menu_label = "举报受理"
    add_to_admin_menu = True
    menu_order = 220
    edit_view_class = HandledEditView
    add_view_class = HandledCreateView
    list_display = ["receipt", "category", "status", WaitedColumn("waited", label="已用时"), "handler", "received_at"]
    list_filter = ["status", "category"]
    search_fields = ["receipt", "description", "url", "contact"]
    panels = [
        ReceiptPanel(heading="受理信息"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("url"), FieldPanel("description"), FieldPanel("contact")],
            heading="举报人填写",
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("action_taken"), FieldPanel("reply")], heading="处理"),
    ]
