"""Confident wrong numbers and answer-side misses a reader would hit (the probes' and blind questions' leftovers):
each construction in a small release of its own, with a near miss that must still be answered or refused."""
import pytest

SPEAKER_OPENED = ("1402-08-12", "معاون شرکت شهرک‌های صنعتی یزد از بهره‌برداری ۸ واحد صنعتی در شهرک‌های صنعتی "
                                "استان خبر داد.\n\nوی گفت: پارسال ۴۰ قطعه زمین به متقاضیان واگذار شد.")


async def test_a_verb_of_speech_is_not_the_event_asked(engine_over):
    """«… از بهره‌برداری ۸ واحد صنعتی … خبر داد»: the «داد» of «خبر داد» is a phrase of «واگذاری», so «چند واحد
    … واگذار شد» was answered with the units opened, confidently (probe 2's Gilan release did the same)."""
    engine = await engine_over([SPEAKER_OPENED])
    answer = await engine.answer("چند واحد صنعتی در یزد واگذار شد", (1402, 9, 1))
    assert not answer.answered and answer.value is None


@pytest.mark.parametrize(("body", "question", "value"), [
    ("مدیرعامل شرکت شهرک‌های صنعتی گیلان از واگذاری ۱۲ واحد آماده به سرمایه‌گذاران خبر داد.",
     "چند واحد در گیلان واگذار شد", 12),
    ("در گیلان امسال ۳۰ قطعه زمین به سرمایه‌گذاران دادند.", "چند قطعه زمین در گیلان واگذار شد", 30),
    ("مدیرعامل شرکت شهرک‌های صنعتی گیلان از افتتاح ۱۰ واحد تولیدی در شهرک‌های صنعتی استان خبر داد.",
     "چند واحد در گیلان افتتاح شد", 10),
], ids=["the-event-said-beside-the-speech", "the-bare-light-verb", "the-event-the-speaker-announced"])
async def test_an_event_said_beside_a_verb_of_speech_is_answered(engine_over, body, question, value):
    """Near misses: the allotment said in words of its own, or with «دادند» alone, and the opening announced."""
    engine = await engine_over([("1403-03-05", body)])
    answer = await engine.answer(question, (1403, 3, 20))
    assert (answer.answered, answer.value) == (True, value)


PARK_OF_PROVINCE = ("1403-09-01", "مدیرعامل شرکت شهرک‌های صنعتی قم گفت: امسال ۳۰ طرح زیربنایی در شهرک‌ها و نواحی "
                                  "صنعتی استان آغاز شد.\n\nوی افزود: از این طرح‌ها ۱۲ طرح زیربنایی در شهرک صنعتی "
                                  "سلفچگان به پایان رسیده است.")


@pytest.mark.parametrize(("question", "value"), [
    ("امسال چند طرح زیربنایی در شهرک های صنعتی قم به پایان رسید", 30),
    ("امسال چند طرح زیربنایی در شهرک صنعتی سلفچگان به پایان رسید", 12),  # near miss: the park asked
], ids=["the-province-asked", "the-park-asked"])
async def test_one_parks_part_does_not_answer_for_its_province(engine_over, question, value):
    """y-071: the province's «۴۰ پروژه … کلید خورد» and «از این پروژه‌ها ۱۵ پروژه … در شهرک صنعتی شکوهیه اجرا
    شده»: a question about the province took the park's 15, whose verb it shares, confidently."""
    engine = await engine_over([PARK_OF_PROVINCE])
    answer = await engine.answer(question, (1403, 10, 1))
    assert (answer.answered, answer.value) == (True, value)


FUND = ("1404-05-01", "مدیرعامل صندوق حمایت از سرمایه‌گذاری صنایع روستایی گفت: تاکنون ۸۰۰ میلیارد تومان تسهیلات "
                      "برای صنایع روستایی پرداخت شده است.\n\nبه گفته وی، سرمایه فعلی صندوق ۱۲۰ میلیارد تومان است.")


async def test_a_word_said_only_inside_a_name_the_question_says_is_not_the_figures(engine_over):
    """b-023: «سرمایه صندوق ضمانت سرمایه‌گذاری صنایع کوچک الان چقدره» got the fund's guarantees, whose sentence
    says «سرمایه» only inside the fund's name, confidently; the capital is «سرمایه فعلی صندوق»."""
    engine = await engine_over([FUND])
    answer = await engine.answer("سرمایه صندوق حمایت از سرمایه گذاری صنایع روستایی الان چقدره", (1404, 6, 1))
    assert answer.value != 8_000_000_000_000 and not answer.answered


@pytest.mark.parametrize(("question", "value"), [
    ("تسهیلات صندوق حمایت از سرمایه گذاری صنایع روستایی چقدر بوده", 8_000_000_000_000),
    ("سرمایه فعلی صندوق چقدره", 1_200_000_000_000),
], ids=["the-word-said-outside-the-name", "no-name-asked"])
async def test_a_word_said_outside_the_name_is_answered(engine_over, question, value):
    """Near misses: «تسهیلات» is said outside the fund's name; a question naming no fund finds the capital."""
    engine = await engine_over([FUND])
    answer = await engine.answer(question, (1404, 6, 1))
    assert (answer.answered, answer.value) == (True, value)


AMONG = ("1403-05-01", "مدیرعامل شرکت شهرک‌های صنعتی زنجان گفت: از میان ۱۲ شهرک و ناحیه صنعتی استان، در ۹ شهرک و "
                       "ناحیه زمین آماده برای واگذاری وجود دارد.")


@pytest.mark.parametrize(("question", "value"), [
    ("زنجان چند تا شهرک و ناحیه صنعتی داره", 12),
    ("در چند شهرک و ناحیه صنعتی زنجان زمین آماده واگذاری وجود دارد", 9),  # near miss: the part's own words
], ids=["the-whole", "the-part"])
async def test_a_part_taken_az_mian_a_whole_is_its_part(engine_over, question, value):
    """d-005: «از میان ۲۰ شهرک و ناحیه صنعتی استان، در ۱۵ شهرک و ناحیه امکان واگذاری زمین وجود دارد»: «چند تا
    شهرک و ناحیه صنعتی داره» was offered the 20 and the 15 as a choice, though it never says the part's words."""
    engine = await engine_over([AMONG])
    answer = await engine.answer(question, (1403, 6, 1))
    assert (answer.answered, answer.value) == (True, value)


AGE = ("1404-08-01", "مدیرکل صنعت استان یزد گفت: میانگین عمر ماشین‌آلات واحدهای صنعتی استان حدود ۱۸ سال است.")


@pytest.mark.parametrize(("question", "value"), [
    ("میانگین عمر ماشین آلات واحدهای یزد چند ساله", 18),
    ("میانگین عمر ماشین آلات واحدهای یزد چند سال است", 18),  # near miss: said as written
], ids=["spoken", "written"])
async def test_chand_saleh_asks_how_many_years(engine_over, question, value):
    """y-060: «میانگین عمر صنایع کوچک تهران چند ساله» was read as a count of «ساله» things and did not find «عمر …
    بیش از ۲۰ سال است»: a span kept its «-ه» even after «چند»."""
    engine = await engine_over([AGE])
    answer = await engine.answer(question, (1404, 9, 1))
    assert (answer.answered, answer.value) == (True, value)

