"""The answer engine: a question and the asking date in, an Answer out. No Telegram here.

Stages: analyse (text -> Query) -> retrieve and score (retrieve.Retriever) -> decide (decide.decide) ->
compose (Persian text, compose.py). Each intent has its own handler (intents/); the engine only routes.
An analysis, an answer and a series are remembered until the stored facts change (db.memo): the same
question, and the chips and chart offer worked out under its answer, are not worked out again.
"""
from copy import copy
from dataclasses import replace
from functools import lru_cache

from bot.answer import compose, series
from bot.answer.followup import Conversation, is_followup, merge, nothing_to_continue
from bot.answer.intents import HANDLERS
from bot.answer.match import Scored
from bot.answer.model import Answer
from bot.answer.question import Query, analyze
from bot.answer.retrieve import Retriever, date_key
from bot.extract.model import Period
from bot.extract.periods import RefDate
from bot.records import StoredFact
from db.connection import Database
from db.memo import KEEP, FactsMemo

_analyzed = lru_cache(maxsize=KEEP)(analyze)  # a Query is never changed after analysis


class AnswerEngine:
    def __init__(self, db: Database, remember: int = KEEP) -> None:
        """`remember`: how many answers and series to keep while the facts stay the same (0: none)."""
        self.db = db
        self.retriever = Retriever(db)
        self._answers: FactsMemo[Answer] = FactsMemo(db, remember)
        self._series: FactsMemo[list[StoredFact]] = FactsMemo(db, remember)

    async def answer(self, text: str, today: RefDate, conversation: Conversation | None = None) -> Answer:
        """Answer one question; with a conversation, a follow-up («و سال قبلش؟») continues the last one, and
        without one it is told to ask in full, never answered with a figure of its own."""
        query = _analyzed(text, today)
        followed = is_followup(query)
        if followed:
            merged = merge(conversation, query) if conversation else None
            if merged is None:
                return Answer(text, False, nothing_to_continue(conversation))
            query = merged
        until = date_key(today)
        answer = copy(await self._answers.get((repr(query), until), lambda: self._worked_out(query, until)))
        if conversation is not None:
            conversation.remember(query, await self._answered_period(answer), followed)
        return answer

    async def _worked_out(self, query: Query, until: int) -> Answer:
        """An answer worked out afresh: the look-ups its computed tries repeat are shared within it only."""
        self.retriever.forget_lookups()
        return await HANDLERS[query.intent](self.retriever, query, until)

    async def _answered_period(self, answer: Answer) -> Period | None:
        """The period of the figure given: what «سال قبلش» in the next question counts from."""
        fact = await self._fact(answer.fact_id) if answer.answered and answer.fact_id else None
        return fact.period if fact else None

    async def explain(self, fact_id: int) -> Answer | None:
        """A stored fact as an answer: what a pressed suggestion shows."""
        fact = await self._fact(fact_id)
        if fact is None:
            return None
        return compose.numeric("", Scored(fact, 1.0, 1.0, 1.0, 1.0), None)

    async def _fact(self, fact_id: int) -> StoredFact | None:
        """A stored fact, most often one just read as a candidate and still kept (no round trip)."""
        found = await self.retriever.facts.read([fact_id])
        return found[0] if found else None

    async def series(self, answer: Answer, today: RefDate) -> list[StoredFact]:
        """The answered measure in every period the releases report it for, oldest first (see answer.series)."""
        if not answer.answered or answer.fact_id is None or answer.query is None:
            return []
        query, until, anchor = replace(answer.query, period=None), date_key(today), answer.fact_id
        return list(await self._series.get((repr(query), until, anchor), lambda: self._series_of(query, until, anchor)))

    async def _series_of(self, query: Query, until: int, anchor: int) -> list[StoredFact]:
        scored = await self.retriever.scored(query, until, since_period=False)
        return series.series(anchor, scored)
