"""«کدام استان پارسال بیشترین واحد را احیا کرد؟»: the largest (or smallest) of the provinces' figures for one
measure and period, among the provinces the releases report."""
from bot.answer import compose, render
from bot.answer.decide import ANSWER_AT
from bot.answer.match import Scored
from bot.answer.measure import measure_of
from bot.answer.model import Answer
from bot.answer.question import Query
from bot.answer.retrieve import Retriever
from bot.messages import say

PEER_SHARE = 0.6  # provinces compared must fit the question at least this share as well as the best one


def _comparable(s: Scored) -> tuple:
    """What two provinces' figures must share to be ranked: the same measure and period."""
    return measure_of(s.fact), s.fact.period


def _rankings(peers: list[Scored]) -> dict[tuple, dict[str, Scored]]:
    """The provinces' figures grouped by measure and period; only groups of two provinces or more rank."""
    groups: dict[tuple, dict[str, Scored]] = {}
    for s in sorted(peers, key=lambda s: s.fact.source.date):  # a later release's figure wins
        if s.fact.region:
            groups.setdefault(_comparable(s), {})[s.fact.region] = s
    return {k: v for k, v in groups.items() if len(v) > 1}


def _extreme(by_region: dict[str, Scored], query: Query) -> Scored:
    return (min if query.extreme == "min" else max)(by_region.values(), key=lambda s: s.fact.value)


async def answer(retriever: Retriever, query: Query, until: int) -> Answer:
    scored = [s for s in await retriever.scored(query, until) if s.score >= ANSWER_AT]
    top = max(scored, key=lambda s: s.score, default=None)
    if top is None:
        return compose.refusal(query)
    rankings = _rankings([s for s in scored if s.score >= PEER_SHARE * top.score])
    if len(rankings) != 1:  # nothing comparable to rank, or two measures («ضمانت‌نامه»: how many, how much)
        picks = tuple(_extreme(r, query) for r in rankings.values())
        return compose.choices(query, picks) if len(picks) > 1 else compose.refusal(query)
    by_region = next(iter(rankings.values()))
    pick = _extreme(by_region, query)
    fact, parts = pick.fact, compose.parts(pick.fact)
    when = render.period_words(fact.period)
    lines = [say("which_region", region=fact.region, amount=parts["amount"] + parts["what"],
                 when=f" — {when}" if when else "", extreme=say("extreme_" + (query.extreme or "max")),
                 count=render.fa(len(by_region))),
             say("answer_quote", quote=render.clip(fact.sentence, fact.amount_text)),
             compose.source_line(fact.source)]
    return Answer(query.text, True, "\n".join(lines), value=fact.value, unit=fact.unit,
                  period=fact.period.label if fact.period else None, region=fact.region,
                  confidence=round(pick.score, 3), sources=[fact.source], fact_id=fact.id)
