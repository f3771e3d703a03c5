"""Today's Jalali date in Tehran: the default asking date."""
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

import jdatetime

try:
    from zoneinfo import ZoneInfo

    TEHRAN: timezone | ZoneInfo = ZoneInfo("Asia/Tehran")
except Exception:  # no tz database on the machine: Iran keeps +03:30 all year since 1401
    TEHRAN = timezone(timedelta(hours=3, minutes=30))


def today_jalali() -> tuple[int, int, int]:
    return _jalali(datetime.now(UTC).astimezone(TEHRAN).date())


@lru_cache(maxsize=4)  # every question asks the date: the conversion (20 µs) is done once a day
def _jalali(day: date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def as_text(date: tuple[int, int, int]) -> str:
    return f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}"
