"""URL converters that match only zero-padded ASCII dates and turn them into real ones.

A string that looks right but names no served date (2018/02/30, 0000/01/01) raises
ValueError, which Django treats as "no match": the request ends as a 404.
"""

from datetime import date

from .calendar import Month, parse_day, parse_month


class DayConverter:
    regex = "[0-9]{4}/[0-9]{2}/[0-9]{2}"  # not \d: it would match full-width digits too

    def to_python(self, value: str) -> date:
        return parse_day(*map(int, value.split("/")))

    def to_url(self, value: date) -> str:
        return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


class MonthConverter:
    regex = "[0-9]{4}/[0-9]{2}"

    def to_python(self, value: str) -> Month:
        return parse_month(*map(int, value.split("/")))

    def to_url(self, value: Month) -> str:
        return f"{value.year:04d}/{value.month:02d}"
