"""新闻日历 pages: a month with per-day counts, and the articles of one day."""

from django.shortcuts import render

from delivery.tags import cached
from news.paging import paginate

from .calendar import Month, today
from .queries import articles_on, calendar_context

ARTICLES_PER_PAGE = 50


@cached()
def month_page(request, month: Month):
    return render(request, "archive/month_page.html", calendar_context(month))


@cached()
def current_month(request):
    return month_page(request, Month.of(today()))


@cached()
def day_page(request, day):
    context = {
        "day": day,
        "month": Month.of(day),
        "articles": paginate(request, articles_on(day), ARTICLES_PER_PAGE),
        # The shared sidebar shows the calendar of this day.
        "calendar_day": day,
    }
    return render(request, "archive/day_page.html", context)
