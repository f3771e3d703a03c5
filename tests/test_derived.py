"""Computed answers: per-unit averages and growth, with the arithmetic shown; a total never answers «per unit»."""
import pytest

from bot.answer.engine import AnswerEngine


@pytest.mark.parametrize(("question", "today", "value"), [
    ("سرمایه گذاری به ازای هر واحد احیا شده چقدر بود؟", (1400, 4, 10), 46e12 / 1557),
    ("سرمایه گذاری هر واحد افتتاح شده در اصفهان چقدر بود", (1404, 6, 20), 124e12 / 86),
])
async def test_per_unit(full_db, question, today, value):
    """Money divided by units of the same release and period, shown as a division."""
    answer = await AnswerEngine(full_db).answer(question, today)
    assert answer.answered and answer.value == pytest.approx(value, rel=1e-3) and "÷" in answer.text


async def test_growth_between_two_periods(full_db):
    """Land allotted in Lorestan against the year before: stated as about 27%, and (210 − 165) / 165 ≈ 27%."""
    answer = await AnswerEngine(full_db).answer("واگذاری زمین در لرستان در سال ۱۴۰۳ نسبت به ۱۴۰۲ چند درصد رشد داشت",
                                                (1403, 12, 25))
    assert answer.answered and answer.value == pytest.approx(27, abs=0.5)
