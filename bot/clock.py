"""Today's Jalali date in Tehran: the default asking date."""
from datetime import UTC, datetime, timedelta, timezone

import jdatetime

try:
    from zoneinfo import ZoneInfo

    TEHRAN: timezone | ZoneInfo = ZoneInfo("Asia/Tehran")
except Exception:  # no tz database on the machine: Iran keeps +03:30 all year since 1401
    TEHRAN = timezone(timedelta(hours=3, minutes=30))


def today_jalali() -> tuple[int, int, int]:
    now = datetime.now(UTC).astimezone(TEHRAN)
    j = jdatetime.date.fromgregorian(date=now.date())
    return j.year, j.month, j.day


def as_text(date: tuple[int, int, int]) -> str:
    return f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}"
