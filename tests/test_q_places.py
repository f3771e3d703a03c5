"""Places below the province: a figure keeps its province and its county, town or park; a question about a
park is answered with that park's figure, never with its province's total or another province's figure."""
import pytest

from bot.answer.question import analyze
from bot.extract.facts import extract
from bot.release import parse_release

ISFAHAN = ("1403-05-10", "مدیرعامل شرکت شهرک‌های صنعتی استان اصفهان گفت: در سال ۱۴۰۲ در شهرک‌های صنعتی استان "
                         "۴۲۰ واحد صنعتی به بهره‌برداری رسید. در شهرک صنعتی کاشان نیز ۳۵ واحد صنعتی به بهره‌برداری "
                         "رسید.")
YAZD = ("1403-04-02", "در استان یزد در سال ۱۴۰۲ تعداد ۶۰ واحد صنعتی راکد احیا شد و به چرخه تولید بازگشت.")
TODAY = (1403, 6, 1)


def test_a_park_figure_keeps_its_province_and_its_park():
    """«در شهرک صنعتی کاشان نیز ۳۵ واحد»: Isfahan's figure, and the Kashan park's in particular."""
    release = parse_release(ISFAHAN[1], date=ISFAHAN[0], title="خبر")
    facts = extract(release.body, release.title, release.ref).facts
    assert [(f.value, f.region, f.place) for f in facts] == [(420, "اصفهان", None), (35, "اصفهان", "کاشان")]


@pytest.mark.parametrize(("question", "region", "place"), [
    ("در ناحیه صنعتی ایجرود چند قرارداد بسته شده", "زنجان", "ایجرود"),
    ("اعتبار فاز توسعه شکوهیه قم چقدره؟", "قم", "شکوهیه"),
    ("پروژه‌های شهرک ثامن‌الائمه قم چقدر ارزش داشت", "قم", "ثامن‌الایمه"),  # the hamza spelling is the same park
    ("پروژه‌های شهرک ثامن‌الایمه چقدر ارزش داشت", "قم", "ثامن‌الایمه"),
    ("قم چند واحد افتتاح کرد", "قم", None),
])
def test_a_town_or_park_asked_is_a_place_in_its_province_not_a_province(question, region, place):
    query = analyze(question, TODAY)
    assert (query.region, query.place, query.places, query.regions) == (region, place, (place,) if place else (),
                                                                         (region,))


async def test_a_park_question_is_answered_with_the_parks_figure(engine_over):
    engine = await engine_over([ISFAHAN])
    answer = await engine.answer("در شهرک صنعتی کاشان پارسال چند واحد به بهره‌برداری رسید", TODAY)
    assert (answer.answered, answer.value) == (True, 35)
    assert "کاشان، استان اصفهان" in answer.text


async def test_a_province_question_is_answered_with_the_provinces_total_not_one_parks(engine_over):
    engine = await engine_over([ISFAHAN])
    answer = await engine.answer("اصفهان پارسال چند واحد به بهره‌برداری رسید", TODAY)
    assert (answer.answered, answer.value) == (True, 420)


async def test_a_park_without_a_figure_is_refused_and_named_not_given_its_provinces_total(engine_over):
    """«نطنز» has no figure of its own: neither Isfahan's 420 nor Kashan's 35 is stated as Natanz's."""
    engine = await engine_over([ISFAHAN])
    answer = await engine.answer("در شهرک صنعتی نطنز پارسال چند واحد به بهره‌برداری رسید", TODAY)
    assert not answer.answered and answer.value is None
    assert answer.text.startswith("برای نطنز، استان اصفهان آماری")


async def test_the_nearest_figure_for_a_province_is_never_another_provinces(engine_over):
    """Issue #13 item 8: Yazd's 60 revived units are not offered as the nearest figure for Kerman."""
    engine = await engine_over([YAZD])
    answer = await engine.answer("کرمان پارسال چند واحد راکد احیا شد", TODAY)
    assert not answer.answered and "۶۰" not in answer.text


async def test_the_nearest_figure_is_labelled_with_its_own_place_and_period(engine_over):
    """Asked for 1401, the bot offers Yazd's 1402 figure labelled «سال ۱۴۰۲، استان یزد»."""
    engine = await engine_over([YAZD])
    answer = await engine.answer("یزد در سال ۱۴۰۱ چند واحد راکد احیا شد", TODAY)
    assert not answer.answered and "۶۰ واحد" in answer.text and "سال ۱۴۰۲، استان یزد" in answer.text


async def test_several_parks_asked_together_are_not_answered_with_one_parks_figure(engine_over):
    """«مجموع … کاشان و نطنز»: Kashan's 35 alone is not the answer for both parks."""
    engine = await engine_over([ISFAHAN])
    answer = await engine.answer("مجموع واحدهای به بهره‌برداری رسیده شهرک‌های صنعتی کاشان و نطنز پارسال چند تا", TODAY)
    assert not answer.answered


@pytest.mark.parametrize(("body", "region"), [
    ("مدیرعامل شرکت شهرک‌های صنعتی فارس گفت: امسال ۳۰ واحد راکد احیا شد.", "فارس"),
    ("مدیرعامل شرکت شهرک‌های صنعتی گلستان گفت: امسال ۳۰ واحد راکد احیا شد.", "گلستان"),
    ("در خلیج فارس ۳۰ واحد صنعتی فعال است.", None),
    ("یک بانک گلستان در شهر ۳۰ شعبه دارد.", None),
], ids=["fars-company", "golestan-company", "persian-gulf", "a-garden-word"])
def test_the_provincial_company_names_its_province(body, region):
    """«فارس», «گلستان», «مرکزی» are also ordinary words, so a release names the province with «استان» before
    them or in the provincial company's name, the way most provincial releases open."""
    release = parse_release(body, date="1404-05-01")
    assert [f.region for f in extract(release.body, release.title, release.ref).facts] == [region]
