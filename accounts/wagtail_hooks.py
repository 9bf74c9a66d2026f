from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .models import User
from .users_admin import ROLES_CHANGED, touches_a_superuser


@hooks.register("before_bulk_action")
def keep_superusers_to_superusers(request, action_type, objects, action_class_instance):
    """The user list's bulk actions (deactivate, assign a role, delete) leave a superuser's
    account to superusers, as the edit view does."""
    if action_class_instance.model is User and touches_a_superuser(request.user, objects):
        raise PermissionDenied


@hooks.register("register_log_actions")
def register_role_changes(actions):
    @actions.register_action(ROLES_CHANGED)
    class RolesChanged(LogFormatter):
        label = "角色变更"

        def format_message(self, log_entry):
            data = log_entry.data
            return f"角色由“{'、'.join(data['before']) or '无'}”改为“{'、'.join(data['after']) or '无'}”"
