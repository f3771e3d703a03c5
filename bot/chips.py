"""Follow-up chips under a numeric answer: «سال قبلش؟» and «استان‌های دیگر».

A chip is offered only when its follow-up has an answer. It is pressed under an answer that may no longer
be the chat's last one, so the follow-up is asked in a fresh conversation that starts with the answer's
own question.
"""
from dataclasses import replace

from bot.answer.engine import AnswerEngine
from bot.answer.followup import Conversation
from bot.answer.model import Answer
from bot.answer.retrieve import date_key
from bot.extract.periods import RefDate
from bot.lang.smalltalk import FOLLOW_UP_PHRASES
from bot.messages import say
from db.memo import FactsMemo


def chips_for(answer: Answer) -> list[str]:
    """The follow-ups that make sense: the year before when a period was answered, other provinces
    when a province was."""
    if not (answer.answered and answer.fact_id is not None):
        return []
    return [chip for chip, fits in (("prev", answer.period), ("regions", answer.region)) if fits]


async def answerable_chips(engine: AnswerEngine, answer: Answer, today: RefDate) -> list[str]:
    """The chips whose follow-up has an answer: a chip never leads to «نمی‌دانم» (two engine calls each)."""
    return [chip for chip in chips_for(answer)
            if (await follow_up(engine, answer.question, chip, today)).answered]


class RememberedChips:
    """The answerable chips under each answer, remembered until the stored facts change: working them out asks
    the engine twice a chip, each time reading back the period of the figure given (0.1 ms or more an answer,
    a tenth of the bot's CPU for a popular question)."""

    def __init__(self, engine: AnswerEngine) -> None:
        self.engine = engine
        self._memo: FactsMemo[list[str]] = FactsMemo(engine.db)

    async def under(self, answer: Answer, today: RefDate) -> list[str]:
        """`answerable_chips(engine, answer, today)`, worked out once for the same question and day."""
        offered = tuple(chips_for(answer))
        if not offered:
            return []
        return list(await self._memo.get((answer.question, offered, date_key(today)),
                                         lambda: answerable_chips(self.engine, answer, today)))


async def follow_up(engine: AnswerEngine, question: str, chip: str, today: RefDate,
                    conversation: Conversation | None = None) -> Answer:
    """The answer to `question` followed by the chip's follow-up, in `conversation` (a new one by default),
    which is left where the follow-up took it: the chat can go on from the chip's answer."""
    conversation = conversation if conversation is not None else Conversation()
    first = await engine.answer(question, today, conversation)
    if not first.answered:
        return first
    if conversation.last is None or chip not in FOLLOW_UP_PHRASES:
        return Answer(question, False, say("no_answer"))
    if chip == "regions":  # the same measure and period, ranked over the provinces that report it
        conversation.last = replace(conversation.last, intent="which_region", extreme="max", region=None)
    return await engine.answer(FOLLOW_UP_PHRASES[chip], today, conversation)
