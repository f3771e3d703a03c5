"""«پارسال چند واحد احیا شد؟»: one stored figure, or one computed from two, or an honest refusal."""
from bot.answer import compose, derived
from bot.answer.blocking import unseen_qualifiers
from bot.answer.decide import Decision, decide
from bot.answer.either import either_sides
from bot.answer.intents import arithmetic, computed
from bot.answer.match import Scored
from bot.answer.model import Answer
from bot.answer.question import Query
from bot.answer.retrieve import Retriever
from bot.lang.asked_arithmetic import WHOLE


async def answer(retriever: Retriever, query: Query, until: int) -> Answer:
    if derived.wants_per_unit(query):
        return await _per_unit(retriever, query, until)
    computed_first = query.arithmetic or derived.ratio_sides(query) or derived.since_year_end(query)
    if computed_first and (calculated := await computed.answer(retriever, query, until)):
        return calculated
    sides = either_sides(query)
    if sides and (summed := await arithmetic.either(retriever, query, until, sides)):
        return summed
    scored = await retriever.scored(query, until)
    decision = decide(scored, period_asked=_span_asked(query), scope_asked=query.scope is not None,
                      region_asked=query.region is not None, whole_year_asked=_whole_year(query),
                      now_asked=query.asks_state or bool(query.period and query.period.kind == "point"),
                      either_asked=sides is not None)
    decision = _not_an_average(decision)
    suggestions = compose.suggestions(scored, exclude=decision.best)
    unknown = await retriever.unknown_words(query)
    if unknown and (shown := decision.best or decision.nearest):  # «… در حوزه نساجی»: never said in any release
        return compose.unknown_words(query, unknown, shown)
    if decision.best and not query.arithmetic and query.asked_kind != "percent" and (
            part := await computed.share_asked(retriever, query, until, decision.best)):
        return part  # «۱۱ درصد این ظرفیت به بهره‌برداری رسیده»: the whole is not what reached operation
    if decision.best and (_operand(query) or _not_a_growth(query, decision.best)
                          or await unseen_qualifiers(query, retriever.counts)):
        # one of the figures is not their sum, difference or growth, nor «… زمین بیشتری» than another
        return compose.refusal(query, None, compose.suggestions(scored, exclude=None))
    if decision.best is None:
        calculated = None if query.arithmetic else await computed.answer(retriever, query, until)
        if calculated or decision.choices:
            return calculated or compose.choices(query, decision.choices)
        return await _refusal(retriever, query, until, decision.nearest, suggestions)
    answer = compose.numeric(query.text, decision.best, decision.superseded, decision.parts)
    answer.suggestions, answer.suggestion_ids = suggestions
    answer.query = query
    return answer


def _not_an_average(decision: Decision) -> Decision:
    """«… برای ۳۵ هزار نفر اشتغال ایجاد کرده‌اند؛ یعنی به طور میانگین هر واحد ۲۰ نفر»: a question that asks no
    average is not offered the average beside the total as an equal reading; the total answers."""
    totals = [c for c in decision.choices if not derived.states_per_unit(c.fact)]
    if decision.best is None and len(decision.choices) == 2 and len(totals) == 1:
        return Decision(totals[0])
    return decision


async def _per_unit(retriever: Retriever, query: Query, until: int) -> Answer:
    """A total is never the answer to «per unit»: a stated average, or one computed from two figures."""
    scored = await retriever.scored(query, until)
    stated = [s for s in scored if derived.states_per_unit(s.fact)]
    best = decide(stated, period_asked=query.period is not None).best
    if best:
        return compose.numeric(query.text, best, None)
    return await computed.answer(retriever, query, until) or compose.refusal(query)


async def _refusal(retriever: Retriever, query: Query, until: int, nearest: Scored | None,
                   suggestions: tuple[list[str], list[int]]) -> Answer:
    """What exists for other periods is offered, not answered."""
    if query.period and not nearest:
        scored = await retriever.scored(query, until, since_period=False)
        nearest, suggestions = decide(scored).nearest, compose.suggestions(scored, exclude=None)
    return compose.refusal(query, nearest, suggestions)


def _operand(query: Query) -> bool:
    """Would one stored figure be only an operand of what is asked?"""
    return query.arithmetic == "difference" or derived.ratio_sides(query) is not None \
        or derived.since_year_end(query) is not None or (
        query.arithmetic == "sum" and (len(query.regions) > 1 or derived.coordinated(query) is not None))


def _not_a_growth(query: Query, best: Scored) -> bool:
    """«تعداد واحدها … چند درصد زیاد شده» asks a growth: a count («۳۰۰ واحد») is never its answer."""
    return derived.wants_growth(query) and best.fact.kind != "percent"


def _span_asked(query: Query) -> bool:
    """A span was asked; «الان», «تا حالا» ask where things stand now, which the latest figure answers."""
    return query.period is not None and query.period.kind != "point"


def _whole_year(query: Query) -> bool:
    """«پارسال», «سال ۱۴۰۲»: a whole year, not insisted on as a whole («کل سال»)."""
    return bool(query.period and query.period.kind == "year" and not WHOLE.search(query.normalized))
