"""Per-unit averages, growth and shares computed from two stored facts, the arithmetic shown (see answer.derived)."""
from dataclasses import replace

from bot.answer import compose, derived, share_of_whole, stated_growth
from bot.answer.decide import ANSWER_AT, MARGIN
from bot.answer.intents import arithmetic
from bot.answer.match import Scored
from bot.answer.model import Answer
from bot.answer.question import Query, TermGroup
from bot.answer.retrieve import Retriever
from bot.extract.model import Period
from db import releases as store


async def answer(retriever: Retriever, query: Query, until: int) -> Answer | None:
    if base := derived.since_year_end(query):
        return await _since(retriever, query, until, base)
    if sides := derived.ratio_sides(query):
        return await _times(retriever, query, until, *sides)
    if query.arithmetic:
        return await arithmetic.answer(retriever, query, until)
    if derived.wants_per_unit(query):
        return await _per_unit(retriever, query, until)
    if derived.wants_growth(query):
        return await _growth(retriever, query, until)
    if sides := derived.share_sides(query):
        return await _share(retriever, query, until, *sides)
    if parts := derived.year_tail(query.period):
        return await _remainder(retriever, query, until, *parts)
    return await _from_next_year(retriever, query, until) or await _of_whole(retriever, query, until)


async def _of_whole(retriever: Retriever, query: Query, until: int) -> Answer | None:
    """No figure answers, but one of the asked unit is a whole a share of which its release states."""
    if query.asked_unit is None or query.asked_kind == "percent":
        return None
    wholes = [s for s in await retriever.scored(query, until) if s.score > 0 and s.fact.unit == query.asked_unit]
    for whole in sorted(wholes, key=lambda s: s.score, reverse=True)[:3]:
        if found := await share_asked(retriever, query, until, whole):
            return found
    return None


async def share_asked(retriever: Retriever, query: Query, until: int, whole: Scored) -> Answer | None:
    """«چند مگاوات از ظرفیت … (هنوز) به بهره‌برداری (ن)رسیده»: the one share of the whole its release states of
    what the question says, the whole being what the question's other words find confidently
    (answer.share_of_whole); None when no such share is said."""
    if not share_of_whole.may_state_a_share(whole.fact):
        return None
    shares = [(f, said) for f in await store.facts_of_release(retriever.db, whole.fact.source.release_id)
              if (said := share_of_whole.said_of_share(whole.fact, f))]
    if len(shares) != 1:
        return None
    percent, said = shares[0]
    asked = [g for g in query.groups if share_of_whole.says(said, g) or share_of_whole.negates(said, g)]
    rest = any(share_of_whole.negates(said, g) for g in asked)
    if not asked or (share_of_whole.STILL.search(query.normalized) and not rest):
        return None
    other_words = replace(query, groups=[g for g in query.groups if g not in asked])
    sure = derived.confident(await retriever.scored(other_words, until), query.period is not None)
    if sure is None or sure.fact.id != whole.fact.id:
        return None
    value, text = share_of_whole.part_or_rest(whole.fact, percent, rest)
    return compose.computed(query, value, text, [sure], whole.fact.unit or "")


async def _from_next_year(retriever: Retriever, query: Query, until: int) -> Answer | None:
    """No figure for the asked year, but the next year's and the growth its release states of it
    (answer.stated_growth): the asked year's figure is worked back from them."""
    asked = query.period
    if asked is None or asked.kind not in ("year", "partial"):
        return None
    if any(s.score >= ANSWER_AT for s in await retriever.scored(query, until)):
        return None  # the asked year has figures of its own, even if none is sure
    later = derived.shifted(asked, -1)
    now = derived.confident(await retriever.scored(replace(query, period=later), until), True)
    if now is None or now.fact.period is None or (now.fact.period.start, now.fact.period.end) != (
            later.start, later.end):
        return None
    growths = {g for f in await store.facts_of_release(retriever.db, now.fact.source.release_id)
               if (g := stated_growth.growth_of(now.fact, f)) is not None}
    if len(growths) != 1:
        return None
    value, text = stated_growth.year_before(now.fact, growths.pop(), asked)
    return compose.computed(query, value, text, [now], now.fact.unit or "", period=asked)


async def _per_unit(retriever: Retriever, query: Query, until: int) -> Answer | None:
    """A total divided by how many share it, both from one release, period and place."""
    asked = query.period is not None
    total = derived.confident([s for s in await retriever.scored(derived.as_total(query), until)
                               if not derived.states_per_unit(s.fact)], asked)
    if not total:
        return None
    for only_noun in (False, True):  # the noun alone is asked only within the total's own release
        scored = await retriever.scored(derived.as_count(query, total.fact, only_noun), until)
        count = derived.confident([s for s in scored if s.fact.source.release_id == total.fact.source.release_id
                                   and s.fact.period == total.fact.period], True)
        if count and count.fact.value:
            return compose.computed(query, *derived.per_unit(total, count), [total, count], total.fact.unit or "")
    return None


async def _growth(retriever: Retriever, query: Query, until: int) -> Answer | None:
    stated = [s for s in await retriever.scored(derived.as_stated_growth(query), until)
              if derived.states_growth(s.fact)]
    if best := derived.confident(stated, query.period is not None):  # «رشدی ۸۲ درصدی»: the release says it
        return compose.numeric(query.text, best, None)
    scored = await retriever.scored(derived.as_measure(query), until)
    now = derived.confident(_of_asked_shape(scored, query.period), query.period is not None)
    if not now or not now.fact.period or now.fact.kind == "percent":
        return None
    base_period = derived.compared_period(now.fact.period, query.baseline)  # «نسبت به سال ۹۵»
    base_query = replace(derived.as_measure(query), period=base_period,
                         asked_kind=now.fact.kind, scope=now.fact.scope, region=now.fact.region)
    alike = [s for s in await retriever.scored(base_query, until) if _both_stocks_or_flows(now, s)]
    before = derived.confident(alike, True)
    if before and before.fact.unit == now.fact.unit and before.fact.value:
        return compose.computed(query, *derived.growth(now, before), [now, before], "درصد")
    return None


def _of_asked_shape(scored: list[Scored], asked: Period | None) -> list[Scored]:
    """Growth «در سال ۹۸» is of what that year added when such a figure exists, not of where a total stood at
    its end (and «در پایان ۹۸» the reverse); with no figure of the asked shape, every figure competes."""
    if asked is None:
        return scored
    alike = [s for s in scored if s.fact.period and (s.fact.period.kind == "point") == (asked.kind == "point")]
    return alike or scored


def _both_stocks_or_flows(now: Scored, before: Scored) -> bool:
    """A year's new units grow against another year's, never against a running total («تا پایان ۹۷»)."""
    return (now.fact.period is not None and before.fact.period is not None
            and (now.fact.period.kind == "point") == (before.fact.period.kind == "point"))


async def _remainder(retriever: Retriever, query: Query, until: int, year: Period, head: Period) -> Answer | None:
    """The last months of a year: the year's confident figure less that of the months before, one measure."""
    found = [await _for_period(retriever, replace(query, period=p), until) for p in (year, head)]
    pair = arithmetic.of_one_measure(found, True)
    if pair is None or pair[1].fact.value > pair[0].fact.value:
        return None
    whole, first = pair
    return compose.computed(query, *derived.remainder(whole, first, query.period or year), [whole, first],
                            whole.fact.unit or "")


async def _for_period(retriever: Retriever, query: Query, until: int) -> list[Scored]:
    """The figures for exactly the asked period."""
    return [s for s in await retriever.scored(query, until) if s.fact.period == query.period]


async def _since(retriever: Retriever, query: Query, until: int, base: Period) -> Answer | None:
    """«از پایان ۹۶ تا الان چند نفر بیشتر شده / چند درصد زیاد شده»: the latest stock against the stock at the
    end of that year, one measure and place."""
    growth = derived.wants_growth(query)
    asked = replace(derived.as_measure(query) if growth else query, period=None, arithmetic=None)
    stocks = [s for s in await retriever.scored(asked, until, since_period=False)
              if s.fact.period and s.fact.period.kind == "point"]
    pair = arithmetic.of_one_measure([[s for s in stocks if s.fact.period and s.fact.period.start > base.start],
                                      [s for s in stocks if s.fact.period == base]], False)
    if pair is None or pair[0].fact.region != pair[1].fact.region or not pair[1].fact.value:
        return None
    if growth:
        return compose.computed(query, *derived.growth(*pair), list(pair), "درصد")
    return arithmetic.difference(query, *pair)


async def _times(retriever: Retriever, query: Query, until: int, before: list[TermGroup],
                 after: list[TermGroup]) -> Answer | None:
    """«… چند برابر …»: the figure named before divided by the one named after, both of one measure."""
    plain = replace(query, asked_kind=None, asked_unit=None, counted=None)
    asked = [replace(plain, groups=before), replace(plain, groups=after, region=None, regions=())]
    pair = arithmetic.of_one_measure([await retriever.scored(q, until) for q in asked], query.period is not None)
    if pair is None or not pair[1].fact.value:
        return None
    return compose.computed(query, *derived.ratio(*pair), list(pair), "برابر")


async def _share(retriever: Retriever, query: Query, until: int, whole_words: list[TermGroup],
                 part_words: list[TermGroup]) -> Answer | None:
    """«چند درصد …»: a part over its whole. The part is the figure that fits the whole question clearly best
    among those whose own sentence says what is said of the part and that have a whole in their release
    (one unit and place, the same date, larger), first among those said in one sentence with their whole
    («مساحت کل … ۱٬۴۶۶ هکتار است که ۳۵۰ هکتار آن سند رسمی دارد»); its whole is the one of those that fits
    the question clearly best."""
    plain = replace(query, asked_kind=None, asked_unit=None, counted=None)
    fitting = [s for s in await retriever.scored(replace(plain, groups=whole_words + part_words), until)
               if s.fact.kind != "percent" and s.score > 0]
    named_whole = await retriever.scored(replace(plain, groups=whole_words, period=None), until)
    wholes = [w for w in [*named_whole, *fitting] if w.score > 0]
    said = [s for s in fitting if derived.says_all(s.fact, part_words)]
    for together in (True, False):  # a part and its whole said in one sentence first
        paired = [(s, ws) for s in said
                  if (ws := [w for w in wholes if _part_of(s, w, together, part_words)])]
        if paired:
            break
    part = _clearly_best([s for s, _ in paired])
    if part is None:
        return None
    whole = _clearly_best(next(ws for s, ws in paired if s is part))
    if whole is None:
        return None
    return compose.computed(query, *derived.share(part, whole), [part, whole], "درصد")


def _clearly_best(scored: list[Scored]) -> Scored | None:
    """The best-scoring figure when every other value trails it by the deciding margin."""
    ranked = sorted(scored, key=lambda s: s.score, reverse=True)
    if not ranked:
        return None
    best = ranked[0]
    rivals = [s for s in ranked if s.fact.value != best.fact.value]
    return best if all(best.score - s.score >= MARGIN * best.score for s in rivals) else None


def _part_of(candidate: Scored, whole: Scored, together: bool, said: list[TermGroup]) -> bool:
    """Said in the whole's release of its place, at its end date, in its unit, and smaller; with `together`
    in its sentence as a part of it («… آن»), otherwise in another sentence, which does not say `said`. A part
    said «از این …» of a figure is a part of that figure alone, whatever its unit («از این قراردادها، ۲۵۲۲ طرح»)."""
    fact, of = candidate.fact, whole.fact
    if candidate.whole:  # said «از این …» of one figure (answer.pointing): a part of that one only
        return together and candidate.whole == of.id and fact.kind == of.kind and 0 < fact.value < of.value
    in_one = fact.sentence == of.sentence
    of_it = in_one and derived.said_of_its_whole(fact) if together else not (in_one or derived.says_all(of, said))
    if not of_it:
        return False
    return (fact.source.release_id == of.source.release_id and fact.region == of.region
            and fact.period is not None and of.period is not None and fact.period.end == of.period.end
            and fact.unit == of.unit and fact.kind == of.kind and 0 < fact.value < of.value)
