"""Wagtail's user and group admin, with the top rights kept to superusers: a 管理员 or
系统管理员 manages the newsroom's accounts and roles, but neither grants nor removes superuser
rights or the three separated roles (三员分立, accounts.separation), nor edits, deactivates or
deletes the account of a superuser or of someone in those roles (its password included), nor
edits those roles or grants their rights to another group. Role changes are logged with what
they were and what they became."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.log_actions import log
from wagtail.users.views import groups, users

from .separation import SEPARATED, is_guarded, reserved_permissions

ROLES_CHANGED = "accounts.roles"


def touches_a_guarded_account(acting_user, accounts):
    return not acting_user.is_superuser and any(is_guarded(account) for account in accounts)


class SuperuserFieldMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
            if "groups" in form.fields:
                form.fields["groups"].queryset = form.fields["groups"].queryset.exclude(name__in=SEPARATED)
        return form


class CreateView(SuperuserFieldMixin, users.CreateView):
    pass


class EditView(SuperuserFieldMixin, users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if touches_a_guarded_account(request.user, [self.object]):
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


class ReservedRightsMixin:
    """A group saved by someone other than a superuser gains none of the security and audit
    roles' rights (else a 系统管理员 could give them to a group of their own)."""

    def post(self, request, *args, **kwargs):
        if request.user.is_superuser:
            return super().post(request, *args, **kwargs)
        with transaction.atomic():
            existing = getattr(self, "object", None)
            before = reserved_permissions(existing) if existing is not None and existing.pk else set()
            response = super().post(request, *args, **kwargs)
            if self.object.pk and reserved_permissions(self.object) - before:
                raise PermissionDenied
        return response


class GuardedGroupMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser and self.get_object().name in SEPARATED:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GroupCreateView(ReservedRightsMixin, groups.CreateView):
    pass


class GroupEditView(GuardedGroupMixin, ReservedRightsMixin, groups.EditView):
    pass


class GroupDeleteView(GuardedGroupMixin, groups.DeleteView):
    pass


class GroupViewSet(groups.GroupViewSet):
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView
