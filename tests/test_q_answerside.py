"""Answer-side constructions of real questions (issue #13's leftovers): the past copula, a total said with its
parts, and figures computed only when each operand is sure; each with a near miss that must still be refused."""
import pytest

from bot.answer.question import analyze

ZANJAN_PLAN = ("1403-11-10", "در زنجان، مدیرکل صنعت استان اعلام کرد که قرار است در دهه فجر ۶ طرح صنعتی با "
                             "سرمایه‌گذاری ۱۲۰ میلیارد تومان در شهرک‌های صنعتی استان افتتاح شود.")


@pytest.mark.parametrize(("question", "planned", "open_tense", "done"), [
    ("سرمایه گذاری طرحهای دهه فجر زنجان چند میلیارد تومن بود", False, True, False),
    ("مساحت شهرک صنعتی ابهر چند هکتار است", False, True, False),
    ("قرار بود امسال چند واحد افتتاح بشه", True, False, False),
    ("در سال ۹۸ چند واحد افتتاح شده بود", False, False, True),
], ids=["past-copula", "present-copula-after-a-unit", "was-planned", "pluperfect-is-done"])
def test_the_copula_present_or_past_says_neither_done_nor_planned(question, planned, open_tense, done):
    """«… چند میلیارد تومان بود» asks what a figure was; «قرار بود» a plan; «افتتاح شده بود» what was done."""
    query = analyze(question, (1404, 1, 1))
    assert (query.wants_target, query.open_tense, query.asks_done) == (planned, open_tense, done)


async def test_a_plan_asked_with_the_past_copula_is_answered(engine_over):
    """«سرمایه‌گذاری طرح‌های دهه فجر … چند میلیارد تومن بود» is the planned investment, not «nothing done»."""
    engine = await engine_over([ZANJAN_PLAN])
    answer = await engine.answer("سرمایه گذاری طرحهای دهه فجر زنجان چند میلیارد تومن بود", (1403, 12, 1))
    assert (answer.answered, answer.value, answer.region) == (True, 1_200_000_000_000, "زنجان")


async def test_a_plan_is_not_what_was_done(engine_over):
    """Near miss: «چند طرح افتتاح شد» asks what was done; the plan of six is not stated as done."""
    engine = await engine_over([ZANJAN_PLAN])
    answer = await engine.answer("در دهه فجر زنجان چند طرح افتتاح شد", (1403, 12, 1))
    assert answer.answered is False
