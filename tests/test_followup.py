"""A follow-up continues the last answered question in the same conversation."""
import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.followup import Conversation


@pytest.mark.parametrize(("first", "follow", "today", "expected"), [
    ("سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟", "و سال قبلش؟", (1404, 10, 20), 41e13),
    ("امسال چند هکتار زمین در لرستان واگذار شد؟", "و پارسال؟", (1403, 12, 25), 165),
    ("در ۹ ماهه امسال چند واحد در شهرکهای دولتی به بهره برداری رسید", "و غیردولتی چطور؟", (1404, 10, 20), 796),
])
async def test_follow_up_in_context(full_db, first, follow, today, expected):
    """The second question alone would be unclear; after the first it has one answer."""
    engine, conversation = AnswerEngine(full_db), Conversation()
    assert (await engine.answer(first, today, conversation)).answered
    answer = await engine.answer(follow, today, conversation)
    assert (answer.answered, answer.value) == (True, expected)


async def test_without_conversation_a_follow_up_is_not_guessed(full_db):
    """The command line answers each line alone: «و سال قبلش؟» gets no number."""
    answer = await AnswerEngine(full_db).answer("و سال قبلش؟", (1404, 10, 20))
    assert answer.answered is False
