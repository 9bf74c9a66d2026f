from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import AuditTrailView, permission_policy


class AuditTrailMenuItem(MenuItem):
    def is_shown(self, request):
        return permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def audit_trail_urls():
    return [
        path("reports/audit-trail/", AuditTrailView.as_view(), name="audit_trail"),
        path("reports/audit-trail/results/", AuditTrailView.as_view(results_only=True), name="audit_trail_results"),
    ]


@hooks.register("register_reports_menu_item")
def audit_trail_menu_item():
    return AuditTrailMenuItem("审计日志", reverse("audit_trail"), name="audit-trail", icon_name="history", order=1100)
