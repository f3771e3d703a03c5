"""Find periods in a normalised sentence, resolved against a reference date.

For a release the reference is its publication date («سال گذشته» in a Tir-1400 release is 1399);
for a question it is the asking date. Output: PeriodMention spans, earliest first.
"""
import re
from collections.abc import Iterable

from bot.extract.model import Period, PeriodMention
from bot.extract.spans import (
    RefDate,
    last_reported_month,
    months_back,
    point_at_month_end,
    span,
    two_digit_year,
    years_around,
)
from bot.lang.calendar import (
    EVENTS,
    HALF_WORDS,
    MONTHS,
    NAMED_PERIODS,
    NOW_WORDS,
    OCCASIONS,
    RELATIVE_YEARS,
    SEASONS,
    YEAR_MOTTOS,
)
from bot.lang.numbers import COUNTED_AFTER_ONE, UNITS_WORDS
from bot.lang.speech import SPEECH_VERBS
from bot.lang.units import UNITS
from bot.text.literals import may_match, required_text


def _alt(words: Iterable[str]) -> str:
    forms = sorted((re.escape(w).replace("\\ ", " ").replace(" ", "[ \u200c]") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


_REL = _alt(RELATIVE_YEARS)
_MONTH = rf"(?<![\w\u200c]){_alt(MONTHS)}(?=ماه|\W|$)"  # a word: «تمدیدی» holds no «دی»
_MAH = r"(?:[ \u200c]?ماه)?"  # «آذر ماه», «آذرماه», «آذر‌ماه»
_Y = r"1[34]\d\d"
# «۹ ماهه ۹۶», «تابستان ۹۷»: a bare two-digit year after a span, when no noun follows it
# «تابستان ۹۸ تعداد ۳۳۰ واحد», «تا مهر ۹۸ حدود ۳۳۰ واحد»: a word that leads into another number counts nothing
_BARE_YY = (r"(?P<y4>\d\d)(?=\s*(?:$|[،,.؛:)])|\s+(?:و|از|تا|نسبت|در|به|بود|است|نیز|هم)\s"
            r"|\s+(?:تعداد|حدود|بیش|بیشتر|کمتر|نزدیک|قریب|بالغ|افزون|\d))")
_YEAR_REF = rf"(?:(?:سال )?(?P<rel>{_REL})|(?:سال )?(?P<y>{_Y})|سال (?P<y2>\d\d)(?!\d)|{_BARE_YY})"
_YEAR_AFTER = rf"(?:(?:سال )?(?P<rel_b>{_REL})|(?:سال )?(?P<y_b>{_Y})|سال (?P<y2_b>\d\d)(?!\d))"
_SMALL = _alt(w for w, v in UNITS_WORDS.items() if 1 <= v <= 12)
_UNTIL = rf"(?: تا(?: پایان| آخر| انتهای| اواخر)? (?P<until>{_MONTH}){_MAH})?"
_FIRST = r"(?:نخست|اول|ابتدایی|آغازین|ابتدای)"
_ORDINALS = {"نخست": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "آخر": 4, "پایانی": 4}

_OCCASION_AFTER = "(?:" + "|".join(f"(?<={w} )" for w in ("در", "طی", "آغاز", "پایان", "ایام")) + ")"
_EVENT_AFTER = "(?:" + "|".join(f"(?<={w} )" for w in EVENTS) + ")"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("named", re.compile(_alt(NAMED_PERIODS))),
    ("motto", re.compile(rf"سال [«\"]?(?P<motto>{_alt(YEAR_MOTTOS)})(?![\w\u200c])")),
    # «نسبت به مدت مشابه سال قبل»: the months of the period named before it, in another year
    ("same", re.compile(rf"(?:مدت|دوره|بازه|زمان)(?: زمانی)? (?:مشابه|همانند) {_YEAR_REF}")),
    # «از ابتدای فروردین تا پایان آذرماه امسال», «از اواسط مرداد امسال», «از ابتدای سال تاکنون»
    ("ytd", re.compile(
        rf"از (?:ابتدای|آغاز|اول|شروع|ابتدا|اواسط|اوایل|نیمه)(?: (?P<from>{_MONTH}){_MAH})?(?: {_YEAR_REF}| سال)?"
        rf"(?: تا(?: پایان| آخر| انتهای)? (?P<until>{_MONTH}){_MAH}(?: {_YEAR_AFTER})?"
        rf"|(?P<now> ?تا ?(?:ا?کنون|حالا|الان|امروز)))?")),
    ("years", re.compile(
        rf"(?:سال[\u200c ]?(?:های|ها) |از سال )(?P<y1>{_Y}|\d\d) (?:تا|الی|و) (?:سال )?(?P<y3>{_Y}|\d\d)(?!\d)"
        rf"|سال (?P<y1b>{_Y}) و (?:سال )?(?P<y3b>{_Y})(?!\d)")),  # «سال ۱۴۰۰ و ۱۴۰۱»
    # «سه ماهه دوم امسال», «شش ماهه دوم ۱۴۰۲»: the n-th span of 3 or 6 months
    ("nth", re.compile(rf"(?P<n>سه|3|شش|6)[ \u200c]?ماهه (?P<ord>{_alt(_ORDINALS)})(?: {_YEAR_REF})?")),
    # «از مهر تا آذر ۹۸», «در مهر و آبان امسال»: a span of months named at both ends
    ("range", re.compile(rf"(?:از )?(?P<from>{_MONTH}){_MAH} (?:تا(?: پایان| آخر| انتهای)?|و) (?P<until>{_MONTH}){_MAH}"
                         rf"(?: {_YEAR_REF})?")),
    # «از سال ۱۴۰۰ تاکنون», «از ۱۴۰۰ تا حالا»: from a year's start to the reference date
    ("since", re.compile(rf"از (?:ابتدای |آغاز |اول )?(?:سال (?P<y2>\d\d)|(?:سال )?(?P<y>{_Y}))(?!\d)"
                         rf" ?تا ?(?:ا?کنون|حالا|الان|امروز|به حال)")),
    # a question's «در پایان ۹۸», «تا آخر سال گذشته»: where things stood when that year ended
    ("year_end", re.compile(rf"(?:در|تا) (?:پایان|آخر|انتهای) (?:سال (?P<y2>\d\d)|(?:سال )?(?P<y>{_Y})"
                            rf"|(?:سال )?(?P<rel>{_REL}))(?![\d\w])")),
    # «در ۵ سال آینده», «سه سال اخیر»: whole years counted back or ahead from the reference year
    ("recent_years", re.compile(
        rf"(?<![\d.])(?P<n>\d{{1,2}}|{_SMALL})[ \u200c]سال (?P<dir>گذشته|اخیر|آینده|آتی|پیش رو)")),
    # «در هفته دولت امسال»; «تبریک دهه فجر» is no period
    ("occasion", re.compile(rf"{_OCCASION_AFTER}{_alt(OCCASIONS)}(?: {_YEAR_REF})?")),
    ("event", re.compile(rf"{_EVENT_AFTER}(?P<month>{_MONTH})(?!{_MAH} (?:{_REL}|سال|{_Y}))")),
    ("recent_months", re.compile(rf"(?P<n>\d{{1,2}}|{_SMALL})[ \u200c]?ماه (?:گذشته|اخیر|قبل)")),
    ("last_month", re.compile(r"ماه (?:گذشته|قبل|پیش)|ماه (?P<this>جاری|کنونی)|(?P<this2>این) ماه")),
    ("last_season", re.compile(r"فصل (?:گذشته|قبل|پیش)")),  # the three months of the season before this one
    ("months", re.compile(
        rf"(?P<n>\d{{1,2}}|{_SMALL})[ \u200c]?(?:ماهه(?: {_FIRST})?|ماه {_FIRST}|ماه(?= {_REL}| سال| {_Y}))"
        rf"(?: {_YEAR_REF})?{_UNTIL}")),
    ("half", re.compile(rf"(?P<half>{_alt(HALF_WORDS)})(?: {_YEAR_REF})?")),
    ("season", re.compile(rf"(?P<season>{_alt(SEASONS)})(?: ماه)?(?: {_YEAR_REF})?")),
    ("year", re.compile(rf"(?:سال (?P<y>{_Y}|\d\d)|(?:سال )?(?P<rel>{_REL})) تا(?: پایان| آخر| انتهای| اواخر)?"
                        rf" (?P<until>{_MONTH}){_MAH}")),  # «پارسال تا آخر آذر»: that year's months to Azar
    ("until", re.compile(
        rf"تا(?: پایان| آخر| انتهای| اواخر)? (?P<until>{_MONTH}){_MAH}(?: {_YEAR_REF})?")),
    ("month", re.compile(rf"(?P<month>{_MONTH}){_MAH}(?: {_YEAR_REF})(?!\d)")),  # «مهرماه امسال»
    ("month", re.compile(rf"(?P<month>{_MONTH})[ \u200c]?ماه(?! ?ه)")),
    ("running", re.compile(rf"(?:سال )?(?P<rel>{_alt(w for w, k in RELATIVE_YEARS.items() if k == 0)})"
                           rf"(?! تا(?: پایان| آخر| انتهای| اواخر)? {_MONTH})")),
    ("year", re.compile(rf"(?:سال )?(?P<rel>{_REL}){_UNTIL}")),
    ("year", re.compile(rf"سال (?P<y>{_Y}|\d\d)(?!\d){_UNTIL}")),
    ("year", re.compile(rf"(?<![\d.])(?P<y>{_Y})(?![\d.])(?= ?(?:$|[،,.؛:)]| تا| و | نسبت| در| به| بود| است))")),
    ("year", re.compile(rf"(?<=در )(?P<y>{_Y})(?![\d.])")),
    ("now", re.compile(_alt((*NOW_WORDS, "تاکنون", "تا کنون", "تا الان", "تا حالا")))),
]


_END = r"(?:(?:تا|در) )?پایان "
_NOT_FROM = "".join(f"(?<!{w} )" for w in ("ابتدای", "ابتدا", "اول", "آغاز", "شروع"))  # «از ابتدای امسال تا …»
# In a release, «(تا) پایان آذر ۹۶» and «در پایان سال گذشته» are the day a running total or stock stood at.
_STOCK_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # «در آذرماه اعلام کرد»: when the speaker spoke, not the figure's period
    ("said", re.compile(rf"(?<=در )(?P<month>{_MONTH}){_MAH}(?: امسال)?(?= (?:{_alt(SPEECH_VERBS)}))")),
    # «سال گذشته تا پایان آذر»: where a running total stood at the end of that year's Azar
    ("end", re.compile(rf"{_NOT_FROM}(?:سال )?(?P<rel>{_REL}) {_END}(?P<month>{_MONTH}){_MAH}")),
    ("end", re.compile(rf"{_END}(?:سال )?(?P<rel>{_REL})|{_END}سال (?P<y>{_Y}|\d\d)(?!\d)|{_END}(?P<y_b>{_Y})(?![\d.])"
                       rf"|{_END}سال(?! ?\d)")),
    ("end", re.compile(rf"{_END}(?P<month>{_MONTH}){_MAH}(?: {_YEAR_REF})?")),
    ("now", re.compile(r"(?<!\w)امروز(?!\w)")),
]
_BEFORE_UNTIL = next(k for k, (kind, _) in enumerate(_PATTERNS) if kind == "until")
_RELEASE_PATTERNS = _STOCK_PATTERNS[:2] + _PATTERNS[:_BEFORE_UNTIL] + _STOCK_PATTERNS[2:] + _PATTERNS[_BEFORE_UNTIL:]
# Each pattern with the text it cannot match without: most patterns are not even tried on most sentences.
_QUESTION_CHECKED = [(kind, pattern, required_text(pattern)) for kind, pattern in _PATTERNS]
_RELEASE_CHECKED = [(kind, pattern, required_text(pattern)) for kind, pattern in _RELEASE_PATTERNS]

_BASELINE_BEFORE = re.compile(r"(?:نسبت به|در مقایسه با|مقایسه با|در قیاس با|بیش از|بیشتر از|کمتر از)(?: رقم)?\s*$")


def is_baseline(sentence: str, mention: PeriodMention) -> bool:
    """«… نسبت به مدت مشابه سال قبل»: the period a figure is compared with."""
    return bool(_BASELINE_BEFORE.search(sentence[max(0, mention.start - 30) : mention.start]))


def _year(m: re.Match[str], ref: RefDate) -> int:
    groups = {k: v for k, v in m.groupdict().items() if v}
    for late in ("rel", "y", "y2"):  # a year said after the span's end («تا پایان آذر امسال») is its year
        if groups.get(late + "_b"):
            groups[late] = groups[late + "_b"]
    if groups.get("rel"):
        return ref[0] + RELATIVE_YEARS[_fold(groups["rel"])]
    if groups.get("y"):
        y = int(groups["y"])
        return y if y > 999 else two_digit_year(y)
    if groups.get("y2") or groups.get("y4"):
        return two_digit_year(int(groups.get("y2") or groups["y4"]))
    return ref[0]


def _fold(words: str) -> str:
    return words.replace("\u200c", " ")


def _month_count(word: str) -> int:
    return int(word) if word.isdigit() else int(UNITS_WORDS[word])


def _until(m: re.Match[str], default: int) -> int:
    until = m.groupdict().get("until")
    return MONTHS[until] if until else default


def _resolve(kind: str, m: re.Match[str], ref: RefDate, release: bool = False) -> Period | None:
    g = m.groupdict()
    if kind == "named":
        opens, closes = NAMED_PERIODS[_fold(m.group())]
        return Period(int(opens.replace("-", "")), int(closes.replace("-", "")), "named", m.group())
    if kind == "motto":
        return span(next(y for motto, y in YEAR_MOTTOS.items() if _fold(motto) == _fold(g["motto"])), 1, 12)
    if kind == "now":
        y, mo, d = ref
        return Period(y * 100 + mo, y * 100 + mo, "point", f"{y}-{mo:02d}-{d:02d}")
    if kind == "years":
        a, b = int(g["y1"] or g["y1b"]), int(g["y3"] or g["y3b"])
        a, b = (a if a > 999 else two_digit_year(a)), (b if b > 999 else two_digit_year(b))
        return Period(a * 100 + 1, b * 100 + 12, "years", f"{a}..{b}") if a < b else None
    if kind == "recent_months":  # «دو ماه گذشته»: the months just reported; a question means months now over
        return months_back(ref[0], last_reported_month(ref) if release else ref[1] - 1, _month_count(g["n"]))
    if kind == "recent_years":
        return years_around(ref[0], _month_count(g["n"]), ahead=g["dir"] not in ("گذشته", "اخیر"))
    if kind == "last_season":
        return months_back(ref[0], (ref[1] - 1) // 3 * 3, 3)
    if kind == "last_month":
        y, mo = (ref[0], ref[1]) if g.get("this") or g.get("this2") else (
            (ref[0], ref[1] - 1) if ref[1] > 1 else (ref[0] - 1, 12))
        return span(y, mo, mo)
    y = _year(m, ref)
    if kind == "nth":
        size = 3 if g["n"] in ("سه", "3") else 6
        first = (_ORDINALS[g["ord"]] - 1) * size + 1
        return span(y, first, first + size - 1) if first + size - 1 <= 12 else None
    if kind == "since":
        return Period(y * 100 + 1, ref[0] * 100 + ref[1], "years", f"{y}-01..{ref[0]}-{ref[1]:02d}") if y < ref[0] \
            else span(y, 1, ref[1], "partial")
    if kind == "same":
        return Period(y * 100 + 1, y * 100 + 12, "same", str(y))  # its months come from the sentence
    if kind == "ytd":
        if not (m.group().endswith(("سال", "کنون", "حالا", "الان", "امروز")) or any(g.get(k) for k in (
                "from", "until", "rel", "y", "y2", "y4"))):
            return None  # «پیش از آغاز هفته دولت» starts no span
        same_year = y == ref[0]
        last = _until(m, last_reported_month(ref) if same_year else 12)
        first = MONTHS[g["from"]] if g.get("from") else 1
        return span(y, first, last, None if not same_year and last == 12 and first == 1 else "partial") \
            if first <= last else None
    if kind == "months":
        n = _month_count(g["n"])
        return span(y, 1, n) if 1 <= n <= 12 else None
    if kind == "half":
        first, last = HALF_WORDS[_fold(g["half"])]
        return span(y, first, last)
    if kind == "season":
        first, last = SEASONS[g["season"]]
        if not any(g.get(k) for k in ("rel", "y", "y2", "y4")) and first > ref[1]:
            y -= 1  # «تابستان» said in Farvardin is the last summer
        return span(y, first, last)
    if kind == "range":
        first, last = MONTHS[g["from"]], MONTHS[g["until"]]
        return span(y, first, last, "partial") if first < last else None
    if kind == "month":
        mo = MONTHS[g["month"]]
        if not any(g.get(k) for k in ("rel", "y", "y2", "y4")) and mo > ref[1]:
            y -= 1  # «اسفند ماه» said in Ordibehesht is last Esfand
        return span(y, mo, mo)
    if kind == "event":  # the year of the last such month
        return span(y - 1 if MONTHS[g["month"]] > ref[1] else y, 1, 12)
    if kind == "year_end":  # a point judged by the figures from within its year (match.period_fit)
        end = point_at_month_end(y, 12)
        return Period(y * 100 + 1, y * 100 + 12, "point", end.label) if y < ref[0] else span(y, 1, 12)
    if kind == "end":
        mo = MONTHS[g["month"]] if g.get("month") else 12
        if g.get("month") and not any(g.get(k) for k in ("rel", "y", "y2", "y4")) and mo > ref[1]:
            y -= 1
        return point_at_month_end(y, mo)
    if kind == "said":
        mo = MONTHS[g["month"]]
        y = ref[0] if mo <= ref[1] else ref[0] - 1
        return Period(y * 100 + mo, y * 100 + mo, "said", f"{y}-{mo:02d}")
    if kind == "running":
        return Period(y * 100 + 1, y * 100 + 12, "running", str(y))
    if kind in ("year", "until", "occasion"):
        last = _until(m, 12)
        return span(y, 1, last)
    return None


_TWO_DIGITS_END = re.compile(r"(?<!\d)\d\d$")
_COUNTED_AFTER = re.compile(
    rf"\s*(?:{_alt(w for w, u in UNITS.items() if u.kind != 'duration')}|{_alt(COUNTED_AFTER_ONE)})(?![\w\u200c])")


def find_periods(sentence: str, ref: RefDate, release: bool = False) -> list[PeriodMention]:
    """Every period named in the sentence; earlier patterns win where two overlap. In a release, a bare
    «امسال» is the year still running (kind «running», settled by the fact: a plan is for the whole year,
    an achievement is the year so far) and «پایان …» is a point."""
    found: list[PeriodMention] = []
    for kind, pattern, needs in _RELEASE_CHECKED if release else _QUESTION_CHECKED:
        if (kind == "running" and not release) or (kind == "year_end" and release):
            continue
        if not may_match(sentence, needs):
            continue
        for m in pattern.finditer(sentence):
            if _TWO_DIGITS_END.search(m.group()) and _COUNTED_AFTER.match(sentence, m.end()):
                continue  # «تا پایان سال ۱۰ هکتار زمین»: ۱۰ counts hectares, it is not the year 1410
            if kind == "recent_years" and release and m["dir"] not in ("گذشته", "اخیر"):
                continue  # a release's «در ۵ سال آینده» is a horizon; «در سه سال گذشته» the years before it
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            period = _resolve(kind, m, ref, release)
            if period:
                found.append(PeriodMention(m.start(), m.end(), period))
    return _same_months(sorted(found, key=lambda f: f.start), keep_alone=release)


def _same_months(found: list[PeriodMention], keep_alone: bool) -> list[PeriodMention]:
    """«مدت مشابه سال قبل» takes the months of the nearest span named before it; alone, it says nothing in a
    question, and in a release takes the months of the span in force (`same_months_as`)."""
    resolved: list[PeriodMention] = []
    for mention in found:
        if mention.period.kind != "same":
            resolved.append(mention)
            continue
        before = next((f.period for f in reversed(resolved) if f.period.kind in ("year", "partial")), None)
        if before and before.start // 100 == before.end // 100:
            y = mention.period.start // 100
            resolved.append(PeriodMention(mention.start, mention.end,
                                          span(y, before.start % 100, before.end % 100, before.kind
                                                if before.kind == "partial" else None)))
        elif keep_alone and before is None:
            resolved.append(mention)
    return resolved


def same_months_as(same: Period, base: Period | None) -> Period | None:
    """«… که در مدت مشابه سال گذشته ۶۰۰ میلیارد ریال بود»: the months of the span in force, in the year named."""
    if base is None or base.start // 100 != base.end // 100 or base.kind not in ("year", "partial"):
        return None
    return span(same.start // 100, base.start % 100, base.end % 100, base.kind if base.kind == "partial" else None)


def settle(period: Period | None, is_target: bool, ref: RefDate) -> Period | None:
    """A release's period once the fact is known to be a plan or an achievement: the running year is the
    whole year for a plan and the months so far for an achievement; a plan «تا پایان آذر» runs from the
    year's start."""
    if period is None or not (period.kind == "running" or (is_target and period.kind == "point")):
        return period
    y = period.start // 100
    if period.kind == "point":  # a plan «تا پایان آذر», or undated and so for the year
        undated = period.label == f"{ref[0]}-{ref[1]:02d}-{ref[2]:02d}"
        return span(y, 1, 12 if undated else period.end % 100)
    return span(y, 1, 12) if is_target or y != ref[0] else span(y, 1, last_reported_month(ref))
