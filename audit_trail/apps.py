from django.apps import AppConfig


class AuditTrailConfig(AppConfig):
    name = "audit_trail"
    verbose_name = "审计"

    def ready(self):
        from . import sources  # noqa: F401 - connects the receivers that append to the trail
