"""News holidays: fixed-date, nth-weekday and Easter-based ones, computed per year.

Only rule-based holidays are listed; lunar/lunisolar ones (Chinese New Year, Eid, Diwali) need
tables of observed dates and are deliberately left out rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from services.extractor.timewords import alternation


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda y: date(y, month, day)


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """n-th (1-based; -1 = last) ``weekday`` of ``month``."""

    def rule(y: int) -> date:
        if n > 0:
            first = date(y, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        nxt = date(y + 1, 1, 1) if month == 12 else date(y, month + 1, 1)
        last = nxt - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return rule


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def orthodox_easter(y: int) -> date:
    """Orthodox Easter: Julian computus (Meeus), shifted to the Gregorian calendar."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_offset = y // 100 - y // 400 - 2
    return date(y, month, day + 1) + timedelta(days=julian_offset)


def _easter(offset: int, base: Callable[[int], date] = easter) -> Callable[[int], date]:
    return lambda y: base(y) + timedelta(days=offset)


def _weekday_nearest(month: int, day: int) -> Callable[[int], date]:
    """A fixed date moved to the nearest weekday when it falls on a weekend (Boss's Day)."""

    def rule(y: int) -> date:
        d = date(y, month, day)
        return d + timedelta(days={5: -1, 6: 1}.get(d.weekday(), 0))

    return rule


_thanksgiving = _nth_weekday(11, 3, 4)

HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": _fixed(1, 1),
    "new years day": _fixed(1, 1),
    "new year day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "new years eve": _fixed(12, 31),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "xmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "valentine's day": _fixed(2, 14),
    "valentines day": _fixed(2, 14),
    "valentine day": _fixed(2, 14),
    "halloween": _fixed(10, 31),
    "independence day": _fixed(7, 4),
    "fourth of july": _fixed(7, 4),
    "4th of july": _fixed(7, 4),
    "4 of july": _fixed(7, 4),
    "july 4th": _fixed(7, 4),
    "juneteenth": _fixed(6, 19),
    "st patrick's day": _fixed(3, 17),
    "st. patrick's day": _fixed(3, 17),
    "saint patrick's day": _fixed(3, 17),
    "st patricks day": _fixed(3, 17),
    "saint patricks day": _fixed(3, 17),
    "st paddy's day": _fixed(3, 17),
    "saint paddy's day": _fixed(3, 17),
    "veterans day": _fixed(11, 11),
    "veterans' day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "bastille day": _fixed(7, 14),
    "anzac day": _fixed(4, 25),
    "australia day": _fixed(1, 26),
    "canada day": _fixed(7, 1),
    "may day": _fixed(5, 1),
    "international women's day": _fixed(3, 8),
    "earth day": _fixed(4, 22),
    "world vegan day": _fixed(11, 1),
    "boss's day": _weekday_nearest(10, 16),
    "boss day": _weekday_nearest(10, 16),
    "bosses day": _weekday_nearest(10, 16),
    "thanksgiving day": _thanksgiving,
    "thanksgiving": _thanksgiving,
    "black friday": _easter(1, _thanksgiving),
    "mlk day": _nth_weekday(1, 0, 3),
    "mlk jr. day": _nth_weekday(1, 0, 3),
    "mlk jr day": _nth_weekday(1, 0, 3),
    "martin luther king day": _nth_weekday(1, 0, 3),
    "martin luther king's day": _nth_weekday(1, 0, 3),
    "martin luther kings day": _nth_weekday(1, 0, 3),
    "martin luther king jr. day": _nth_weekday(1, 0, 3),
    "civil rights day": _nth_weekday(1, 0, 3),
    "presidents day": _nth_weekday(2, 0, 3),
    "presidents' day": _nth_weekday(2, 0, 3),
    "president's day": _nth_weekday(2, 0, 3),
    "memorial day": _nth_weekday(5, 0, -1),
    "labor day": _nth_weekday(9, 0, 1),
    "columbus day": _nth_weekday(10, 0, 2),
    "mother's day": _nth_weekday(5, 6, 2),
    "father's day": _nth_weekday(6, 6, 3),
    "easter": easter,
    "easter sunday": easter,
    "easter day": easter,
    "easter monday": _easter(1),
    "easter mon": _easter(1),
    "good friday": _easter(-2),
    "holy saturday": _easter(-1),
    "maundy thursday": _easter(-3),
    "covenant thursday": _easter(-3),
    "covenant thu": _easter(-3),
    "palm sunday": _easter(-7),
    "branch sunday": _easter(-7),
    "ash wednesday": _easter(-46),
    "shrove tuesday": _easter(-47),
    "mardi gras": _easter(-47),
    "pancake day": _easter(-47),
    "ascension day": _easter(39),
    "pentecost": _easter(49),
    "whit sunday": _easter(49),
    "white sunday": _easter(49),
    "whit monday": _easter(50),
    "trinity sunday": _easter(56),
    "orthodox easter": orthodox_easter,
    "orthodox easter sunday": orthodox_easter,
    "orthodox good friday": _easter(-2, orthodox_easter),
    "orthodox great friday": _easter(-2, orthodox_easter),
    "clean monday": _easter(-48, orthodox_easter),
    "lazarus saturday": _easter(-8, orthodox_easter),
}

HOLIDAY_RE = alternation(HOLIDAYS)
HOLIDAY_WORDS = frozenset(w for name in HOLIDAYS for w in re.findall(r"[a-z]+", name))


def holiday_in(name: str, year: int) -> date | None:
    """The date of holiday ``name`` in ``year`` (``None`` when the name is unknown)."""
    rule = HOLIDAYS.get(name)
    return rule(year) if rule else None
