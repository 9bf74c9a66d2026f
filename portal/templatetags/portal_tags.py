from django import template
from django.core.paginator import Paginator
from django.urls import reverse

from archive.calendar import beijing_date

register = template.Library()


@register.inclusion_tag("portal/live_boxes.html")
def live_boxes(day=None):
    """The placeholder of the sidebar fragment (portal.views.sidebar) of a page whose
    calendar shows `day` (a date or an aware datetime), or the current month."""
    url = reverse("sidebar_day", args=[beijing_date(day)]) if day else reverse("sidebar")
    return {"url": url}


@register.inclusion_tag("portal/pager.html")
def pager(page_obj, page_query=""):
    """上一页, the page numbers around this one and at both ends (… between), 下一页.
    `page_query` is the query string to keep (a search's), ending in "&"."""
    numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    return {"page_obj": page_obj, "page_query": page_query, "numbers": numbers, "gap": Paginator.ELLIPSIS}
