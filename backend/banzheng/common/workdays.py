"""The working-day calendar (法定工作日) every time limit is counted in.

The plan promises the whole process within 5 working days and sets per-step limits with overdue
warnings (requirement 2); a working day there is a statutory one. Holidays and the weekend days
worked in exchange (调休) are published each year by the State Council General Office in
国务院办公厅关于<year>年部分节假日安排的通知. A date's status is decided, in this order, by:

1. a `WorkdayOverride` row — an administrator entering a notice the package does not have yet,
   or correcting a day;
2. the `chinesecalendar` package (`chinese_calendar`), which carries those notices for the
   years it knows (2004–2026 in version 1.11.0);
3. Monday to Friday, for a year neither covers, with a WARNING logged once per year per
   process: deadlines keep running rather than crash, and operators are told that the year's
   holidays are missing and must be entered — a holiday is never treated as a workday silently.

Functions needing many dates load the overrides for the whole range in one query.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import chinese_calendar

from banzheng.common.models import WorkdayOverride
from banzheng.common.times import SERVICE_TZ

log = logging.getLogger(__name__)

OFFICE_TZ = SERVICE_TZ  # the TIME_ZONE setting (common/times.py): one zone everywhere
# Office hours of the registration hall: a deadline falls at closing time of its last working
# day, and only time inside these hours counts as elapsed working time.
OFFICE_OPENS = time(9, 0)
OFFICE_CLOSES = time(17, 30)

# Days of calendar looked up per query when walking forward; a long holiday (春节, 国庆) is
# 7–9 days, so twice the working days plus a month is nearly always one query.
_LOOKAHEAD_SLACK_DAYS = 30

# Years already reported as missing from both sources (the WARNING is logged once per year).
_warned_years: set[int] = set()

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class _Calendar:
    """Working-day status of the dates in [first, last], with their overrides already loaded."""

    first: date
    last: date
    overrides: Mapping[date, bool]

    def is_workday(self, day: date) -> bool:
        if not self.first <= day <= self.last:
            raise ValueError(f"{day} is outside the loaded range {self.first}…{self.last}")
        if day in self.overrides:
            return self.overrides[day]
        return _statutory_workday(day)

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end`; negative when `end` is
        earlier. Both must lie in the loaded range (the day after the earlier one at least)."""
        if end < start:
            return -self.workdays_between(end, start)
        return sum(self.is_workday(day) for day in _days(start + ONE_DAY, end))


async def calendar(first: date, last: date) -> _Calendar:
    """The working days of [first, last] with their overrides, loaded in one query: for counting
    many spans at once (a statistic over every application of an estate)."""
    return await _load(first, last)


def _statutory_workday(day: date) -> bool:
    """The published notice via `chinese_calendar`, or Monday–Friday for a year it lacks."""
    published = _published(day)
    if published is not None:
        return published
    if day.year not in _warned_years:
        _warned_years.add(day.year)
        log.warning(
            "working-day calendar has no holidays for %s: counting Monday–Friday; enter the "
            "year's 国务院办公厅节假日安排通知 as WorkdayOverride rows",
            day.year,
            extra={"year": day.year},
        )
    return day.weekday() < 5


@functools.lru_cache(maxsize=4096)  # ~11 years of days; the package's tables never change
def _published(day: date) -> bool | None:
    """`chinese_calendar`'s answer, None for a year it lacks. Remembered per process: counting
    an expected date asks for each day ahead, and the package's date validation alone was 3.4 %
    of the API's CPU while owners read their progress (scripts/bench/README.md)."""
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return None


async def _load(first: date, last: date) -> _Calendar:
    rows = await WorkdayOverride.filter(date__gte=first, date__lte=last).values_list(
        "date", "is_workday"
    )
    return _Calendar(first, last, dict(rows))


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


def _local_date(value: date | datetime) -> date:
    """The calendar date in Beijing time; datetimes must carry a time zone."""
    if isinstance(value, datetime):
        return _aware(value).astimezone(OFFICE_TZ).date()
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is required")
    return value


async def is_workday(day: date) -> bool:
    """Whether `day` is a statutory working day (国务院办公厅关于节假日安排的通知).

    An override row wins, then `chinese_calendar`, then Monday–Friday with a WARNING.
    """
    day = _local_date(day)
    return (await _load(day, day)).is_workday(day)


async def add_workdays(start: date | datetime, n: int) -> date:
    """The `n`th working day after `start` (the start day itself is day 0, whatever it is).

    So an application accepted on Friday with a 5-working-day limit is due the following Friday,
    and one submitted on a Saturday is due the Friday after; holidays and make-up workdays follow
    国务院办公厅关于节假日安排的通知.
    """
    if n < 0:
        raise ValueError("n must be zero or more working days")
    current = _local_date(start)
    remaining = n
    while remaining:
        first = current + ONE_DAY
        last = current + timedelta(days=2 * remaining + _LOOKAHEAD_SLACK_DAYS)
        calendar = await _load(first, last)
        for day in _days(first, last):
            if calendar.is_workday(day):
                remaining -= 1
                if remaining == 0:
                    return day
        current = last
    return current


async def workdays_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is earlier.

    The inverse of `add_workdays`: `workdays_between(d, await add_workdays(d, n)) == n`.
    Statutory calendar per 国务院办公厅关于节假日安排的通知.
    """
    start, end = _local_date(start), _local_date(end)
    if end == start:
        return 0
    first, last = min(start, end), max(start, end)
    return (await _load(first + ONE_DAY, last)).workdays_between(start, end)


async def due_at(start: datetime, *, workdays: int) -> datetime:
    """Deadline of a time limit of `workdays` working days: closing time of the last one.

    Counted from `start`'s date in Beijing time (day 0), per 国务院办公厅关于节假日安排的通知;
    the result is `OFFICE_CLOSES` in Asia/Shanghai.
    """
    last_day = await add_workdays(_aware(start), workdays)
    return datetime.combine(last_day, OFFICE_CLOSES, tzinfo=OFFICE_TZ)


def _working_seconds(calendar: _Calendar, start: datetime, end: datetime) -> float:
    """Seconds of office hours on working days between two instants."""
    if end <= start:
        return 0.0
    total = 0.0
    for day in _days(_local_date(start), _local_date(end)):
        if not calendar.is_workday(day):
            continue
        opens = datetime.combine(day, OFFICE_OPENS, tzinfo=OFFICE_TZ)
        closes = datetime.combine(day, OFFICE_CLOSES, tzinfo=OFFICE_TZ)
        overlap = min(end, closes) - max(start, opens)
        total += max(overlap.total_seconds(), 0.0)
    return total


async def elapsed_fraction(start: datetime, due: datetime, now: datetime) -> float:
    """Share of a time limit used up by `now`, counting working time only.

    Working time is office hours (`OFFICE_OPENS`–`OFFICE_CLOSES`) on statutory working days
    (国务院办公厅关于节假日安排的通知), so nights, weekends and holidays do not bring a step
    closer to its overdue warning. 0.0 before `start`, 1.0 at `due`, above 1.0 once overdue.
    """
    start, due, now = _aware(start), _aware(due), _aware(now)
    first = _local_date(min(start, due, now))
    last = _local_date(max(start, due, now))
    calendar = await _load(first, last)
    allowed = _working_seconds(calendar, start, due)
    if allowed == 0:
        return 1.0 if now >= due else 0.0
    return _working_seconds(calendar, start, now) / allowed


# --- administration: entering a year's notice --------------------------------------------------


def package_covers(year: int) -> bool:
    """Whether `chinesecalendar` carries the notice for `year`."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


async def overrides(year: int) -> list[WorkdayOverride]:
    return await WorkdayOverride.filter(
        date__gte=date(year, 1, 1), date__lte=date(year, 12, 31)
    ).order_by("date")


async def set_override(*, day: date, is_workday: bool, name: str) -> WorkdayOverride:
    """Enter (or correct) one day of a year's 国务院办公厅节假日安排通知; the scan and every new
    deadline use it at once."""
    row, _ = await WorkdayOverride.update_or_create(
        date=day, defaults={"is_workday": is_workday, "name": name}
    )
    return row


async def remove_override(day: date) -> bool:
    return bool(await WorkdayOverride.filter(date=day).delete())
