from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "delivery"
    verbose_name = "发布与缓存"

    def ready(self):
        from . import signals  # noqa: F401 - connects the purges to the newsroom's events
