"""Answers computed from stored facts, with the arithmetic shown: per-unit averages and growth.

Only when no stored figure answers the question directly, and only from two facts that each fit
their part of the question confidently.
"""
import re
from dataclasses import replace

from bot.answer.decide import decide
from bot.answer.match import Scored
from bot.answer.question import Query, TermGroup, placed_groups
from bot.answer.render import amount, grouped, period_words
from bot.extract.model import Period
from bot.lang.asked_arithmetic import (
    COMPARED_WITH,
    GROWTH,
    PART_AFTER,
    PART_BEFORE,
    PER_UNIT_FILLERS,
    PERCENT_ASKED,
    SAME_PERIOD_WORDS,
    SHARE_PREDICATE,
    SINCE_YEAR_END,
    TIMES,
)
from bot.lang.units import MEASURE_NOUNS
from bot.records import StoredFact

PER_UNIT = re.compile(r"هر واحد|به ازای هر|سرانه|(?<!کوچک و )متوسط(?! و کوچک)|میانگین")  # not «کوچک و متوسط»
PER_WHAT = re.compile(r"(?<!\w)هر\s+(?!کدام|یک|دو|سال|ماه|روز)(\w+)")  # «برای هر طرح»: what the total is shared by
AND = re.compile(r"(?<!\w)و(?!\w)")


def states_per_unit(fact: StoredFact) -> bool:
    """«میانگین سرمایه‌گذاری برای احیای هر واحد حدود ۱۵ میلیارد تومان»: the release gives the average itself."""
    at = fact.sentence.find(fact.amount_text)
    if at < 0:
        return bool(PER_UNIT.search(fact.sentence))
    return bool(PER_UNIT.search(fact.sentence[max(0, at - 60) : at + len(fact.amount_text) + 30]))


def wants_per_unit(query: Query) -> bool:
    return bool(PER_UNIT.search(query.normalized)) and query.asked_kind != "percent"


def per_what(query: Query) -> str:
    """The noun a total is divided by: «هر طرح» -> «طرح»; an industrial unit when none is said."""
    found = PER_WHAT.search(query.normalized)
    return found.group(1) if found else "واحد"


def as_total(query: Query) -> Query:
    """The total to be divided: the question without the noun it is shared by (money when no kind is asked)."""
    noun = per_what(query)
    groups = [g for g in query.groups if g.text != noun and not _says_per_unit(g)]
    if query.asked_kind is None:
        return replace(query, asked_kind="money", asked_unit=None, counted=None, groups=groups)
    return replace(query, groups=groups)


def wants_growth(query: Query) -> bool:
    return bool(GROWTH.search(query.normalized)) and (
        query.asked_kind == "percent" or bool(PERCENT_ASKED.search(query.normalized)))


def since_year_end(query: Query) -> Period | None:
    """«از پایان ۹۶ تا الان»: the stock at the end of that year, the baseline of a change to the latest figure."""
    if query.period is None or query.period.kind != "year" or not SINCE_YEAR_END.search(query.normalized):
        return None
    end = query.period.end
    return Period(end, end, "point", f"{end // 100}-12-29")


def as_count(query: Query, total: StoredFact, only_noun: bool = False) -> Query:
    """How many of the shared-by noun, in the total's period and place; with `only_noun`, asked by the noun
    alone («واحد»), the other words of the question («جدید», «ایجاد») being said of the total."""
    noun = per_what(query)
    counted = next((g for g in query.groups if g.text == noun), None) or TermGroup(noun, frozenset({noun}))
    counted = replace(counted, weight=1.5)
    rest = [] if only_noun else [g for g in query.groups
                                 if g.text != noun and not _names_a_measure(g) and not _says_per_unit(g)]
    return replace(query, asked_kind="count", asked_unit=None, counted=counted, groups=[counted, *rest],
                   period=total.period, region=total.region, how_much=False)


def _says_per_unit(group: TermGroup) -> bool:
    """«میانگین», «متوسط», and «طور» of «به طور متوسط»: how the question asks, not what it asks about."""
    return bool(PER_UNIT.search(group.text)) or group.text in PER_UNIT_FILLERS


def _names_a_measure(group: TermGroup) -> bool:
    """«سرمایه‌گذاری», «شغل», «زمین»: a word for the total's quantity, not for what is counted."""
    return any(a.lstrip("#") in MEASURE_NOUNS for a in group.alternatives) or group.text in MEASURE_NOUNS


def per_unit(total: Scored, count: Scored) -> tuple[float, str]:
    """(value, explanation) of a total divided by a count."""
    value = total.fact.value / count.fact.value
    shown = round(value, -6) if value > 1e9 else round(value, 2)
    what = count.fact.noun or count.fact.unit
    text = (f"{amount(total.fact.value, total.fact.unit)} ÷ {grouped(count.fact.value)} {what}"
            f" ≈ {amount(shown, total.fact.unit)} برای هر {what}")
    return value, text


def compared_period(now: Period, baseline: Period | None) -> Period:
    """What a figure is compared with: the same months of the year asked as the baseline («امسال نسبت به
    پارسال» for nine months is the same nine months of last year), or of the year before when none is said."""
    if baseline is None:
        return same_months_year_before(now)
    if baseline.kind == "year" and now.kind == "partial" and now.start // 100 > baseline.start // 100:
        return shifted(now, now.start // 100 - baseline.start // 100)
    return baseline


def same_months_year_before(period: Period) -> Period:
    return shifted(period, 1)


def shifted(period: Period, years: int) -> Period:
    start, end = period.start - 100 * years, period.end - 100 * years
    label = re.sub(r"\d{4}", lambda m: str(int(m.group()) - years), period.label)
    return Period(start, end, period.kind, label)


def as_measure(query: Query) -> Query:
    """The quantity whose growth is asked: what is counted («تعداد واحدها») or named («مساحت», «هزینه»)."""
    groups = [g for g in query.groups
              if not ({"#رشد", "#کاهش", "درصد"} & g.alternatives) and not GROWTH.fullmatch(g.text)]
    if query.asked_kind not in (None, "percent"):
        return replace(query, groups=groups)
    return replace(query, asked_kind=_named_kind(groups), asked_unit=None, counted=None, groups=groups)


def _named_kind(groups: list[TermGroup]) -> str | None:
    """«مساحت واگذاری اراضی» asks an area, «هزینه آماده‌سازی زمین» money: the first measure noun said."""
    for g in groups:
        for word in (g.text, *sorted(a.lstrip("#") for a in g.alternatives)):
            if MEASURE_NOUNS.get(word, "percent") != "percent":
                return MEASURE_NOUNS[word]
    return None


def growth(now: Scored, before: Scored) -> tuple[float, str]:
    value = (now.fact.value - before.fact.value) / before.fact.value * 100
    text = (f"{amount(now.fact.value, now.fact.unit)} {_when(now.fact.period)} در برابر "
            f"{amount(before.fact.value, before.fact.unit)} {_when(before.fact.period)}: "
            f"رشد {grouped(round(value, 1))} درصد")
    return value, text


def confident(scored: list[Scored], period_asked: bool) -> Scored | None:
    return decide(scored, period_asked=period_asked).best


def coordinated(query: Query) -> tuple[list[TermGroup], list[TermGroup]] | None:
    """«مجموع کارگاه‌های ساخته شده و در دست ساخت»: the word just before «و» and the words after it, two parts
    of one sum (the words before them are said of both); None when «و» joins no two words of the question."""
    found = placed_groups(query)
    if found is None:
        return None
    for joint in AND.finditer(query.normalized):
        before = [g for start, g in found if start < joint.start()]
        after = [g for start, g in found if start > joint.start()]
        if before and after:
            return [before[-1]], after
    return None


def year_tail(period: Period | None) -> tuple[Period, Period] | None:
    """«نیمه دوم سال ۹۸», «سه ماه آخر سال ۹۶»: the last months of a year are the whole year less the months
    before them; (whole year, months before) or None for any other period."""
    if period is None or period.kind != "partial" or period.end % 100 != 12 or period.start % 100 == 1:
        return None
    year, last = period.start // 100, period.start % 100 - 1
    return (Period(year * 100 + 1, year * 100 + 12, "year", str(year)),
            Period(year * 100 + 1, year * 100 + last, "partial", f"{year}-01..{year}-{last:02d}"))


def remainder(whole: Scored, head: Scored, asked: Period) -> tuple[float, str]:
    """(value, explanation) of a whole year less its first months."""
    value = whole.fact.value - head.fact.value
    text = (f"{amount(whole.fact.value, whole.fact.unit)} {_when(whole.fact.period)} − "
            f"{amount(head.fact.value, head.fact.unit)} {_when(head.fact.period)} = "
            f"{amount(value, whole.fact.unit)} {_when(asked)}")
    return value, text


def _when(period: Period | None) -> str:
    """«در سال ۱۳۹۸», but «تا ۲۹ اسفند ۱۳۹۶» as it is."""
    words = period_words(period)
    return words if words.startswith("تا ") else f"در {words}"


def compared_with(query: Query) -> list[TermGroup]:
    """«ضمانت‌نامه‌های طرح‌های ایجادی چقدر از سرمایه در گردش بیشتر بود»: the words of what is compared with."""
    found = COMPARED_WITH.search(query.normalized)
    if not found:
        return []
    said = found.group(1)
    return [g for g in query.groups if g.text in said]


def ratio_sides(query: Query) -> tuple[list[TermGroup], list[TermGroup]] | None:
    """«نیاز مالی یک شهرستان چند برابر سرمایه صندوق است»: the words of the figure before «چند برابر» and of
    the one after it."""
    found = TIMES.search(query.normalized)
    if not found:
        return None
    groups = [g for g in query.groups if g.text != "برابر"]
    before = [g for g in groups if query.normalized.find(g.text) < found.start()]
    after = [g for g in groups if query.normalized.find(g.text) > found.end()]
    return (before, after) if before and after else None


def ratio(part: Scored, whole: Scored) -> tuple[float, str]:
    value = part.fact.value / whole.fact.value
    text = (f"{amount(part.fact.value, part.fact.unit)} ÷ {amount(whole.fact.value, whole.fact.unit)}"
            f" ≈ {grouped(round(value, 2))} برابر")
    return value, text


def share_sides(query: Query) -> tuple[list[TermGroup], list[TermGroup]] | None:
    """«چند درصد شهرک‌های مصوب در پایان ۹۸ در حال بهره‌برداری بودند»: (words of the whole, words of the part).
    What is said of the part follows the whole's noun phrase, the place and the period: it begins at the last
    «در»/«با» or after the place named, whichever comes later; None when one side has no words."""
    text = query.normalized
    asked = PERCENT_ASKED.search(text)
    if asked is None or wants_growth(query):
        return None
    marks = [m.start() for m in SHARE_PREDICATE.finditer(text, asked.end())]
    for name in (query.place, query.region):
        if name and (at := text.find(name, asked.end())) >= 0:
            marks.append(at + len(name))
    if not marks:
        return None
    boundary = max(marks)
    placed = [(text.find(g.text, asked.end()), g) for g in query.groups if g.text != "درصد"]
    whole = [g for at, g in placed if 0 <= at < boundary]
    part = [g for at, g in placed if at >= boundary]
    return (whole, part) if whole and part else None


def share(part: Scored, whole: Scored) -> tuple[float, str]:
    """(value, explanation) of a part as a percentage of its whole."""
    value = part.fact.value / whole.fact.value * 100
    text = (f"{amount(part.fact.value, part.fact.unit)} ÷ {amount(whole.fact.value, whole.fact.unit)} × ۱۰۰"
            f" ≈ {grouped(round(value, 2))} درصد")
    return value, text


def says_all(fact: StoredFact, groups: list[TermGroup]) -> bool:
    """Does the figure's own sentence say each of these words (in any of their written forms)?"""
    return all(any(word in fact.sentence for word in (g.text, *g.alternatives) if not word.startswith("#"))
               for g in groups)


def said_of_its_whole(fact: StoredFact) -> bool:
    """«۳۵۰ هکتار آن», «از این میان ۳۰ واحد»: the figure is said as a part of one named before it."""
    at = fact.sentence.find(fact.amount_text)
    if at < 0:
        return False
    end = at + len(fact.amount_text)
    after, before = fact.sentence[end : end + 25], fact.sentence[max(0, at - 25) : at]
    return bool(PART_AFTER.search(after) or PART_BEFORE.search(before))


def states_growth(fact: StoredFact) -> bool:
    """«… رشدی ۸۲ درصدی را نشان می‌دهد»: the release gives the growth itself."""
    at = fact.sentence.find(fact.amount_text)
    window = fact.sentence[max(0, at - 30) : at + len(fact.amount_text) + 30] if at >= 0 else fact.sentence
    return fact.kind == "percent" and bool(GROWTH.search(window))


def as_stated_growth(query: Query) -> Query:
    """The growth asked as a stored figure: without the year of its baseline («پارسال»)."""
    return replace(query, groups=[g for g in query.groups if g.text not in SAME_PERIOD_WORDS])
