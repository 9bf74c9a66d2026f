from django.apps import AppConfig


class SubmissionsConfig(AppConfig):
    name = "submissions"
    verbose_name = "读者投稿"
    default_auto_field = "django.db.models.BigAutoField"
