from django import template
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from archive.calendar import beijing_date

register = template.Library()


@register.inclusion_tag("portal/live_boxes.html")
def live_boxes(day=None):
    """The placeholder of the sidebar fragment (portal.views.sidebar) of a page whose
    calendar shows `day` (a date or an aware datetime), or the current month."""
    url = reverse("sidebar_day", args=[beijing_date(day)]) if day else reverse("sidebar")
    return {"url": url}


# The few parts of Django's date formats a <time> shows, as strftime writes them.
STRFTIME = str.maketrans({"Y": "%Y", "m": "%m", "d": "%d", "H": "%H", "i": "%M", "s": "%S"})


@register.simple_tag
def time_element(moment, shown="Y-m-d H:i"):
    """<time> of an aware moment in Beijing time: `shown` (Y, m, d, H, i, s and separators)
    for the reader, the whole moment for machines. strftime, not the date filter: a list
    shows two per row, and the filter costs ten times as much."""
    if moment is None:
        return ""
    local = timezone.localtime(moment)
    machine, reader = local.strftime("%Y-%m-%dT%H:%M:%S%z"), local.strftime(shown.translate(STRFTIME))
    return format_html('<time datetime="{}">{}</time>', machine, reader)


@register.inclusion_tag("portal/pager.html")
def pager(page_obj, page_query=""):
    """上一页, the page numbers around this one and at both ends (… between), 下一页.
    `page_query` is the query string to keep (a search's), ending in "&"."""
    numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    return {"page_obj": page_obj, "page_query": page_query, "numbers": numbers, "gap": Paginator.ELLIPSIS}
