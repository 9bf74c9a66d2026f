"""Wagtail's 较早页面 report naming people as the newsroom does (王晓明, not the login
`bianji`), and 系统 where nobody published (the demo loader, an import, the scheduler)."""

from django.contrib.auth import get_user_model
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.users.utils import get_deleted_user_display_name

NOBODY = "系统"  # as Wagtail's site history says of entries without a user


class NamedAgingPagesView(AgingPagesView):
    def decorate_paginated_queryset(self, queryset):
        people = get_user_model().objects.in_bulk({page.last_published_by for page in queryset} - {None})
        for page in queryset:
            page.last_published_by_user = _name(people, page.last_published_by)
        return queryset


def _name(people, user_id):
    if user_id is None:
        return NOBODY
    user = people.get(int(user_id))
    return str(user) if user else get_deleted_user_display_name(user_id=user_id)
