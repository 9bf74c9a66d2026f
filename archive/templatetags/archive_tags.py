from django import template

from ..calendar import Month, beijing_date, today
from ..queries import calendar_context

register = template.Library()


@register.inclusion_tag("archive/widget.html")
def news_calendar(day=None):
    """{% news_calendar day %}: the sidebar calendar of the month of `day` (a date or an
    aware datetime); without one (or with an unset variable) the current Beijing month."""
    selected = beijing_date(day) if day else None
    return calendar_context(Month.of(selected or today()), selected)
