from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the portal's user and group views (accounts.users_admin)."""

    user_viewset = "accounts.users_admin.UserViewSet"
    group_viewset = "accounts.users_admin.GroupViewSet"
