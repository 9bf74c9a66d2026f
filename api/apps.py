from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "客户端接口"
