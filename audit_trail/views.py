"""审计日志 in Wagtail's admin: a read-only report for superusers and whoever holds
audit_trail.view_auditentry (an 审计管理员), filtered by action, actor and date, downloadable
as CSV or JSON. Nothing here writes to the trail except the note that it was downloaded."""

import json

import django_filters
from django.forms import CheckboxSelectMultiple
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports.base import ReportView
from wagtail.admin.widgets import Button
from wagtail.log_actions import registry as wagtail_actions
from wagtail.permission_policies import ModelPermissionPolicy

from . import export
from .models import AuditEntry
from .sources import LABELS, record

permission_policy = ModelPermissionPolicy(AuditEntry)
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def action_label(action):
    if action in LABELS:
        return LABELS[action]
    return str(wagtail_actions.get_action_label(action)) if wagtail_actions.action_exists(action) else action


class AuditEntryFilterSet(WagtailFilterSet):
    action = django_filters.MultipleChoiceFilter(label="操作", widget=CheckboxSelectMultiple)
    actor_name = django_filters.CharFilter(label="操作人", lookup_expr="icontains")
    actor_ip = django_filters.CharFilter(label="IP 地址", lookup_expr="startswith")
    recorded_at = django_filters.DateFromToRangeFilter(label="日期", widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        used = AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct()
        self.filters["action"].extra["choices"] = [(action, action_label(action)) for action in used]


class AuditTrailView(ReportView):
    page_title = "审计日志"
    header_icon = "history"
    results_template_name = "audit_trail/results.html"
    filterset_class = AuditEntryFilterSet
    index_url_name = "audit_trail"
    index_results_url_name = "audit_trail_results"
    permission_policy = permission_policy
    any_permission_required = ["view"]
    FORMATS = tuple(export.FORMATS)
    list_export = export.FIELDS

    def get_queryset(self):
        return AuditEntry.objects.order_by("-sequence")

    def decorate_paginated_queryset(self, entries):
        for entry in entries:
            entry.action_label = action_label(entry.action)
            entry.details_text = json.dumps(entry.details, ensure_ascii=False, sort_keys=True) if entry.details else ""
        return entries

    @cached_property
    def header_more_buttons(self):
        # Wagtail's spreadsheet buttons give way to the trail's own CSV and JSON.
        others = [button for button in super().header_more_buttons if "export=" not in (button.url or "")]
        downloads = [
            Button(f"下载 {name.upper()}", url=self.get_export_url(name), icon_name="download", priority=90 + n)
            for n, name in enumerate(self.FORMATS)
        ]
        return [*others, *downloads]

    def as_spreadsheet(self, queryset, spreadsheet_format):
        record("audit_trail.export", request=self.request, details={"format": spreadsheet_format, **self._filters()})
        chunks = export.FORMATS[spreadsheet_format](queryset.order_by("sequence").iterator(chunk_size=2000))
        response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[spreadsheet_format])
        response["Content-Disposition"] = (
            f'attachment; filename="audit-trail-{timezone.localdate():%Y%m%d}.{spreadsheet_format}"'
        )
        return response

    def _filters(self):
        return {key: values for key, values in self.request.GET.lists() if key not in ("export", "p")}
