"""«کدام استان پارسال بیشترین واحد را احیا کرد؟»: the largest (or smallest) of the provinces' figures for one
measure and period, among the provinces the releases report; «…، سمنان یا اردبیل؟»: the larger of the
provinces named, each figure found as the answer to the question asked about that province alone."""
from dataclasses import replace

from bot.answer import compose, derived, render
from bot.answer.decide import ANSWER_AT
from bot.answer.match import Scored
from bot.answer.measure import measure_of
from bot.answer.model import Answer
from bot.answer.question import Query
from bot.answer.retrieve import Retriever
from bot.messages import say

PEER_SHARE = 0.6  # a measure is ranked when one of its figures fits at least this share as well as the best one


def _comparable(s: Scored) -> tuple:
    """What two provinces' figures must share to be ranked: the same measure and period."""
    return measure_of(s.fact), s.fact.period


def _rankings(scored: list[Scored], fit: float) -> list[dict[str, Scored]]:
    """The provinces' figures grouped by measure and period, for each measure one of whose figures fits the
    question at least `fit`; a release's table of provinces («… به ترتیب با ۲۰۸، ۱۶۵ و ۱۵۰ …») joins whole
    once one of its figures fits, however far the others stand from the question's words. Only groups of two
    provinces or more rank."""
    fitting = {(_comparable(s), s.fact.source.release_id) for s in scored if s.score >= fit}
    groups: dict[tuple, dict[str, Scored]] = {}
    for s in sorted(scored, key=lambda s: s.fact.source.date):  # a later release's figure wins
        key = _comparable(s)
        if s.fact.region and s.coverage > 0 and (key, s.fact.source.release_id) in fitting:
            groups.setdefault(key, {})[s.fact.region] = s
    return [v for v in groups.values() if len(v) > 1]


def _extreme(by_region: dict[str, Scored], query: Query) -> Scored:
    return (min if query.extreme == "min" else max)(by_region.values(), key=lambda s: s.fact.value)


async def answer(retriever: Retriever, query: Query, until: int) -> Answer:
    if len(query.regions) > 1:
        return await _between(retriever, query, until)
    scored = await retriever.scored(query, until)
    top = max(scored, key=lambda s: s.score, default=None)
    if top is None or top.score < ANSWER_AT:
        return compose.refusal(query)
    rankings = _rankings(scored, PEER_SHARE * top.score)
    picks = [_extreme(r, query) for r in rankings]
    if len({p.fact.region for p in picks}) != 1:  # nothing to rank, or measures that disagree on the province
        return compose.choices(query, tuple(picks)) if len(picks) > 1 else compose.refusal(query)
    extreme = say("extreme_" + (query.extreme or "max"))
    return _ranked(query, picks, [say("ranked_among", extreme=extreme, count=render.fa(len(r))) for r in rankings])


async def _between(retriever: Retriever, query: Query, until: int) -> Answer:
    """Each named province's own confident figure, all of one measure: the largest (or smallest) wins."""
    found = []
    for region in query.regions:
        asked = replace(query, intent="numeric", region=region, regions=(region,))
        found.append(derived.confident(await retriever.scored(asked, until), query.period is not None))
    figures = [s for s in found if s]
    if len(figures) < len(found) or len({_comparable(s) for s in figures}) != 1:
        return compose.refusal(query)
    pick = _extreme({s.fact.region or "": s for s in figures}, query)
    others = "، ".join(f"{s.fact.region} {_figure(s)}" for s in figures if s is not pick)
    extreme = say("compared_" + (query.extreme or "max"))
    return _ranked(query, [pick], [say("ranked_against", extreme=extreme, others=others)], figures)


def _figure(s: Scored) -> str:
    parts = compose.parts(s.fact)
    return f"{parts['amount']}{parts['when']}".replace(" —", "،")


def _ranked(query: Query, picks: list[Scored], ranks: list[str], used: list[Scored] | None = None) -> Answer:
    """The province and its figure for each measure ranked, the release's words and every source."""
    lines = []
    for pick, rank in zip(picks, ranks, strict=True):
        parts = compose.parts(pick.fact)
        when = render.period_words(pick.fact.period)
        lines += [say("which_region", region=pick.fact.region, amount=parts["amount"] + parts["what"],
                      when=f" — {when}" if when else "", rank=rank),
                  say("answer_quote", quote=render.clip(pick.fact.sentence, pick.fact.amount_text))]
    sources = list(dict.fromkeys(s.fact.source for s in used or picks))
    lines += [compose.source_line(s) for s in sources]
    fact = picks[0].fact
    return Answer(query.text, True, "\n".join(lines), value=fact.value, unit=fact.unit,
                  period=fact.period.label if fact.period else None, region=fact.region,
                  confidence=round(min(p.score for p in picks), 3), sources=sources, fact_id=fact.id)
