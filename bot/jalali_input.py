"""A Jalali date as people type it in a chat: «۱۵ اردیبهشت ۱۴۰۵», «1405/2/15», «۱۴۰۵-۰۲-۱۵», «امروز», «دیروز».

The result is the stored form «1405-02-15»; anything that is not a real Jalali date raises
ReleaseError("bad_date"), the same error the release header's date raises.
"""
import re

import jdatetime

from bot.lang.calendar import MONTHS, RELATIVE_DAYS
from bot.lang.letters import ARABIC_TO_PERSIAN
from bot.release import ReleaseError

_SEP = r"\s*[/\-.]\s*"
_NUMERIC = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})|(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})")
_MONTH_NAMED = re.compile(r"(\d{1,2})\s*(?:ام|م)?\s+(" + "|".join(MONTHS) + r")\s*(?:ماه|ماهِ)?\s*(?:سال\s*)?(\d{4})?")


def parse_date_input(text: str, today: tuple[int, int, int]) -> str:
    """The Jalali date in `text` as «YYYY-MM-DD»; a named month without a year is in today's year."""
    clean = " ".join(text.translate(ARABIC_TO_PERSIAN).replace("\u200c", " ").split()).strip(" .،؟?")
    if clean in RELATIVE_DAYS:
        day = jdatetime.date(*today) + jdatetime.timedelta(days=RELATIVE_DAYS[clean])
        return _checked(day.year, day.month, day.day, text)
    if m := _NUMERIC.fullmatch(clean):
        y, mo, d = m.group(1, 2, 3) if m.group(1) else (m.group(6), m.group(5), m.group(4))
        return _checked(int(y), int(mo), int(d), text)
    if m := _MONTH_NAMED.fullmatch(clean):
        return _checked(int(m.group(3) or today[0]), MONTHS[m.group(2)], int(m.group(1)), text)
    raise ReleaseError("bad_date", text)


def _checked(year: int, month: int, day: int, typed: str) -> str:
    try:
        jdatetime.date(year, month, day)
    except ValueError as err:
        raise ReleaseError("bad_date", typed) from err
    return f"{year:04d}-{month:02d}-{day:02d}"
