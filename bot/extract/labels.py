"""Numbers that are not statistics: names and references («ماده ۴۸ قانون», «ناحیه صنعتی ۲ قهاوند»,
«سنندج ۴», «شهرک‌های شماره ۱ و ۳»), days of a month («چهارشنبه ۲۴ خرداد»), ordinals («بیست و یکم
مرداد»), phone numbers, thresholds of a definition («زیر ۵۰ نفر», «۵۰ نفر کارکن»), technical
specifications («۲۰ کیلوولت») and horizons («طی پنج سال آینده»)."""
import re
from collections.abc import Iterable
from functools import cache

from bot.extract.model import Amount
from bot.extract.places import any_place_name
from bot.lang.calendar import MONTHS
from bot.lang.labels import DEFINING_AFTER, DEFINING_BEFORE, HORIZON_AFTER, NAMING_WORDS, SPECIFICATION_UNITS
from bot.lang.numbers import UNITS_WORDS
from bot.lang.units import UNITS

_MEASURES = frozenset(spec.unit for spec in UNITS.values())
_ORDINAL_AFTER = re.compile(r"\s*و\s*(\S+?)(?:مین|م)(?![\w\u200c])")


def _words(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + r")(?![\w\u200c])"


# «شماره ۱ و ۳», «فاز ۲، ۳ و ۴»: every number of a list after a naming word is a name
_NAMING_BEFORE = re.compile(rf"(?<![\w\u200c]){_words(NAMING_WORDS)}(?:\s*\d+\s*(?:،|و)(?!\w))*\s*$")
_DEFINING_BEFORE = re.compile(rf"(?<![\w\u200c]){_words(DEFINING_BEFORE)}\s*$")
_DEFINING_AFTER = re.compile(rf"\s*{_words(DEFINING_AFTER)}")
_HORIZON_AFTER = re.compile(rf"\s*{_words(HORIZON_AFTER)}")


@cache
def _place_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{any_place_name().pattern})\s*$")


def is_statistic(sentence: str, amount: Amount) -> bool:
    """Whether a number found in a sentence counts or measures something."""
    before, after = sentence[max(0, amount.start - 40) : amount.start], sentence[amount.end :]
    measured = amount.unit in _MEASURES
    if _NAMING_BEFORE.search(before) and not measured:  # «ماده ۴۸ قانون», «ناحیه صنعتی ۲ قهاوند»
        return False
    if amount.unit in MONTHS and amount.value <= 31:  # «چهارشنبه ۲۴ خرداد»: a day of the month
        return False
    if amount.unit is None and _place_before().search(before):  # «در شهرک صنعتی سنندج ۴، …»
        return False
    if _DEFINING_BEFORE.search(before) or _DEFINING_AFTER.match(after) or amount.unit in SPECIFICATION_UNITS:
        return False
    if amount.kind == "duration" and _HORIZON_AFTER.match(after):
        return False
    first = amount.text.split()[0]
    if first.isdigit() and first.startswith("0") and len(first) > 3:  # a phone number
        return False
    ordinal = _ORDINAL_AFTER.match(after)
    return not (amount.unit is None and ordinal and ordinal.group(1) in UNITS_WORDS)
