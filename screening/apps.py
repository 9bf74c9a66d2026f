from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "screening"
    verbose_name = "敏感词筛查"

    def ready(self):
        from . import signals  # noqa: F401 - dictionary versions, replacements, submission screening
