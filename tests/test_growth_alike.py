"""Growth compares like with like: a year's new units with another year's, never with a running total."""
from bot.answer.engine import AnswerEngine
from bot.ingest import ingest
from bot.release import parse_release

UNITS_1398 = ("---\ndate: 1399-04-20\ntitle: بهره‌برداری از واحدهای صنعتی\n---\n"
              "شمار همه‌ی واحدهای به بهره‌برداری رسیده‌ی شهرک‌ها در پایان سال ۱۳۹۷ به ۴۳ هزار و ۴۷۳ واحد رسیده "
              "بود. معاون سازمان گفت: در سال گذشته ۲۵۷۸ واحد صنعتی در شهرک‌های صنعتی کشور به بهره‌برداری رسید "
              "که در برابر ۲۳۹۲ واحد سال ۱۳۹۷ بیشتر است.\n")


async def test_a_years_growth_is_not_measured_against_a_running_total(seed_db):
    await ingest(seed_db, parse_release(UNITS_1398))
    answer = await AnswerEngine(seed_db).answer("تعداد واحدهای به بهره برداری رسیده سال ۹۸ چند درصد رشد داشت",
                                                (1399, 5, 10))
    assert "۴۳٬۴۷۳" not in answer.text
    assert (answer.answered, round(answer.value or 0, 1)) == (True, 7.8)



async def test_a_years_growth_is_of_what_the_year_added_not_of_its_year_end_total(seed_db):
    """With «۴۵ هزار واحد تا پایان ۹۸» stored too, «رشد سال ۹۸» still compares the year's new units."""
    await ingest(seed_db, parse_release(UNITS_1398.replace(
        "بیشتر است.", "بیشتر است. شمار همه‌ی واحدهای به بهره‌برداری رسیده تا پایان سال ۹۸ به ۴۵ هزار و ۶۶۲ "
        "واحد رسید.")))
    answer = await AnswerEngine(seed_db).answer("تعداد واحدهای به بهره برداری رسیده سال ۹۸ چند درصد رشد داشت",
                                                (1399, 5, 10))
    assert (answer.answered, round(answer.value or 0, 1)) == (True, 7.8)
