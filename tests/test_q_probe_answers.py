"""The answer side of the first probe's misses (tests/test_probe_questions.py), each construction in a release of
its own wording: a part said «از این …» of a whole."""
import pytest

LAND = ("1401-02-10", "مدیرعامل شرکت شهرک‌های صنعتی استان یزد گفت: سال گذشته ۹۰ هکتار زمین صنعتی در شهرک‌های "
                      "استان به سرمایه‌گذاران واگذار شد.\n\nوی افزود: ۳۵ هکتار از این زمین‌ها در نواحی صنعتی و بقیه "
                      "در شهرک‌های بزرگ بوده است.")


@pytest.mark.parametrize(("question", "value"), [
    ("پارسال چند هکتار از زمین‌های واگذارشده یزد در نواحی صنعتی بود", 35),
    ("پارسال چند هکتار زمین در یزد واگذار شد", 90),  # the whole, when nothing only the part says is asked
], ids=["the-part-asked", "the-whole-asked"])
async def test_a_part_said_of_the_land_of_the_sentence_before_answers_for_its_part(engine_over, question, value):
    """x-061: «۲۷ هکتار از این زمین‌ها در نواحی صنعتی» says «واگذار» only in the sentence before, so the whole
    (177 ha, whose sentence says both) was given, confidently, for the part asked."""
    engine = await engine_over([LAND])
    answer = await engine.answer(question, (1401, 3, 1))
    assert (answer.answered, answer.value) == (True, value)
