"""Sums and differences asked in words («روی هم», «چقدر بیشتر از …»), computed from stored figures.

Each operand must be a confident answer to its own part of the question, and all of them one measure
(measure.Measure) in one unit: otherwise there is no sum, and the question is refused, never answered with
one of its operands.
"""
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.answer import compose, derived
from bot.answer.decide import decide
from bot.answer.either import says_in_clause
from bot.answer.match import Scored
from bot.answer.measure import measure_of
from bot.answer.model import Answer
from bot.answer.question import Query, TermGroup
from bot.answer.render import amount, period_words
from bot.answer.retrieve import Retriever
from bot.lang.units import CLASSIFIERS
from bot.messages import say
from bot.records import StoredFact

_LIST_JOINT = re.compile(r"،|(?<!\w)و(?!\w)")
Label = Callable[[Scored], str]  # how a figure is named in the arithmetic shown («سال ۱۳۹۷»)


async def answer(retriever: Retriever, query: Query, until: int) -> Answer | None:
    plain = replace(query, arithmetic=None)
    if query.arithmetic == "sum" and len(query.regions) > 1:
        parts = [await _part(retriever, replace(plain, region=r, regions=(r,)), until) for r in query.regions]
        return _total(query, parts, lambda s: s.fact.region or "")
    if query.arithmetic == "sum" and len(query.places) > 1 and (
            listed := await _places_listed(retriever, plain, until)):
        return listed
    if query.arithmetic == "sum" and (joined := derived.coordinated(query)):
        plain = replace(plain, running_total=False)  # «مجموع» is the sum of the parts, not a running total
        asked = [replace(plain, groups=[g for g in plain.groups if g not in other]) for other in joined[::-1]]
        found = [await retriever.scored(q, until) for q in asked]
        pair = of_one_measure(found, query.period is not None, joined)
        return _total(query, list(pair), _line) if pair else None
    if query.arithmetic == "difference" and (other := derived.compared_with(query)):
        asked = [replace(plain, groups=[g for g in plain.groups if g not in other]), replace(plain, groups=other)]
        pair = of_one_measure([await retriever.scored(q, until) for q in asked], query.period is not None)
        return _difference(query, *pair, _line) if pair and pair[0].score > 0 else None
    if query.arithmetic == "difference" and query.baseline:
        now = await _part(retriever, plain, until)
        if now is None:
            return None
        base = replace(plain, period=query.baseline, region=now.fact.region, scope=now.fact.scope)
        return _difference(query, now, await _part(retriever, base, until), lambda s: period_words(s.fact.period))
    choices = decide(await retriever.scored(plain, until), period_asked=query.period is not None).choices
    if len(choices) == 2 and _one_release(choices):  # two parts of one figure, named side by side
        if query.arithmetic == "sum":
            return _total(query, list(choices), _line)
        larger, smaller = sorted(choices, key=lambda s: -s.fact.value)
        return _difference(query, larger, smaller, _line)
    return None


async def either(retriever: Retriever, query: Query, until: int, sides: tuple[TermGroup, TermGroup]) -> Answer | None:
    """«چند طرح افتتاح یا کلنگ‌زنی شد»: a figure for each side, one release, period and place, each said by its
    own word and not by the other's (a total saying both is no part of it), added up with each part named."""
    plain = replace(query, arithmetic=None)
    found = []
    for own, other in (sides, sides[::-1]):
        scored = await retriever.scored(replace(plain, groups=[g for g in plain.groups if g is not other]), until)
        found.append([s for s in scored if says_in_clause(s.fact, own) and not says_in_clause(s.fact, other)])
    pair = of_one_measure(found, query.period is not None)
    return _total(query, list(pair), _line) if pair and _one_release(pair) else None


async def _places_listed(retriever: Retriever, query: Query, until: int) -> Answer | None:
    """«مجموع فاز عملیاتی شهرک‌های زاهدان-میرجاوه، خاش و زاهدان-کامبوزیا»: the one sentence that names every place
    asked, says the question's words and lists figures of the asked unit only for those places («… به ترتیب ۲۵،
    ۲۰ و ۱۵ هکتار»): its figures added up, each named by its place."""
    province = replace(query, place=None, places=())
    facts = {s.fact.id: s for s in await retriever.scored(province, until)
             if s.coverage > 0 and s.fact.region == query.region and s.fact.unit == (query.asked_unit or s.fact.unit)}
    listed: dict[tuple, list[Scored]] = {}
    for s in facts.values():
        listed.setdefault((s.fact.source.release_id, s.fact.sentence), []).append(s)
    found = [parts for parts in listed.values() if len(parts) == _items_named(query) > 1
             and all(p.fact.place in query.places for p in parts)
             and all(place in parts[0].fact.sentence for place in query.places)
             and derived.says_all(parts[0].fact, query.groups) and alike(parts)]
    return _total(query, found[0], lambda s: s.fact.place or "") if len(found) == 1 else None


def _items_named(query: Query) -> int:
    """How many places the question lists («زاهدان-میرجاوه، خاش و زاهدان-کامبوزیا»: three, two of them in one
    county): the items between the first place named and the last, apart by «،» or «و»."""
    text = query.normalized
    starts = [at for p in query.places if (at := text.find(p)) >= 0]
    ends = [at + len(p) for p in query.places if (at := text.rfind(p)) >= 0]
    if not starts:
        return 0
    named = text[min(starts) : max(ends)]
    return len([item for item in _LIST_JOINT.split(named) if item.strip()])


async def _part(retriever: Retriever, query: Query, until: int) -> Scored | None:
    return derived.confident(await retriever.scored(query, until), query.period is not None)


def _one_release(parts: tuple[Scored, ...]) -> bool:
    return len({(s.fact.source.release_id, s.fact.period, s.fact.region) for s in parts}) == 1


def of_one_measure(found: list[list[Scored]], period_asked: bool,
                   own: tuple[list[TermGroup], list[TermGroup]] = ([], [])) -> tuple[Scored, Scored] | None:
    """Two parts of one sum, each the confident answer to its own words: when one part is clear, the other is
    looked for among the figures of the same measure and unit (never the same figure twice) whose sentence says
    the part's `own` words («… در دست ساخت و احیا شده»: not a workshop built, which no release says was revived)."""
    first, second = (derived.confident(f, period_asked) for f in found)
    if first and not second:
        second = derived.confident(_alike_to(first, found[1], own[1]), period_asked)
    elif second and not first:
        first = derived.confident(_alike_to(second, found[0], own[0]), period_asked)
    return (first, second) if first and second and first.fact.id != second.fact.id else None


def _alike_to(known: Scored, scored: list[Scored], own: list[TermGroup]) -> list[Scored]:
    """The other figures of the known part's measure whose sentence says the words of their own part."""
    return [s for s in scored if s.fact.id != known.fact.id and alike([known, s]) and derived.says_all(s.fact, own)]


def alike(parts: Sequence[Scored | None], plan_or_done: bool = False) -> bool:
    """All found and one measure: «۴۱۹ قرارداد» and «۲۵۸ فقره قرارداد» count the same thing; with
    `plan_or_done` a plan and what was done count alike too."""
    return all(parts) and len({_measure(s.fact, plan_or_done) for s in parts if s}) == 1


def _measure(fact: StoredFact, plan_or_done: bool = False) -> tuple:
    m = measure_of(fact)
    counted = fact.noun.split()[0] if fact.unit in CLASSIFIERS and fact.noun else fact.unit
    return m.kind, m.scope, m.is_target and not plan_or_done, counted


def _total(query: Query, parts: Sequence[Scored | None], label: Label) -> Answer | None:
    """The parts added up. Asked with the copula alone («… روی هم چقدر بود»), neither done nor planned is asked,
    so a plan («قرار است … با سرمایه‌گذاری …») adds to what was done, marked as a plan in the sum."""
    if not alike(parts, plan_or_done=query.open_tense):
        return None
    found = [s for s in parts if s]
    value = sum(s.fact.value for s in found)
    unit = found[0].fact.unit
    mixed = len({s.fact.is_target for s in found}) > 1
    named = [say("planned_part", label=label(s)) if mixed and s.fact.is_target
             and say("planned_mark") not in label(s) else label(s) for s in found]
    terms = " + ".join(f"{amount(s.fact.value, unit)} ({name})" for s, name in zip(found, named, strict=True))
    return compose.computed(query, value, f"{terms} = {amount(value, unit)}", found, unit or "")


def difference(query: Query, now: Scored, before: Scored) -> Answer | None:
    """The later figure less the earlier, each named by its period."""
    return _difference(query, now, before, lambda s: period_words(s.fact.period))


def _difference(query: Query, now: Scored, before: Scored | None, label: Label) -> Answer | None:
    if before is None or not alike([now, before]):
        return None
    unit = now.fact.unit
    value = now.fact.value - before.fact.value
    text = (f"{amount(now.fact.value, unit)} ({label(now)}) − {amount(before.fact.value, unit)} ({label(before)})"
            f" = {amount(value, unit)}")
    return compose.computed(query, value, text, [now, before], unit or "")


def _line(s: Scored) -> str:
    return compose.one_line(s.fact)
