"""Past issues by month: a calendar per month, the days with an issue linked.

An edition of a few issues lists them; once it holds more than fit on a screen
(:data:`CALENDAR_FROM`), readers look an issue up by date, as on a paper's own e-paper site.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass

CALENDAR_FROM = 8  # issues: from this many the home page shows months, not a plain list
WEEKDAY_HEADS = ("一", "二", "三", "四", "五", "六", "日")


@dataclass(frozen=True)
class Day:
    number: int  # 0: a cell outside the month
    issue: str = ""  # the issue folder (ISO date) when the edition holds one that day


@dataclass(frozen=True)
class Month:
    id: str  # 2022-11
    label: str  # 2022年11月
    weeks: tuple[tuple[Day, ...], ...]
    issues: int


def issue_months(dates: Iterable[str]) -> list[Month]:
    """The months holding issues, newest first; undated issues are left to the list."""
    by_month: dict[tuple[int, int], set[int]] = {}
    for text in dates:
        try:
            day = _dt.date.fromisoformat(text)
        except ValueError:
            continue
        by_month.setdefault((day.year, day.month), set()).add(day.day)
    months = []
    for (year, month), days in sorted(by_month.items(), reverse=True):
        weeks = tuple(
            tuple(Day(n, f"{year:04d}-{month:02d}-{n:02d}" if n in days else "") for n in week)
            for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month))
        months.append(Month(f"{year:04d}-{month:02d}", f"{year}年{month}月", weeks, len(days)))
    return months
