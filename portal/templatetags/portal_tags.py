from django import template
from django.urls import reverse

from archive.calendar import beijing_date

register = template.Library()


@register.inclusion_tag("portal/live_boxes.html")
def live_boxes(day=None):
    """The placeholder of the sidebar fragment (portal.views.sidebar) of a page whose
    calendar shows `day` (a date or an aware datetime), or the current month."""
    url = reverse("sidebar_day", args=[beijing_date(day)]) if day else reverse("sidebar")
    return {"url": url}
