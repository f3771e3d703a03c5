"""Choosing a figure (issue #13): receiving and issuing are one transfer, «چقدر X» asks an amount, and a
refusal for a province no release covers says so first."""
import pytest

from bot.extract.facts import extract
from bot.release import parse_release

GUARANTEES = ("1403-02-10", "صندوق ضمانت سرمایه‌گذاری صنایع کوچک در سال ۱۴۰۲ برای ۲۰۰ واحد صنعتی ۵۰۰ میلیارد "
                            "ریال ضمانت‌نامه صادر کرد. در میان استان‌ها، اصفهان و کرمان به ترتیب با ۴۰ و ۳۰ "
                            "میلیارد ریال ضمانت‌نامه برای ۹ و ۵ واحد صنعتی، بیشترین سهم را به خود اختصاص دادند.")
RECEIVED = ("1403-03-01", "در سال ۱۴۰۲ واحدهای صنعتی استان سمنان ۱۲ میلیارد ریال ضمانت‌نامه دریافت کردند.")
TODAY = (1403, 6, 1)


@pytest.mark.parametrize(("question", "value"), [
    ("کرمان پارسال چند میلیارد ریال ضمانت نامه گرفت", 30e9),
    ("استان اصفهان برای چند واحد ضمانت نامه گرفت", 9),
    ("سمنان پارسال چند میلیارد ریال ضمانت نامه گرفت", 12e9),
    ("برای سمنان پارسال چند میلیارد ریال ضمانت نامه صادر شد", 12e9),
])
async def test_a_province_that_received_is_the_province_issued_to(engine_over, question, value):
    """«… گرفت» is answered by «به خود اختصاص دادند» and «دریافت کردند»: one transfer seen from two sides."""
    engine = await engine_over([GUARANTEES, RECEIVED])
    answer = await engine.answer(question, TODAY)
    assert (answer.answered, answer.value) == (True, value)


async def test_how_much_of_a_thing_is_its_amount_not_the_count_of_who_got_it(engine_over):
    """«چقدر ضمانت‌نامه» asks the rials, not «for how many units» said in the same sentence."""
    engine = await engine_over([GUARANTEES])
    answer = await engine.answer("کرمان پارسال چقدر ضمانت نامه گرفت", TODAY)
    assert (answer.answered, answer.value) == (True, 30e9)


async def test_a_refusal_for_an_uncovered_province_names_the_province_not_the_period(engine_over):
    """No figure for Yazd at all: the refusal says so, and offers the country's figure labelled as such."""
    engine = await engine_over([GUARANTEES])
    answer = await engine.answer("یزد در ۹ ماهه پارسال چقدر ضمانت نامه گرفت", TODAY)
    assert not answer.answered
    assert answer.text.splitlines()[0] == "برای استان یزد آماری در اخبار سازمان ندارم."


QOM = ("1400-05-19", "در سفر معاون وزیر به قم، فاز سوم مجتمع‌های کارگاهی شهرک صنعتی محمودآباد قم با اعتبار ۷۰ میلیارد "
                     "ریال افتتاح شد.\nهمزمان پروژه‌های زیرساختی همین شهرک به ارزش ۸۲ میلیارد ریال وارد مدار شد.\n"
                     "در شهرک صنعتی شکوهیه نیز ۱۲ واحد کارگاهی به بهره‌برداری رسید.")


def test_this_park_in_the_next_sentence_is_the_park_named_before():
    """«پروژه‌های زیرساختی همین شهرک»: the park of the sentence before, within its province."""
    release = parse_release(QOM[1], date=QOM[0], title="خبر")
    facts = extract(release.body, release.title, release.ref).facts
    assert [(f.value, f.region, f.place) for f in facts] == [
        (70e9, "قم", "محمودآباد قم"), (82e9, "قم", "محمودآباد قم"), (12, "قم", "شکوهیه")]


PHASES = ("1400-05-19", "کلنگ فاز توسعه ۱۰۹ هکتاری شهرک صنعتی شکوهیه با اعتبار ۱۳۶ میلیارد تومان به زمین زده شد.\n"
                        "فاز ۱۲ مجتمع‌های کارگاهی شهرک صنعتی شکوهیه با اعتبار ۷۲ میلیارد ریال به بهره‌برداری رسید.")


async def test_a_word_said_only_in_one_figures_own_sentence_picks_it(engine_over):
    """«اعتبار فاز توسعه»: the phase-12 figure only inherits «توسعه» from the sentence before; no choice needed
    (other releases stored too, so that these words are not in most figures)."""
    engine = await engine_over([PHASES, GUARANTEES, RECEIVED, QOM])
    answer = await engine.answer("اعتبار فاز توسعه شکوهیه قم چقدره؟", (1400, 6, 1))
    assert (answer.answered, answer.value) == (True, 1360e9)
