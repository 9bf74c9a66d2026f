"""Wagtail's user admin, with superuser rights kept to superusers: a 管理员 manages the
newsroom's accounts and roles, but neither grants nor removes superuser rights, nor edits,
deactivates or deletes a superuser's account (its password included). Role changes are
logged with what they were and what they became."""

from django.core.exceptions import PermissionDenied
from wagtail.log_actions import log
from wagtail.users.views import users

ROLES_CHANGED = "accounts.roles"


def touches_a_superuser(acting_user, accounts):
    return not acting_user.is_superuser and any(account.is_superuser for account in accounts)


class SuperuserFieldMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        return form


class CreateView(SuperuserFieldMixin, users.CreateView):
    pass


class EditView(SuperuserFieldMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if touches_a_superuser(request.user, [self.object]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def save_instance(self):
        before = sorted(self.object.groups.values_list("name", flat=True))
        instance = super().save_instance()
        after = sorted(instance.groups.values_list("name", flat=True))
        if after != before:
            log(instance=instance, action=ROLES_CHANGED, data={"before": before, "after": after})
        return instance


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
