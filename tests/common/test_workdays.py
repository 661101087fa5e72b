"""The working-day calendar: the 2026 notice as chinesecalendar carries it, overrides for years it
lacks, the Monday–Friday fallback with its warning, and working time across a weekend.

2026 National Day per 国务院办公厅关于2026年部分节假日安排的通知: 10月1日（周四）至7日（周三）
放假调休，共7天；9月20日（周日）、10月10日（周六）上班. Mid-Autumn falls on 9月25日–27日.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

import pytest

from banzheng.common import workdays
from banzheng.common.models import WorkdayOverride
from banzheng.common.workdays import (
    OFFICE_CLOSES,
    OFFICE_TZ,
    add_workdays,
    due_at,
    elapsed_fraction,
    is_workday,
    workdays_between,
)

LOGGER = "banzheng.common.workdays"


def beijing(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=OFFICE_TZ)


@pytest.fixture
def fresh_warnings(monkeypatch, caplog):
    """Forget which years were already reported, and capture the calendar's log."""
    monkeypatch.setattr(workdays, "_warned_years", set())
    caplog.set_level(logging.WARNING, logger=LOGGER)
    return caplog


def fallback_warnings(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


async def test_2026_national_day_week_is_off(app):
    for day in range(1, 8):
        assert not await is_workday(date(2026, 10, day)), f"2026-10-0{day} is a holiday"
    assert await is_workday(date(2026, 9, 30))
    assert await is_workday(date(2026, 10, 8))


async def test_2026_make_up_workdays_fall_on_a_weekend(app):
    assert date(2026, 9, 20).weekday() == 6  # Sunday, worked for National Day
    assert date(2026, 10, 10).weekday() == 5  # Saturday, worked for National Day
    assert await is_workday(date(2026, 9, 20))
    assert await is_workday(date(2026, 10, 10))
    assert not await is_workday(date(2026, 10, 11))  # the Sunday after stays a rest day
    assert not await is_workday(date(2026, 9, 25))  # Mid-Autumn, a Friday


async def test_five_working_days_from_the_eve_of_national_day(app):
    # 10-08 Thu (1), 10-09 Fri (2), 10-10 Sat make-up (3), 10-12 Mon (4), 10-13 Tue (5)
    assert await add_workdays(date(2026, 9, 30), 5) == date(2026, 10, 13)
    assert await add_workdays(beijing(2026, 9, 30, 16), 1) == date(2026, 10, 8)
    assert await add_workdays(date(2026, 9, 30), 0) == date(2026, 9, 30)


async def test_due_at_is_office_closing_of_the_last_working_day(app):
    due = await due_at(beijing(2026, 9, 30, 10, 15), workdays=5)
    assert due == datetime.combine(date(2026, 10, 13), OFFICE_CLOSES, tzinfo=OFFICE_TZ)
    assert due.isoformat() == "2026-10-13T17:30:00+08:00"


async def test_due_at_reads_the_date_in_beijing_time(app):
    # 2026-10-09 20:00 UTC is already Saturday 10-10 04:00 in Beijing: day 0 is the Saturday
    # (a make-up workday), so one working day later is Monday, not the Saturday itself.
    utc_evening = datetime(2026, 10, 9, 20, 0, tzinfo=UTC)
    due = await due_at(utc_evening, workdays=1)
    assert due == beijing(2026, 10, 12, 17, 30)


async def test_naive_datetimes_are_refused(app):
    with pytest.raises(ValueError, match="timezone-aware"):
        await due_at(datetime(2026, 9, 30, 10), workdays=5)


async def test_workdays_between_inverts_add_workdays(app):
    start = date(2026, 9, 18)
    for n in range(15):
        end = await add_workdays(start, n)
        assert await workdays_between(start, end) == n
    assert await workdays_between(date(2026, 9, 30), date(2026, 10, 7)) == 0
    assert await workdays_between(date(2026, 10, 13), date(2026, 9, 30)) == -5


async def test_year_unknown_to_both_sources_falls_back_to_weekdays_with_one_warning(
    app, fresh_warnings
):
    assert await is_workday(date(2027, 3, 3))  # a Wednesday
    assert not await is_workday(date(2027, 3, 6))  # a Saturday
    assert await add_workdays(date(2027, 3, 5), 1) == date(2027, 3, 8)
    warnings = fallback_warnings(fresh_warnings)
    assert len(warnings) == 1, "warned once per year per process"
    assert "2027" in warnings[0].getMessage()
    assert warnings[0].year == 2027


async def test_a_covered_year_logs_no_warning(app, fresh_warnings):
    assert await add_workdays(date(2026, 1, 5), 20)
    assert fallback_warnings(fresh_warnings) == []


async def test_override_wins_for_an_uncovered_year(app, fresh_warnings):
    # 2027 Spring Festival is on Saturday 02-06; suppose the notice gives 02-08 (Mon) … 02-12 off
    # and Saturday 02-20 as a make-up workday.
    for day in range(8, 13):
        await WorkdayOverride.create(date=date(2027, 2, day), is_workday=False, name="春节")
    await WorkdayOverride.create(date=date(2027, 2, 20), is_workday=True, name="春节调休上班")

    assert date(2027, 2, 8).weekday() == 0
    assert not await is_workday(date(2027, 2, 8))
    assert fallback_warnings(fresh_warnings) == [], "an overridden date needs no fallback"
    assert await is_workday(date(2027, 2, 20))
    # From Friday 02-05: 02-15 Mon (1) … 02-19 Fri (5), 02-20 Sat make-up (6)
    assert await add_workdays(date(2027, 2, 5), 1) == date(2027, 2, 15)
    assert await add_workdays(date(2027, 2, 5), 6) == date(2027, 2, 20)
    assert await workdays_between(date(2027, 2, 5), date(2027, 2, 12)) == 0


async def test_override_corrects_a_covered_year(app):
    await WorkdayOverride.create(date=date(2026, 10, 12), is_workday=False, name="临时调整")
    assert not await is_workday(date(2026, 10, 12))
    assert await add_workdays(date(2026, 9, 30), 5) == date(2026, 10, 14)


async def test_elapsed_fraction_does_not_count_the_weekend(app):
    # Accepted Friday 2026-06-12 at opening, due two working days later: Tuesday 06-16 17:30.
    # 06-13/14 are the weekend; 06-15 is a Monday workday (端午 2026 is 06-19).
    start = beijing(2026, 6, 12, 9)
    due = await due_at(start, workdays=2)
    assert due == beijing(2026, 6, 16, 17, 30)
    # Three office days in all; Friday's is used up by Friday evening...
    assert await elapsed_fraction(start, due, beijing(2026, 6, 12, 17, 30)) == pytest.approx(1 / 3)
    # ...and the weekend adds nothing.
    assert await elapsed_fraction(start, due, beijing(2026, 6, 14, 23, 0)) == pytest.approx(1 / 3)
    assert await elapsed_fraction(start, due, beijing(2026, 6, 15, 17, 30)) == pytest.approx(2 / 3)
    assert await elapsed_fraction(start, due, due) == pytest.approx(1.0)
    assert await elapsed_fraction(start, due, beijing(2026, 6, 17, 17, 30)) == pytest.approx(4 / 3)
    assert await elapsed_fraction(start, due, beijing(2026, 6, 11, 12)) == 0.0


async def test_elapsed_fraction_reaches_the_80_percent_warning_on_the_last_day(app):
    # 5 working days from Friday 09-18 (day 0): 09-20 Sun make-up … due Thu 09-24 17:30.
    start = beijing(2026, 9, 18, 9)
    due = await due_at(start, workdays=5)
    assert due == beijing(2026, 9, 24, 17, 30)
    # Six office days of 8.5 h; 80 % of 51 h is 40.8 h: 4 days 34 h + 6.8 h into the fifth.
    assert await elapsed_fraction(start, due, beijing(2026, 9, 23, 15, 48)) == pytest.approx(0.8)
    assert await elapsed_fraction(start, due, beijing(2026, 9, 23, 15, 0)) < 0.8
