"""Learning from use: an admin marks which stored fact answers a question the bot refused (or got wrong),
and the same wording is answered with that fact from then on, until the teaching is undone.

A wording holds only while its time words mean what they meant when it was taught: «پارسال …» taught
in 1404 names 1403, and is not answered with 1403's figure once «پارسال» means 1404.
"""
import re
from dataclasses import replace
from functools import lru_cache

from bot.answer.engine import AnswerEngine
from bot.answer.model import Answer
from bot.answer.question import analyze
from bot.extract.periods import RefDate
from bot.smalltalk import classify
from bot.text.normalize import fold_letters
from db import paraphrases
from db.connection import Database
from db.paraphrases import ToReview

_WORD = re.compile(r"[\w\u200c]+")
_PERSIAN_WORD = re.compile(r"[\u0600-\u06FF]{2,}")
MIN_WORDS = 2  # a lone word or emoji is not a question anyone can teach


@lru_cache(maxsize=4096)  # every question is looked up among the teachings: a popular one is folded once
def wording(question: str) -> str:
    """The question's words, folded, without punctuation: «پارسال چند واحد؟» and «پارسال  چند واحد» agree."""
    return " ".join(_WORD.findall(fold_letters(question).replace("\u200c", " ")))


def worth_reviewing(question: str, today: RefDate) -> bool:
    """A question an admin can teach: Persian words, not small talk, not a greeting; junk (a lone emoji,
    «?», «سلام») is left out of /stats."""
    if len(_PERSIAN_WORD.findall(question)) < MIN_WORDS or classify(question) is not None:
        return False
    return analyze(question, today).intent not in ("empty", "greeting")


async def reviewable(db: Database, today: RefDate) -> list[ToReview]:
    """The week's unanswered and 👎 questions worth an admin's look, minus wordings already taught."""
    found = [r for r in await paraphrases.to_review(db) if worth_reviewing(r.question, today)]
    return [r for r in found if await paraphrases.taught(db, wording(r.question)) is None]


async def teach(db: Database, question: str, question_id: int | None, fact_id: int, admin_id: int | None,
                today: RefDate) -> int:
    """Remember that `question`'s wording is answered by the fact; returns the teaching's id."""
    return await paraphrases.teach(db, wording(question), _period(question, today), fact_id, question_id, admin_id)


async def answer_taught(engine: AnswerEngine, db: Database, question: str, today: RefDate) -> Answer | None:
    """The taught fact as the answer to this wording, or None when nothing taught applies."""
    found = await paraphrases.taught(db, wording(question))
    if found is None or found.period != _period(question, today):
        return None
    answer = await engine.explain(found.fact_id)
    return replace(answer, question=question) if answer else None


def _period(question: str, today: RefDate) -> tuple[int, int] | None:
    period = analyze(question, today).period
    return (period.start, period.end) if period else None
