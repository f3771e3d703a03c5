"""Answers computed from stored facts, with the arithmetic shown: per-unit averages and growth.

Only when no stored figure answers the question directly, and only from two facts that each fit
their part of the question confidently.
"""
import re
from dataclasses import replace

from bot.answer.decide import decide
from bot.answer.match import Scored
from bot.answer.question import Query
from bot.answer.render import amount, grouped, period_words
from bot.extract.model import Period
from bot.records import StoredFact

PER_UNIT = re.compile(r"هر واحد|به ازای هر|سرانه|(?<!کوچک و )متوسط(?! و کوچک)|میانگین")  # not «کوچک و متوسط»
GROWTH = re.compile(r"رشد|افزایش|کاهش|تغییر")


def states_per_unit(fact: StoredFact) -> bool:
    """«میانگین سرمایه‌گذاری برای احیای هر واحد حدود ۱۵ میلیارد تومان»: the release gives the average itself."""
    at = fact.sentence.find(fact.amount_text)
    if at < 0:
        return bool(PER_UNIT.search(fact.sentence))
    return bool(PER_UNIT.search(fact.sentence[max(0, at - 60) : at + len(fact.amount_text) + 30]))


def wants_per_unit(query: Query) -> bool:
    return bool(PER_UNIT.search(query.normalized)) and query.asked_kind in (None, "money")


def wants_growth(query: Query) -> bool:
    return bool(GROWTH.search(query.normalized)) and query.asked_kind == "percent"


def as_money(query: Query) -> Query:
    return replace(query, asked_kind="money", asked_unit=None, counted=None)


def as_count(query: Query) -> Query:
    groups = [g for g in query.groups if not ({"#سرمایهگذاری", "سرمایه"} & g.alternatives)]
    return replace(query, asked_kind="count", asked_unit="واحد", counted=None, groups=groups)


def per_unit(money: Scored, count: Scored) -> tuple[float, str]:
    """(value, explanation) of money divided by the count of units."""
    value = money.fact.value / count.fact.value
    text = (f"{amount(money.fact.value, money.fact.unit)} ÷ {grouped(count.fact.value)} {count.fact.unit}"
            f" ≈ {amount(round(value, -6) if value > 1e9 else round(value), 'ریال')} برای هر {count.fact.unit}")
    return value, text


def same_months_year_before(period: Period) -> Period:
    start, end = period.start - 100, period.end - 100
    label = re.sub(r"\d{4}", lambda m: str(int(m.group()) - 1), period.label)
    return Period(start, end, period.kind, label)


def as_measure(query: Query) -> Query:
    groups = [g for g in query.groups if not ({"#رشد", "#کاهش", "درصد"} & g.alternatives)]
    return replace(query, asked_kind=None, asked_unit=None, counted=None, groups=groups)


def growth(now: Scored, before: Scored) -> tuple[float, str]:
    value = (now.fact.value - before.fact.value) / before.fact.value * 100
    text = (f"{amount(now.fact.value, now.fact.unit)} در {period_words(now.fact.period)} در برابر "
            f"{amount(before.fact.value, before.fact.unit)} در {period_words(before.fact.period)}: "
            f"رشد {grouped(round(value, 1))} درصد")
    return value, text


def confident(scored: list[Scored], period_asked: bool) -> Scored | None:
    return decide(scored, period_asked=period_asked).best
