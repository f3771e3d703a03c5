"""Spans of Jalali months as Period values: the calendar arithmetic behind reading a period.

Months are year*100+month; a span may cross a new year («سه ماه گذشته» asked in Ordibehesht).
"""
import jdatetime

from bot.extract.model import Period

RefDate = tuple[int, int, int]

_EARLY_DAYS = 5
NEW_CENTURY_BELOW = 40  # «۰۲» is 1402, «۹۸» is 1398


def last_reported_month(ref: RefDate) -> int:
    """The last month a figure «so far» covers: a report in the first days of a month covers the months
    before it («از ابتدای سال تاکنون» on 1 Dey is Farvardin to Azar)."""
    _, mo, day = ref
    return mo - 1 if day < _EARLY_DAYS and mo > 1 else mo


def point_at_month_end(y: int, mo: int) -> Period:
    """The last day of a Jalali month, as a point: «پایان سال ۹۶» is 1396-12-29."""
    day = 31 if mo <= 6 else 30 if mo <= 11 else (30 if jdatetime.date(y, 1, 1).isleap() else 29)
    return Period(y * 100 + mo, y * 100 + mo, "point", f"{y}-{mo:02d}-{day:02d}")


def span(y: int, first: int, last: int, kind: str | None = None) -> Period:
    """Months first..last of year y: a whole year unless a kind is given, otherwise a part of it."""
    if (first, last) == (1, 12) and kind is None:
        return Period(y * 100 + 1, y * 100 + 12, "year", str(y))
    label = f"{y}-{first:02d}..{y}-{last:02d}" if first != last else f"{y}-{first:02d}"
    return Period(y * 100 + first, y * 100 + last, kind or "partial", label)


def months_back(y: int, last: int, n: int) -> Period | None:
    """The n months up to month `last` of year y (0 is the Esfand before), across a new year if need be."""
    end = y * 12 + last - 1
    (y1, m1), (y2, m2) = divmod(end - n + 1, 12), divmod(end, 12)
    if not 1 <= n <= 24:
        return None
    if y1 == y2:
        return span(y1, m1 + 1, m2 + 1)
    return Period(y1 * 100 + m1 + 1, y2 * 100 + m2 + 1, "partial", f"{y1}-{m1 + 1:02d}..{y2}-{m2 + 1:02d}")


def years_around(y: int, n: int, ahead: bool) -> Period | None:
    """«پنج سال آینده» is the next five whole years; «سه سال گذشته» the three before this one."""
    first, last = (y + 1, y + n) if ahead else (y - n, y - 1)
    if not 1 <= n <= 50:
        return None
    return span(first, 1, 12) if n == 1 else Period(first * 100 + 1, last * 100 + 12, "years", f"{first}..{last}")


def two_digit_year(y: int) -> int:
    """«۹۸» is 1398 and «۰۲» is 1402: the press office's years are never in the 1340s."""
    return 1400 + y if y < NEW_CENTURY_BELOW else 1300 + y
