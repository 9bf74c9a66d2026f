"""新闻日历 in plain Python: which dates the calendar serves, month arithmetic and the grid.

Every date here is a Beijing calendar day. The calendar serves January 1990 up to the
end of next year: earlier or later dates are 404s, so "next month" links stop soon and
no date ever overflows when it is turned into a UTC range.
"""

from calendar import SUNDAY, Calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
FIRST_YEAR = 1990
# Sunday first, the way Chinese news calendars print the week.
WEEKDAY_NAMES = "日一二三四五六"
_WEEKS = Calendar(firstweekday=SUNDAY)


def today() -> date:
    return datetime.now(BEIJING).date()


def last_year() -> int:
    return today().year + 1


def beijing_date(value: date | datetime) -> date:
    """The Beijing day of a date or an aware datetime."""
    if isinstance(value, datetime):
        return value.astimezone(BEIJING).date()
    return value


def day_range(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a Beijing day as aware datetimes."""
    return _midnight(day), _midnight(day + timedelta(days=1))


def parse_day(year: int, month: int, day: int) -> date:
    """The date, or ValueError when it does not exist or the calendar does not serve it."""
    parse_month(year, month)
    return date(year, month, day)


def parse_month(year: int, month: int) -> "Month":
    found = Month(year, month)
    if not found.is_served():
        raise ValueError(f"新闻日历没有 {year}年{month}月")
    return found


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, day: date) -> "Month":
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def previous(self) -> "Month | None":
        return self._served_or_none(self._shift(-1))

    @property
    def next(self) -> "Month | None":
        return self._served_or_none(self._shift(1))

    def is_served(self) -> bool:
        return FIRST_YEAR <= self.year <= last_year() and 1 <= self.month <= 12

    def beijing_range(self) -> tuple[datetime, datetime]:
        """[start, end) of the month in Beijing time as aware datetimes."""
        return _midnight(self.first_day), _midnight(self._shift(1).first_day)

    def _shift(self, months: int) -> "Month":
        year, index = divmod(self.year * 12 + self.month - 1 + months, 12)
        return Month(year, index + 1)

    @staticmethod
    def _served_or_none(month: "Month") -> "Month | None":
        return month if month.is_served() else None


@dataclass(frozen=True)
class CalendarDay:
    date: date
    count: int


def month_grid(year: int, month: int, days_with_articles: dict[int, int]) -> list[list[CalendarDay | None]]:
    """Weeks of seven cells, Sunday first; None pads the days outside the month."""
    return [
        [CalendarDay(date(year, month, d), days_with_articles.get(d, 0)) if d else None for d in week]
        for week in _WEEKS.monthdayscalendar(year, month)
    ]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=BEIJING)
