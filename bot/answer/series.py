"""A measure over time: the figures that answer the same question for other periods, for a chart.

A figure joins the answer's series only when it is the same kind of quantity, in the same unit, place,
scope and plan-or-actual, for a period of the same shape (whole years with whole years, the first nine
months with the first nine months), and fits the question nearly as well as the answer itself (a figure
the release gives in the same sentence for comparison, «… ۴۹ همت رسید که نسبت به مدت مشابه سال قبل
(۴۱ همت) …», stands farther from the question's words and is let in at a lower fit). For a
period reported twice, the later release wins. Two different figures for one period in one release make
the measure ambiguous: then there is no chart, because a chart that mixes two measures states wrong numbers.
"""
from bot.answer.match import Scored
from bot.answer.measure import measure_of
from bot.extract.model import Period
from bot.records import StoredFact

FIT_SHARE = 0.9   # a point must score at least this share of the answer's own score …
SAME_SENTENCE_SHARE = 0.5  # … or this much when the release compares it in the answer's own sentence
MAX_POINTS = 12   # the most recent periods shown
MIN_POINTS = 2


def _shape(period: Period) -> tuple:
    return ("point",) if period.kind == "point" else ("span", period.months, period.start % 100)


def _measure(fact: StoredFact) -> tuple:
    """The measure and the place: a series varies only over time."""
    return measure_of(fact), fact.region


def series(anchor_id: int, scored: list[Scored]) -> list[StoredFact]:
    """The answer's measure (fact `anchor_id`) in every period it is reported for, oldest first; [] when
    there is no second period or the measure is ambiguous. `scored`: the question scored without its period."""
    anchor = next((s for s in scored if s.fact.id == anchor_id), None)
    if anchor is None or anchor.fact.period is None or anchor.score <= 0:
        return []
    shape, measure = _shape(anchor.fact.period), _measure(anchor.fact)
    by_period: dict[tuple[int, int], list[StoredFact]] = {}
    for s in scored:
        fact = s.fact
        share = SAME_SENTENCE_SHARE if fact.sentence == anchor.fact.sentence else FIT_SHARE
        if (fact.period and _shape(fact.period) == shape and _measure(fact) == measure
                and s.score >= share * anchor.score):
            by_period.setdefault((fact.period.start, fact.period.end), []).append(fact)
    points = []
    for key in sorted(by_period):
        latest = _latest_figure(by_period[key])
        if latest is None:
            return []
        points.append(latest)
    if anchor.fact.value not in {p.value for p in points if p.period == anchor.fact.period}:
        return []  # the chart would contradict the answer
    return points[-MAX_POINTS:] if len(points) >= MIN_POINTS else []


def _latest_figure(facts: list[StoredFact]) -> StoredFact | None:
    """The figure of the latest release reporting this period; None when that release gives two."""
    newest = max((f.source.date, f.source.release_id) for f in facts)
    latest = [f for f in facts if (f.source.date, f.source.release_id) == newest]
    return latest[0] if len({(f.value, f.value_max) for f in latest}) == 1 else None
