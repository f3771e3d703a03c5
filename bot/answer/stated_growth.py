"""«سال ۹۶ چند قرارداد داشت» when only «در سال ۹۷ تعداد ۵۴ قرارداد … منعقد شد که نسبت به سال قبل ۵۴ درصد
افزایش دارد» is stored: the year before is the later figure over (1 + the growth).

Only when the growth is said of that very figure: in a clause opened by «که» after it, with no other number
between them, against the year before, and naming no other measure («… که سرمایه‌گذاری آنها ۲۰ درصد …» is not).
"""
import re

from bot.answer.render import amount, grouped, period_words
from bot.extract.model import Period
from bot.lang.units import MEASURE_NOUNS
from bot.records import StoredFact

_OF_IT = re.compile(r"(?<!\w)که(?!\w)")
_AGAINST_YEAR_BEFORE = re.compile(r"(?:نسبت به|مقایسه با)\s+(?:مدت\s+مشابه\s+)?(?:سال\s+(?:قبل|گذشته|پیش|(\d+))"
                                  r"|پارسال)(?!\w)")
_YEAR_SAID = re.compile(r"سال\s+\d+")  # «مدت مشابه سال ۹۵»: the baseline's year, no figure
_UP = re.compile(r"^ی?\s*(?:افزایش|رشد)")
_DOWN = re.compile(r"^ی?\s*کاهش")
_UP_BEFORE = re.compile(r"(?:افزایش|رشد)(?:ی)?\s*$")  # «رشدی ۸۲ درصدی»: the growth word before the number
_DOWN_BEFORE = re.compile(r"کاهش(?:ی)?\s*$")
WHOLE_KINDS = frozenset({"count", "people"})  # counted things: the year before is a whole number


def growth_of(figure: StoredFact, percent: StoredFact) -> float | None:
    """The growth (a fraction, negative for a fall) that `percent` states of `figure` against the year before."""
    if percent.kind != "percent" or (percent.source.release_id, percent.sentence) != (
            figure.source.release_id, figure.sentence):
        return None
    text = figure.sentence
    start, at = text.find(figure.amount_text), text.find(percent.amount_text)
    if start < 0 or at <= start:
        return None
    between = text[start + len(figure.amount_text) : at]
    opened = _OF_IT.search(between)
    clause = between[opened.end() :] if opened else ""
    against = _AGAINST_YEAR_BEFORE.search(clause)
    if not opened or not against or re.search(r"\d", _YEAR_SAID.sub("", between)) \
            or not _year_before(against.group(1), figure) or any(word in MEASURE_NOUNS for word in clause.split()):
        return None
    after = text[at + len(percent.amount_text) :].lstrip()
    up = _UP.match(after) or _UP_BEFORE.search(between)
    sign = 1 if up else -1 if _DOWN.match(after) or _DOWN_BEFORE.search(between) else 0
    return sign * percent.value / 100 or None


def _year_before(said: str | None, figure: StoredFact) -> bool:
    """«سال قبل» is; «سال ۹۵» is when the figure is of ۱۳۹۶."""
    if said is None:
        return True
    year = int(said)
    figure_year = figure.period.start // 100 if figure.period else 0
    return year in (figure_year - 1, (figure_year - 1) % 100)


def year_before(figure: StoredFact, growth: float, asked: Period) -> tuple[float, str]:
    """(value, explanation) of the figure the year before, from the figure and its growth."""
    value = figure.value / (1 + growth)
    if figure.kind in WHOLE_KINDS:
        value = float(round(value))
    sign = "+" if growth > 0 else "−"
    text = (f"{amount(figure.value, figure.unit)} در {period_words(figure.period)} ÷ (۱ {sign} "
            f"{grouped(round(abs(growth) * 100, 2))}٪، {'رشد' if growth > 0 else 'کاهش'} نسبت به سال قبل) ≈ "
            f"{amount(value, figure.unit)} در {period_words(asked)}")
    return value, text
