"""Derived answers over small releases written for these tests: which province most, the larger of two named
provinces, sums, differences, growth, shares and per-unit averages, with every operand a confident figure and
the arithmetic shown; an operand is never the answer."""
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine

RELEASES = Path(__file__).parent / "data" / "derived_releases"


@pytest.fixture
async def db(folder_db):
    return await folder_db(RELEASES)


@pytest.mark.parametrize(("question", "today", "region", "value"), [
    ("کدام استان در سال ۹۷ بیشترین ضمانت‌نامه را گرفت", (1398, 3, 1), "اصفهان", 300e9),
    ("سال ۱۴۰۰ کدام استان قرارداد واگذاری زمین بیشتری داشت، لرستان یا همدان؟", (1401, 2, 1), "همدان", 310),
    ("سال ۱۴۰۰ کدام استان قرارداد واگذاری زمین کمتری داشت، لرستان یا همدان؟", (1401, 2, 1), "لرستان", 140),
])
async def test_which_province_is_named_with_its_figure(db, question, today, region, value):
    """Money and units rank the same province first, so it is named; two named provinces are compared."""
    answer = await AnswerEngine(db).answer(question, today)
    assert (answer.answered, answer.region, answer.value) == (True, region, value)
    assert answer.text.startswith(f"استان {region} با ")


@pytest.mark.parametrize(("question", "value"), [
    ("مجموع کارگاه های فناوری ساخته شده و در دست ساخت چندتاست", 1000),
    ("کارگاه‌های فناوری ساخته شده و در دست ساخت روی هم چند تا هستند", 1000),
])
async def test_a_sum_of_parts_joined_by_and_adds_both(db, question, value):
    """«ساخته شده و در دست ساخت»: each part is its own figure, and the answer is their sum with both shown."""
    answer = await AnswerEngine(db).answer(question, (1402, 6, 1))
    assert (answer.answered, answer.value) == (True, value)
    assert "۳۰۰ کارگاه" in answer.text and "۷۰۰ کارگاه" in answer.text and "=" in answer.text


async def test_a_sum_of_parts_is_never_answered_with_one_part(db):
    """n-111 regression: only one of the parts joined by «و» is reported, so the bot does not answer with it."""
    answer = await AnswerEngine(db).answer("مجموع کارگاه های فناوری در دست ساخت و احیا شده چندتاست", (1402, 6, 1))
    assert not answer.answered and answer.value is None


@pytest.mark.parametrize(("question", "today", "value"), [
    ("در نیمه دوم سال ۱۴۰۱ چند واحد در شهرک‌ها به بهره‌برداری رسید", (1402, 3, 1), 700),
    ("همدان در سه ماه آخر سال ۱۴۰۰ چند قرارداد واگذاری زمین بست", (1401, 2, 1), 90),
])
async def test_the_last_months_of_a_year_are_the_year_less_its_first_months(db, question, today, value):
    """«نیمه دوم», «سه ماه آخر»: the whole year's figure less the months before, both shown with their periods."""
    answer = await AnswerEngine(db).answer(question, today)
    assert (answer.answered, answer.value) == (True, value)
    assert "−" in answer.text and len(answer.sources) == 2


async def test_the_last_months_are_not_answered_without_the_first_months(db):
    """Lorestan reports only its whole year: its last quarter is not known, and the year is not given for it."""
    answer = await AnswerEngine(db).answer("لرستان در سه ماه آخر سال ۱۴۰۰ چند قرارداد واگذاری زمین بست", (1401, 2, 1))
    assert not answer.answered and answer.value is None


@pytest.mark.parametrize(("question", "today", "value", "shown"), [
    ("مساحت واگذاری اراضی همدان در سال ۱۴۰۰ نسبت به ۹۹ چند درصد رشد داشت", (1401, 2, 1), 25, "رشد ۲۵ درصد"),
    ("اشتغال واحدهای شهرکهای گیلان از پایان ۹۸ تا الان چند نفر بیشتر شده", (1399, 7, 1), 600, "= ۶۰۰ نفر"),
    ("اشتغال واحدهای شهرکهای گیلان از پایان ۹۸ تا الان چند درصد بیشتر شده", (1399, 7, 1), 12, "رشد ۱۲ درصد"),
])
async def test_a_change_is_computed_from_both_figures(db, question, today, value, shown):
    """The area asked («مساحت») is compared year with year; «از پایان ۹۸ تا الان» is the latest stock
    against the stock at the end of that year, as a difference or a growth."""
    answer = await AnswerEngine(db).answer(question, today)
    assert (answer.answered, answer.value) == (True, value)
    assert shown in answer.text


@pytest.mark.parametrize(("question", "today", "value"), [
    ("در سال ۱۴۰۱ هر واحد به طور متوسط برای چند نفر شغل ایجاد کرد", (1402, 3, 1), 9000 / 1200),
    ("میانگین اشتغال هر واحد در سال ۱۴۰۱ چند نفر بود", (1402, 3, 1), 9000 / 1200),
])
async def test_a_per_unit_average_divides_two_figures_of_one_release(db, question, today, value):
    """«به طور متوسط … هر واحد»: jobs of the year divided by the units of the same release and year, shown as
    a division."""
    answer = await AnswerEngine(db).answer(question, today)
    assert answer.answered and answer.value == pytest.approx(value, abs=0.01) and "÷" in answer.text


@pytest.mark.parametrize(("question", "answered", "value"), [
    ("ضمانت نامه های طرح های ایجادی در سال ۱۴۰۲ چقدر از سرمایه در گردش بیشتر بود", True, 150e9),
    ("ضمانت نامه های طرح های ایجادی در سال ۱۴۰۲ چقدر از طرح های توسعه بیشتر بود", False, None),
])
async def test_how_much_more_than_is_the_difference_of_two_figures(db, question, answered, value):
    """«… چقدر از سرمایه در گردش بیشتر بود»: the asked figure less the one it is compared with; with the second
    not reported, the bot does not answer with the first."""
    answer = await AnswerEngine(db).answer(question, (1403, 3, 1))
    assert (answer.answered, answer.value) == (answered, value)


async def test_how_many_times_divides_the_figure_before_by_the_one_after(db):
    """«نیاز مالی … چند برابر سرمایه صندوق است»: two همت ÷ ۲۰۰ میلیارد تومان = ۱۰ times, both figures shown."""
    answer = await AnswerEngine(db).answer("نیاز مالی یک شهرستان فارس چند برابر سرمایه فعلی صندوق است", (1403, 3, 1))
    assert (answer.answered, answer.value) == (True, 10) and "÷" in answer.text
