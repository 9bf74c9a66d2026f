from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "complaints"
    verbose_name = "违法和不良信息举报"
    default_auto_field = "django.db.models.BigAutoField"
