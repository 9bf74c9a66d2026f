from datetime import date

import pytest

from archive.calendar import FIRST_YEAR, WEEKDAY_NAMES, Month, day_range, last_year, month_grid, parse_day, parse_month
from news.testing import beijing


def days_of(week):
    return [cell.date.day if cell else None for cell in week]


def test_week_starts_on_sunday():
    assert WEEKDAY_NAMES == "日一二三四五六"


def test_february_starting_on_sunday_fits_four_rows():
    weeks = month_grid(2015, 2, {})
    assert len(weeks) == 4
    assert days_of(weeks[0]) == [1, 2, 3, 4, 5, 6, 7]
    assert days_of(weeks[-1]) == [22, 23, 24, 25, 26, 27, 28]


def test_february_starting_on_monday_needs_five_rows():
    weeks = month_grid(2021, 2, {})
    assert len(weeks) == 5
    assert days_of(weeks[0]) == [None, 1, 2, 3, 4, 5, 6]
    assert days_of(weeks[-1]) == [28, None, None, None, None, None, None]


def test_long_month_starting_on_saturday_needs_six_rows():
    weeks = month_grid(2018, 12, {25: 3})
    assert len(weeks) == 6
    assert all(len(week) == 7 for week in weeks)
    assert days_of(weeks[0]) == [None] * 6 + [1]
    assert days_of(weeks[-1]) == [30, 31, None, None, None, None, None]
    counts = {cell.date.day: cell.count for week in weeks for cell in week if cell}
    assert counts[25] == 3
    assert sum(counts.values()) == 3
    assert len(counts) == 31


def test_month_navigation_crosses_year_boundaries():
    assert Month(2018, 12).next == Month(2019, 1)
    assert Month(2019, 1).previous == Month(2018, 12)
    assert Month(2018, 6).previous == Month(2018, 5)


def test_navigation_stops_at_the_ends_of_the_calendar():
    assert Month(FIRST_YEAR, 1).previous is None
    assert Month(last_year(), 12).next is None


def test_month_range_is_beijing_time():
    start, end = Month(2018, 12).beijing_range()
    assert (start, end) == (beijing(2018, 12, 1), beijing(2019, 1, 1))


def test_day_range_is_a_beijing_day():
    assert day_range(date(2018, 12, 25)) == (beijing(2018, 12, 25), beijing(2018, 12, 26))


def test_real_dates_parse():
    assert parse_day(2020, 2, 29) == date(2020, 2, 29)
    assert parse_month(2018, 12) == Month(2018, 12)


@pytest.mark.parametrize(
    "year, month, day",
    [(2018, 2, 30), (2018, 13, 1), (2018, 0, 1), (0, 1, 1), (FIRST_YEAR - 1, 12, 31), (9999, 12, 31), (2019, 2, 29)],
)
def test_impossible_or_unserved_dates_are_rejected(year, month, day):
    with pytest.raises(ValueError):
        parse_day(year, month, day)
