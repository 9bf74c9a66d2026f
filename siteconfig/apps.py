from django.apps import AppConfig


class SiteconfigConfig(AppConfig):
    name = "siteconfig"
    verbose_name = "站点设置"

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
