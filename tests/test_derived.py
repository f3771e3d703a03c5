"""Computed answers: per-unit averages and growth, with the arithmetic shown; a total never answers «per unit»."""
import pytest

from bot.answer import derived
from bot.answer.engine import AnswerEngine
from bot.answer.question import analyze


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


async def test_a_difference_is_never_answered_with_one_of_its_figures(seed_db):
    """«… چند واحد بیشتر …» with only one of the two years stored: the bot says it does not know."""
    answer = await AnswerEngine(seed_db).answer("سال ۹۹ نسبت به ۹۸ چند واحد راکد بیشتر احیا شد", (1400, 4, 10))
    assert not answer.answered and answer.value is None


@pytest.mark.parametrize(("question", "noun"), [
    ("کرمانشاه در ۸ ماهه ۹۷ به طور میانگین برای هر طرح چند نفر شغل ایجاد کرد", "طرح"),
    ("یزد امسال به طور متوسط برای هر قرارداد چند هکتار زمین واگذار کرده", "قرارداد"),
    ("میانگین سرمایه گذاری احیای واحدها چقدر بود", "واحد"),  # an industrial unit when none is said
])
def test_a_total_is_shared_by_the_noun_after_each(question, noun):
    """«برای هر طرح»: the total is divided by the number of projects, whatever the total measures."""
    query = analyze(question, (1404, 10, 5))
    assert derived.wants_per_unit(query) and derived.per_what(query) == noun
