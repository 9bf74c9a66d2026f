"""What the calendar shows: live articles counted and listed by Beijing day."""

from django.db.models import Count
from django.db.models.functions import TruncDate

from delivery.tags import changes_at, shows
from news.queries import live_articles

from .calendar import BEIJING, WEEKDAY_NAMES, Month, day_range, month_grid, today


def article_days(year: int, month: int) -> dict[int, int]:
    """{day of month: live articles that Beijing day}, grouped by the database in one query."""
    start, end = Month(year, month).beijing_range()
    shows(f"month:{year}-{month:02d}")
    rows = (
        live_articles()
        .filter(publish_time__gte=start, publish_time__lt=end)
        .annotate(on=TruncDate("publish_time", tzinfo=BEIJING))
        .values("on")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {row["on"].day: row["n"] for row in rows}


def articles_on(day):
    """Live articles of one Beijing day, newest first."""
    start, end = day_range(day)
    shows(f"day:{day.isoformat()}")
    return live_articles().select_related("primary_channel").filter(publish_time__gte=start, publish_time__lt=end)


def calendar_context(month: Month, selected=None) -> dict:
    """Everything a calendar template needs for one month; one query."""
    changes_at(day_range(today())[1])  # the grid marks today
    return {
        "month": month,
        "weeks": month_grid(month.year, month.month, article_days(month.year, month.month)),
        "weekday_names": WEEKDAY_NAMES,
        "today": today(),
        "selected": selected,
    }
