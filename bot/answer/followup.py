"""Follow-up questions in context: «و سال قبلش؟», «در لرستان چطور؟» after an answered question."""
import re
from dataclasses import dataclass, replace

from bot.answer.question import Query
from bot.extract.model import Period

_FOLLOW = re.compile(r"^(?:و|خب|اون|آن|همین|پس)\b|قبلش|بعدش|قبلی|چطور|چی\s?طور|چه طور")
_SHIFT = {"قبلش": -1, "قبلی": -1, "پیشش": -1, "بعدش": 1, "بعدی": 1}


@dataclass(slots=True)
class Conversation:
    """What the last answered question asked, so the next may leave it unsaid."""
    last: Query | None = None


def is_followup(query: Query) -> bool:
    """Short, with no quantity of its own, and said as a continuation."""
    return query.asked_kind is None and len(query.groups) <= 1 and bool(_FOLLOW.search(query.normalized))


def _shifted(period: Period | None, years: int) -> Period | None:
    if period is None:
        return None
    start, end = period.start + years * 100, period.end + years * 100
    label = str(start // 100) if period.kind == "year" else re.sub(
        r"\d{4}", lambda m: str(int(m.group()) + years), period.label)
    return Period(start, end, period.kind, label)


def merge(previous: Query, follow: Query) -> Query:
    """The previous question with what the follow-up changes: its period, region or scope."""
    period = follow.period
    shift = next((v for k, v in _SHIFT.items() if k in follow.normalized), 0)
    if shift:
        period = _shifted(previous.period, shift) if previous.period else period
    return replace(previous, text=follow.text, normalized=follow.normalized,
                   period=period or previous.period, region=follow.region or previous.region,
                   place=follow.place if follow.region else previous.place,
                   places=follow.places if follow.region else previous.places,
                   scope=follow.scope or previous.scope)
