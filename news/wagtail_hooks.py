"""Admin additions: a 写稿 button on every channel, so nobody files articles by hand
into month folders; date-and-time fields pick minutes (widgets.py)."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets.button import ListingButton

from .filing import file_written_article
from .models import Article, Channel
from .widgets import NewsroomDateTimeInput

register_form_field_override(models.DateTimeField, override={"widget": NewsroomDateTimeInput})


def write_article(request, channel_id):
    channel = get_object_or_404(Channel, pk=channel_id)
    if not channel.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    return redirect("wagtailadmin_pages:add", "news", "article", channel.pk)


@hooks.register("after_create_page")
def file_into_month_folder(request, page):
    if isinstance(page.specific_deferred, Article) and page.get_parent().specific_class is Channel:
        file_written_article(page.specific)


@hooks.register("register_admin_urls")
def urls():
    return [path("news/write/<row_id:channel_id>/", write_article, name="news_write_article")]


@hooks.register("register_page_listing_buttons")
def write_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, Channel) and page.specific_deferred.kind != Channel.Kind.LINK:
        yield ListingButton("写稿", reverse("news_write_article", args=[page.pk]), priority=5)
