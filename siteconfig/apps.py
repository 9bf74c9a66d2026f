from django.apps import AppConfig


class SiteconfigConfig(AppConfig):
    name = "siteconfig"
    verbose_name = "站点设置"
