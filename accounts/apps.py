from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "账号"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .permissions import name_permissions
        from .separation import ensure_separated_roles

        post_migrate.connect(name_permissions, dispatch_uid="accounts.name_permissions")
        post_migrate.connect(ensure_separated_roles, sender=self, dispatch_uid="accounts.separated_roles")
