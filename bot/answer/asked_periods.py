"""Periods as people say them in a question, rewritten to the forms the period finder reads.

Readers shorten the year after a month, a season or a span of months («تا مهر ۹۸», «تابستان ۹۷», «۹ ماهه
۹۸»): left short, the finder would take the month alone and put it in the current year. Spoken spans
(«سه ماه آخر سال») come from bot/data/period_phrases.txt.
"""
import re
from functools import cache

from bot.extract.model import Period
from bot.extract.spans import RefDate, two_digit_year
from bot.lang.calendar import HALF_WORDS, MONTHS, NOW_WORDS, SEASONS
from bot.lang.numbers import MULTIPLIERS
from bot.lang.units import UNITS
from bot.text.datafiles import data_lines
from bot.text.normalize import normalize

SPAN_WORDS = ("ماهه", "ماه", "سال", "اول", "نخست", "دوم", "سوم", "چهارم", "پایان", "آخر", "ابتدای", "اول سال",
              "نسبت به")  # «سال ۹۸ نسبت به ۹۷»
TO_NOW = (*NOW_WORDS, "کنون", "حالا", "الان", "امروز",  # «امسال تا الان»: the asked span ends today
          "از اول امسال", "از ابتدای امسال", "از آغاز امسال", "از اول سال", "از ابتدای سال")
# «… کار می‌کنند», «… شاغل هستند», «… وجود دارد»: the present of a state asks where things stand today
_STATE_NOW = re.compile(r"(?<!\w)(?:(?:کار|فعالیت)\s+می[\u200c ]?کن\w*|شاغل[\u200c ]?(?:هستند|اند|است)|مشغول به کار"
                        r"|وجود\s+(?:دارد|دارند))(?!\w)")
_BARE_BASELINE = re.compile(r"(?:نسبت به|بیشتر از|کمتر از|در مقایسه با)\s+(?:سال\s+)?(1[34]\d\d)(?!\d)")


@cache
def _short_year() -> re.Pattern[str]:
    words = sorted({*MONTHS, *SEASONS, *HALF_WORDS, *SPAN_WORDS}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)((?:{'|'.join(map(re.escape, words))})\s+)(\d{{2}})(?![\d.,٫٬])")


@cache
def _phrases() -> tuple[tuple[str, str], ...]:
    pairs = (line.split("=>", 1) for line in data_lines("period_phrases.txt") if "=>" in line)
    table = [(normalize(a.strip()), normalize(b.strip())) for a, b in pairs]
    return tuple(sorted(table, key=lambda p: len(p[0]), reverse=True))


@cache
def _not_counting() -> str:
    """A number that ends there and counts nothing: no unit or multiplier after it."""
    counted = sorted({*UNITS, *MULTIPLIERS}, key=len, reverse=True)
    return rf"(?![\d.,٫٬])(?!\s*(?:{'|'.join(map(re.escape, counted))})(?![\w\u200c]))"


@cache
def _bare_year() -> re.Pattern[str]:
    """«۱۴۰۲ چند واحد احیا شد»: a number shaped like a year, not counting anything after it."""
    return re.compile(rf"(?<![\d.,٫٬\w])(?<!سال )(?<!سال‌های )(?<!سالهای )(1[34]\d\d){_not_counting()}")


@cache
def _year_after_plural() -> re.Pattern[str]:
    """«سرمایه‌گذاری قراردادهای ۹۷ گلستان»: two digits after a plural in «ـهای» name the year of those things
    (a count comes before its noun: «۹۷ قرارداد»)."""
    return re.compile(rf"((?:ها|های)\s+)(\d{{2}}){_not_counting()}")


def full_year(short: str) -> str:
    return str(two_digit_year(int(short)))


# «از اول کار صندوق تا حالا», «از زمان تاسیس»: since the body began, said with the rest of the question's period
# («تا حالا»); «کار» there is not jobs, nor «اول» a word the releases must use
_SINCE_START = re.compile(r"(?<!\w)از\s+(?:زمان\s+)?(?:اول|ابتدای|آغاز|شروع|بدو)\s+(?:به\s+)?"
                          r"(?:کار|فعالیت|تاسیس)(?!\w)")


def spelled_out(normalized: str) -> str:
    """«سه ماه آخر سال ۹۶» -> «زمستان 1396»: the question with its periods in written form."""
    normalized = _SINCE_START.sub("", normalized)
    for phrase, written in _phrases():
        normalized = normalized.replace(phrase, written)
    normalized = _short_year().sub(lambda m: m.group(1) + full_year(m.group(2)), normalized)
    normalized = _year_after_plural().sub(lambda m: m.group(1) + "سال " + full_year(m.group(2)), normalized)
    return _bare_year().sub(r"سال \1", normalized)


def runs_to_now(normalized: str) -> bool:
    """Does the question ask for a span up to the asking date («از ابتدای سال تا الان»)?"""
    return any(word in normalized for word in TO_NOW)


def bare_baseline(normalized: str) -> Period | None:
    """«سال ۱۳۹۸ نسبت به ۱۳۹۷»: a year said alone after «نسبت به» is the year compared with."""
    found = _BARE_BASELINE.search(normalized)
    if not found:
        return None
    year = int(found.group(1))
    return Period(year * 100 + 1, year * 100 + 12, "year", str(year))


def state_now(normalized: str, today: RefDate) -> Period | None:
    """«چند نفر در شهرک‌ها کار می‌کنند؟» names no period but asks a state: as it stands on the asking date,
    which the latest «as of» figure answers, never the jobs created in some span."""
    if not _STATE_NOW.search(normalized):
        return None
    y, mo, d = today
    return Period(y * 100 + mo, y * 100 + mo, "point", f"{y}-{mo:02d}-{d:02d}")
