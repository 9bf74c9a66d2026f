from django.apps import AppConfig
from django.urls import register_converter


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "门户"

    def ready(self):
        from .converters import RowIdConverter

        # Before any URLconf is read: the apps' patterns and Wagtail's admin hooks use it.
        register_converter(RowIdConverter, "row_id")
