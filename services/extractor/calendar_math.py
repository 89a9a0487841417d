"""Small calendar arithmetic used by the temporal resolver (months, weeks, quarters, grains)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date`` or ``None`` for an impossible day (Feb 30) or a year Python cannot hold."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    """Shift by calendar months, clipping the day to the target month's length (Jan 31 + 1 → Feb 28)."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: date, n: int) -> date:
    return add_months(d, 12 * n)


def week_start(d: date) -> date:
    """Monday of ``d``'s week (weeks run Monday to Sunday, as in Duckling and ISO 8601)."""
    return d - timedelta(days=d.weekday())


def quarter_start(d: date) -> date:
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def nth_weekday_in(first: date, last: date, weekday: int, n: int) -> date | None:
    """n-th (1-based; negative counts from the end) ``weekday`` between ``first`` and ``last``."""
    if n > 0:
        d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        d = last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return d if first <= d <= last else None
