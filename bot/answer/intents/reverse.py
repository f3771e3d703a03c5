"""«… ۱۵۵۷ واحد در چه سالی احیا شد؟»: the figure is given, its period and place are asked."""
from dataclasses import replace

from bot.answer import compose
from bot.answer.match import score
from bot.answer.model import Answer
from bot.answer.question import Query
from bot.answer.retrieve import Retriever
from db import releases as store


async def answer(retriever: Retriever, query: Query, until: int) -> Answer:
    facts = await store.facts_with_value(retriever.db, query.number or 0, until)
    if not facts:
        return compose.refusal(query)
    weights = await retriever.weights(query)
    unitless = replace(query, asked_kind=None, asked_unit=None, counted=None)
    best = max((score(f, unitless, weights) for f in facts),
               key=lambda s: (s.fact.period is not None, s.coverage))
    return compose.numeric(query.text, best, None)
