"""Answer-side constructions of real questions (issue #13's leftovers): the past copula, a total said with its
parts, and figures computed only when each operand is sure; each with a near miss that must still be refused."""
import pytest

from bot.answer.either import either_sides
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
    """«سرمایه‌گذاری طرح‌های دهه فجر … چند میلیارد تومن بود» is the planned investment, said to be a plan."""
    engine = await engine_over([ZANJAN_PLAN])
    answer = await engine.answer("سرمایه گذاری طرحهای دهه فجر زنجان چند میلیارد تومن بود", (1403, 12, 1))
    assert (answer.answered, answer.value, answer.region) == (True, 1_200_000_000_000, "زنجان")
    assert "(برنامه)" in answer.text.splitlines()[0]  # the first line says it is a plan, not what was done


async def test_a_plan_is_not_what_was_done(engine_over):
    """Near miss: «چند طرح افتتاح شد» asks what was done; the plan of six is not stated as done."""
    engine = await engine_over([ZANJAN_PLAN])
    answer = await engine.answer("در دهه فجر زنجان چند طرح افتتاح شد", (1403, 12, 1))
    assert answer.answered is False


ARAK_TOTAL = ("1403-11-25", "فرماندار اراک گفت: در دهه فجر امسال ۴۰ طرح صنعتی در شهرستان اراک افتتاح یا کلنگ‌زنی "
                            "می‌شود؛ ۳۱ طرح به بهره‌برداری می‌رسد و ۹ طرح نیز افتتاح یا کلنگ‌زنی می‌شود.")
GUARANTEES = ("1403-10-20", "صندوق ضمانت سرمایه‌گذاری صنایع کوچک اعلام کرد: در ۹ ماهه امسال ۱۲۰ فقره ضمانت‌نامه "
                            "برای واحدهای کوچک صادر و ۴۵ فقره ضمانت‌نامه دیگر تمدید شد.")


async def test_either_of_two_events_is_the_total_the_release_states(engine_over):
    """«افتتاح یا کلنگ‌زنی» counts both: the stated total of ۴۰ with its parts in the release's words, not its part
    of ۳۱ nor a choice between them."""
    engine = await engine_over([ARAK_TOTAL])
    answer = await engine.answer("در شهرستان اراک چند طرح در دهه فجر افتتاح یا کلنگ زنی شد", (1403, 12, 1))
    assert (answer.answered, answer.value) == (True, 40)
    assert "«۳۱ طرح به بهره‌برداری می‌رسد»، «۹ طرح نیز افتتاح یا کلنگ‌زنی می‌شود»" in answer.text  # its parts named


async def test_either_of_two_events_said_apart_is_their_sum_with_both_parts_named(engine_over):
    """«صادر یا تمدید» with ۱۲۰ issued and ۴۵ renewed: ۱۶۵, each part shown with its own words."""
    engine = await engine_over([GUARANTEES])
    answer = await engine.answer("امسال چند فقره ضمانت نامه صادر یا تمدید شد", (1403, 10, 25))
    assert (answer.answered, answer.value) == (True, 165)
    assert "۱۲۰" in answer.text and "۴۵" in answer.text


async def test_one_of_two_events_is_not_their_sum(engine_over):
    """Near miss: «چند فقره ضمانت‌نامه تمدید شد» asks the renewals alone, never the sum."""
    engine = await engine_over([GUARANTEES])
    answer = await engine.answer("امسال چند فقره ضمانت نامه تمدید شد", (1403, 10, 25))
    assert answer.value != 165


async def test_a_part_asked_alone_is_not_the_total(engine_over):
    """Near miss: «به بهره‌برداری رسید» asks the part, so the total of ۴۰ is not stated as its answer."""
    engine = await engine_over([ARAK_TOTAL])
    answer = await engine.answer("در شهرستان اراک چند طرح در دهه فجر به بهره برداری رسید", (1403, 12, 1))
    assert answer.value != 40


async def test_a_total_said_with_one_part_is_not_added_to_that_part(engine_over):
    """Near miss: «۱۶۵ فقره صادر یا تمدید شد که ۴۵ فقره آن تمدید بود»: the answer is never ۱۶۵ + ۴۵."""
    engine = await engine_over([("1403-10-20", "صندوق ضمانت اعلام کرد: در ۹ ماهه امسال ۱۶۵ فقره ضمانت‌نامه برای "
                                               "واحدهای کوچک صادر یا تمدید شد که ۴۵ فقره آن تمدید بود.")])
    answer = await engine.answer("امسال چند فقره ضمانت نامه صادر یا تمدید شد", (1403, 10, 25))
    assert answer.value in (None, 165)


@pytest.mark.parametrize("question", [
    "چند واحد در همدان یا قزوین افتتاح شد",
    "سال ۹۸ یا ۹۹ چند واحد افتتاح شد",
    "چند واحد افتتاح شد",
], ids=["two-places", "two-years", "no-or"])
def test_or_between_places_or_years_joins_no_two_events(question):
    """«همدان یا قزوین» chooses between places, and «۹۸ یا ۹۹» between years: no two events are counted."""
    assert either_sides(analyze(question, (1404, 1, 1))) is None


LORESTAN_UNITS = ("1399-07-15", "به گفته مدیرعامل شرکت شهرک‌های صنعتی لرستان، شمار واحدهای به بهره‌برداری رسیده در "
                                "شهرک‌های استان از ۳۰۰ واحد در پایان سال ۹۸ به ۳۳۰ واحد رسیده است.")


async def test_operating_units_are_the_units_that_reached_operation(engine_over):
    """«واحدهای بهره‌بردار» are «واحدهای به بهره‌برداری رسیده»: their growth since the end of ۹۸ is ۱۰٪."""
    engine = await engine_over([LORESTAN_UNITS])
    answer = await engine.answer("تعداد واحدهای بهره بردار شهرکهای لرستان از پایان ۹۸ تا الان چند درصد زیاد شده",
                                 (1399, 8, 1))
    assert (answer.answered, answer.value) == (True, 10)


async def test_a_growth_of_a_measure_never_stated_is_refused(engine_over):
    """Near miss: the release says nothing of jobs, so no growth of jobs is computed from the units."""
    engine = await engine_over([LORESTAN_UNITS])
    answer = await engine.answer("اشتغال شهرکهای لرستان از پایان ۹۸ تا الان چند درصد زیاد شده", (1399, 8, 1))
    assert answer.answered is False


@pytest.mark.parametrize("question", [
    "تعداد واحدهای بهره بردار شهرکهای لرستان از پایان ۹۸ تا الان چند درصد زیاد شده",
    "تعداد واحدهای بهره بردار شهرکهای لرستان در سال ۹۸ چند درصد زیاد شد",
], ids=["since-a-year-end", "in-a-year"])
async def test_a_growth_asked_as_a_percentage_is_never_answered_with_a_count(engine_over, question):
    """Only one stock is known, so no growth can be computed: «۳۰۰ واحد» is not stated as the growth."""
    engine = await engine_over([("1399-01-20", "شمار واحدهای به بهره‌برداری رسیده در شهرک‌های صنعتی لرستان تا پایان "
                                               "سال ۹۸ به ۳۰۰ واحد رسید.")])
    answer = await engine.answer(question, (1399, 2, 1))
    assert answer.answered is False


GILAN_GROWTH = ("1402-02-10", "مدیرعامل شرکت شهرک‌های صنعتی گیلان گفت: در سال ۱۴۰۱ تعداد ۱۲۰ قرارداد واگذاری زمین با "
                              "سرمایه‌گذاران امضا شد که نسبت به سال قبل ۲۰ درصد افزایش نشان می‌دهد.")


@pytest.mark.parametrize(("release", "value", "shown"), [
    (GILAN_GROWTH, 100, "۱۲۰ قرارداد در سال ۱۴۰۱ ÷ (۱ + ۲۰٪"),
    (("1402-02-10", "مدیرعامل شرکت شهرک‌های صنعتی گیلان گفت: در سال ۱۴۰۱ تعداد ۳۱ قرارداد واگذاری زمین امضا شد "
                    "که این رقم نسبت به سال گذشته ۵۵ درصد رشد داشته است."), 20, "۳۱ قرارداد در سال ۱۴۰۱ ÷ (۱ + ۵۵٪"),
    (("1402-02-10", "مدیرعامل شرکت شهرک‌های صنعتی گیلان گفت: در سال ۱۴۰۱ تعداد ۱۵۰ قرارداد واگذاری زمین امضا شد "
                    "که در مقایسه با سال ۱۴۰۰ رشدی ۲۵ درصدی را نشان می‌دهد."), 120,
     "۱۵۰ قرارداد در سال ۱۴۰۱ ÷ (۱ + ۲۵٪"),
], ids=["twenty-percent", "fifty-five-percent", "year-named-growth-word-first"])
async def test_the_year_before_is_worked_back_from_the_growth_the_release_states(engine_over, release, value, shown):
    """«۱۲۰ قرارداد در ۱۴۰۱ که نسبت به سال قبل ۲۰ درصد افزایش»: ۱۴۰۰ had ۱۲۰ ÷ ۱٫۲ = ۱۰۰, the arithmetic shown."""
    engine = await engine_over([release])
    answer = await engine.answer("گیلان سال ۱۴۰۰ حدودا چند قرارداد واگذاری زمین داشت", (1402, 3, 1))
    assert (answer.answered, answer.value, answer.period) == (True, value, "1400")
    assert shown in answer.text


@pytest.mark.parametrize(("release", "question"), [
    (GILAN_GROWTH, "گیلان سال ۱۳۹۹ چند قرارداد واگذاری زمین داشت"),
    (("1402-02-10", "مدیرعامل شرکت شهرک‌های صنعتی گیلان گفت: در سال ۱۴۰۱ تعداد ۱۲۰ قرارداد واگذاری زمین امضا شد و "
                    "سرمایه‌گذاری آنها نسبت به سال قبل ۲۰ درصد افزایش یافت."),
     "گیلان سال ۱۴۰۰ چند قرارداد واگذاری زمین داشت"),
    (("1402-02-10", "مدیرعامل شرکت شهرک‌های صنعتی گیلان گفت: در سال ۱۴۰۱ تعداد ۱۲۰ قرارداد واگذاری زمین امضا شد که "
                    "سرمایه‌گذاری آنها نسبت به سال قبل ۲۰ درصد افزایش یافت."),
     "گیلان سال ۱۴۰۰ چند قرارداد واگذاری زمین داشت"),
    (("1402-02-10", "مدیرعامل شرکت شهرک‌های صنعتی گیلان گفت: در سال ۱۴۰۱ تعداد ۱۵۰ قرارداد واگذاری زمین امضا شد "
                    "که در مقایسه با سال ۱۳۹۹ رشدی ۲۵ درصدی را نشان می‌دهد."),
     "گیلان سال ۱۴۰۰ چند قرارداد واگذاری زمین داشت"),
], ids=["two-years-back", "growth-of-another-measure", "growth-of-another-measure-in-its-clause",
        "growth-against-two-years-before"])
async def test_no_year_before_from_a_growth_not_said_of_the_figure_for_the_year_after(engine_over, release, question):
    """Near misses: a growth two years back, or one said of the investment and not of the contracts."""
    engine = await engine_over([release])
    answer = await engine.answer(question, (1402, 3, 1))
    assert answer.answered is False


FAJR_TWO_PROVINCES = ("1403-11-25", "در دهه فجر امسال در گیلان ۱۰ طرح صنعتی با سرمایه‌گذاری ۲۰۰ میلیارد تومان "
                                    "در شهرک‌های صنعتی استان افتتاح شد. در مازندران نیز قرار است در همین دهه ۶ طرح "
                                    "صنعتی با سرمایه‌گذاری ۵۰ میلیارد تومان در شهرک‌های صنعتی استان افتتاح شود.")


async def test_a_sum_asked_with_the_copula_adds_a_plan_to_what_was_done_and_says_so(engine_over):
    """«… گیلان و مازندران روی هم چقدر بود»: ۲۰۰ + ۵۰ میلیارد تومان, the planned part marked «برنامه»."""
    engine = await engine_over([FAJR_TWO_PROVINCES])
    answer = await engine.answer("سرمایه گذاری طرحهای دهه فجر گیلان و مازندران روی هم چقدر بود", (1403, 12, 1))
    assert (answer.answered, answer.value) == (True, 2_500_000_000_000)
    assert "مازندران، برنامه" in answer.text


async def test_a_sum_of_what_was_done_adds_no_plan(engine_over):
    """Near miss: «… روی هم چقدر سرمایه گذاری افتتاح شد» asks what was done; Mazandaran's plan is not added."""
    engine = await engine_over([FAJR_TWO_PROVINCES])
    answer = await engine.answer("در دهه فجر گیلان و مازندران روی هم چقدر سرمایه گذاری افتتاح شد", (1403, 12, 1))
    assert answer.value != 2_500_000_000_000


KERMAN_SOLAR = ("1404-05-01", "در کرمان، مدیرعامل شرکت شهرک‌های صنعتی استان گفت: تاکنون ۲۰۰ مجوز با ظرفیت ۳۰۰ "
                              "مگاوات برای نیروگاه‌های خورشیدی در شهرک‌های استان صادر شده که ۲۰ درصد این ظرفیت به "
                              "بهره‌برداری رسیده است.")


@pytest.mark.parametrize(("question", "value"), [
    ("چند مگاوات از ظرفیت مجوزهای نیروگاه خورشیدی کرمان هنوز به بهره برداری نرسیده", 240),
    ("چند مگاوات از ظرفیت مجوزهای نیروگاه خورشیدی کرمان به بهره برداری رسیده", 60),
    ("ظرفیت مجوزهای نیروگاه خورشیدی کرمان چند مگاوات است", 300),
], ids=["what-is-left", "the-share-itself", "the-whole-itself"])
async def test_a_share_of_a_whole_answers_for_what_is_said_of_it(engine_over, question, value):
    """«۳۰۰ مگاوات … که ۲۰ درصد این ظرفیت به بهره‌برداری رسیده»: ۶۰ reached operation (the whole of ۳۰۰ was
    stated as that before), ۲۴۰ not yet, and the whole is still the capacity itself."""
    engine = await engine_over([KERMAN_SOLAR])
    answer = await engine.answer(question, (1404, 5, 10))
    assert (answer.answered, answer.value) == (True, value)


async def test_what_is_left_of_something_the_share_does_not_say_is_not_computed(engine_over):
    """Near miss: «هنوز ساخته نشده» is not what the share says (operation), so no ۲۴۰ nor ۶۰ is computed."""
    engine = await engine_over([KERMAN_SOLAR])
    answer = await engine.answer("چند مگاوات از ظرفیت مجوزهای نیروگاه خورشیدی کرمان هنوز ساخته نشده", (1404, 5, 10))
    assert answer.value not in (60, 240)


KERMAN_PARKS = ("1404-09-20", "در کرمان، مدیرعامل شرکت شهرک‌های صنعتی استان گفت: فاز توسعه شهرک‌های صنعتی "
                              "رفسنجان، جیرفت و سیرجان به ترتیب ۳۰، ۲۰ و ۱۰ هکتار است.")


async def test_a_sum_of_the_places_a_list_names_adds_the_list(engine_over):
    """«مجموع فاز توسعه شهرک‌های رفسنجان، جیرفت و سیرجان»: the list «به ترتیب ۳۰، ۲۰ و ۱۰ هکتار» added up, by place."""
    engine = await engine_over([KERMAN_PARKS])
    answer = await engine.answer("مجموع فاز توسعه شهرکهای رفسنجان، جیرفت و سیرجان چند هکتاره", (1404, 10, 1))
    assert (answer.answered, answer.value) == (True, 60)
    assert "۳۰ هکتار (رفسنجان)" in answer.text


async def test_a_sum_of_some_of_the_listed_places_is_not_the_whole_list(engine_over):
    """Near miss: «رفسنجان و جیرفت» names two of the three places, so the list's ۶۰ is not their sum."""
    engine = await engine_over([KERMAN_PARKS])
    answer = await engine.answer("مجموع فاز توسعه شهرکهای رفسنجان و جیرفت چند هکتاره", (1404, 10, 1))
    assert answer.value in (None, 50)


@pytest.mark.parametrize(("question", "value"), [
    ("مجموع فاز توسعه شهرکهای جیرفت-شمالی، سیرجان و جیرفت-جنوبی چند هکتاره", 60),
    ("مجموع فاز توسعه شهرکهای جیرفت-شمالی و سیرجان چند هکتاره", None),
], ids=["all-three-parks", "two-of-three-parks"])
async def test_two_parks_of_one_county_are_two_items_of_the_list(engine_over, question, value):
    """«جیرفت-شمالی، سیرجان و جیرفت-جنوبی» are three parks, two in one county: all three add up to ۶۰, and two
    of them (near miss) are never the whole list."""
    engine = await engine_over([("1404-09-20", "در کرمان، مدیرعامل شرکت شهرک‌های صنعتی استان گفت: فاز توسعه "
                                               "شهرک‌های صنعتی جیرفت-شمالی، سیرجان و جیرفت-جنوبی به ترتیب ۳۰، ۲۰ و ۱۰ "
                                               "هکتار است.")])
    answer = await engine.answer(question, (1404, 10, 1))
    assert answer.value == value
