"""The follow-up chips under an answer: which are offered, and what pressing one answers."""
import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.model import Answer, Source
from bot.chips import answerable_chips, chips_for, follow_up

SOURCE = Source(1, "1404-03-01", "خبر")


@pytest.mark.parametrize(("answer", "chips"), [
    (Answer("", True, "", value=1, period="1403", region="لرستان", fact_id=7, sources=[SOURCE]), ["prev", "regions"]),
    (Answer("", True, "", value=1, period="1403", fact_id=7, sources=[SOURCE]), ["prev"]),
    (Answer("", True, "", value=1, fact_id=7, sources=[SOURCE]), []),
    (Answer("", False, "نمی‌دانم", period="1403", region="لرستان"), []),
])
def test_chips_fit_the_answer(answer, chips):
    """«سال قبلش؟» needs an answered period, «استان‌های دیگر» an answered province; a refusal gets none."""
    assert chips_for(answer) == chips


@pytest.mark.parametrize(("question", "today", "chip", "expected"), [
    ("سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟", (1404, 10, 20), "prev", 41e13),
    ("امسال چند هکتار زمین در لرستان واگذار شد؟", (1403, 12, 25), "prev", 165),
    ("در سال ۱۴۰۳ چند واحد راکد در لرستان احیا شد؟", (1404, 3, 1), "regions", 45),
])
async def test_chip_answers_the_follow_up_of_its_own_question(full_db, question, today, chip, expected):
    """The year before, or the provinces ranked, for the measure the answer was about."""
    answer = await follow_up(AnswerEngine(full_db), question, chip, today)
    assert (answer.answered, answer.value) == (True, expected)


@pytest.mark.parametrize(("question", "today", "chips"), [
    ("امسال چند هکتار زمین در لرستان واگذار شد؟", (1403, 12, 25), ["prev"]),
    ("در سال ۱۴۰۳ چند واحد راکد در لرستان احیا شد؟", (1404, 3, 1), ["regions"]),
    ("سال ۱۳۹۹ چند واحد راکد احیا شد؟", (1404, 3, 1), []),
])
async def test_only_chips_that_answer_are_offered(full_db, question, today, chips):
    """A chip whose follow-up would be «نمی‌دانم» is not offered at all."""
    engine = AnswerEngine(full_db)
    assert await answerable_chips(engine, await engine.answer(question, today), today) == chips
