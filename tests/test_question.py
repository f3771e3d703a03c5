"""How a question is understood: which kind of number, plan or actual, how much or how many."""
import pytest

from bot.answer.question import analyze

TODAY = (1404, 4, 1)


@pytest.mark.parametrize(("text", "kind", "unit"), [
    ("تعداد قراردادهای واگذاری زمین چند درصد رشد داشته؟", "percent", "درصد"),  # the unit named wins
    ("درصد تحقق برنامه احیا در سال ۹۹", "percent", "درصد"),
    ("چند قرارداد واگذاری زمین بسته شد؟", "count", None),
    ("چند هکتار زمین واگذار شد؟", "area", "هکتار"),
])
def test_the_kind_of_number_asked(text, kind, unit):
    query = analyze(text, TODAY)
    assert (query.asked_kind, query.asked_unit) == (kind, unit)
    assert "درصد" not in {g.text for g in query.groups}


def test_how_much_is_not_how_many():
    assert analyze("ظرفیت تصفیه خانه های فاضلاب شهرکها چقدر است؟", TODAY).how_much
    assert not analyze("چند تصفیه خانه ساخته شد؟", TODAY).how_much


def test_plan_actual_or_either():
    assert analyze("طرح‌ها برای چند نفر شغل ایجاد خواهند کرد؟", TODAY).wants_target
    either = analyze("طرح‌ها برای چند نفر شغل ایجاد می‌کنند؟", TODAY)
    assert either.open_tense and not either.wants_target
    assert not analyze("پارسال چند نفر شغل ایجاد شد؟", TODAY).open_tense


@pytest.mark.parametrize(("text", "verbal"), [
    ("چند نفر شغل پیدا کردند", {"پیدا"}),           # the first part of a light-verb compound
    ("چند جواز صادرشد", {"صادرشد"}),               # a verb glued to its light verb
    ("سرمایه گزاری چقدر بود", {"گزاری"}),          # the tail of a split compound
    ("چند نفر در کارخانه‌های خودروسازی کار می‌کنند", set()),  # a noun, however long
])
def test_verb_parts_are_told_from_nouns(text, verbal):
    marked = {g.text for g in analyze(text, TODAY).groups if g.verbal}
    assert verbal <= marked and not marked & {"خودروسازی", "کارخانه‌های", "شغل", "جواز"}


@pytest.mark.parametrize(("text", "region"), [
    ("فارس پارسال چند واحد احیا کرد؟", "فارس"),      # in a question the bare name is the province
    ("در مرکزی چند جواز صادر شد؟", "مرکزی"),
    ("صادرات از خلیج فارس چقدر بود؟", None),         # but not the gulf
    ("ذخایر بانک مرکزی چقدر است؟", None),
])
def test_provinces_named_without_ostan_in_questions(text, region):
    assert analyze(text, TODAY).region == region


def test_units_said_as_scales_are_not_words_to_look_for():
    money = analyze("هزینه زیرساخت ها پارسال چند همت بود", TODAY)
    assert money.asked_kind == "money" and "همت" not in {g.text for g in money.groups}
    dollars = analyze("صادرات شهرکها پارسال چند میلیارد دلار شد", TODAY)
    assert (dollars.asked_kind, dollars.asked_unit) == ("foreign_money", "دلار")
    people = analyze("واحدهای جدید برای چند نفر شغل ایجاد کردند", TODAY)
    assert "شغل" in {g.text for g in people.groups}  # for people, «شغل» says what is counted
    assert analyze("احیای واحدها چند نفر رو سر کار برگردوند؟", TODAY).groups[-1].verbal  # the verb stands last


def test_this_year_until_now_is_the_year_so_far():
    assert analyze("امسال تا حالا چند واحد احیا شد", (1399, 8, 20)).period.label == "1399-01..1399-08"
    assert analyze("الان چند واحد فعال است", (1399, 8, 20)).period.kind == "point"


@pytest.mark.parametrize(("text", "label"), [
    ("سرمایه گذاری در ۹ ماهه ۹۸ چقدر بود", "1398-01..1398-09"),  # a two-digit year after a span of months
    ("تا مهر ۹۸ چند واحد", "1398-01..1398-07"),
    ("تابستان ۹۷ چند واحد", "1397-04..1397-06"),
    ("در آذر ۹۶ چند ضمانت نامه صادر شد", "1396-09"),
    ("نیمه اول ۰۲ چند واحد", "1402-01..1402-06"),
    ("سمنان در سه ماه آخر سال ۹۹ چند قرارداد بست", "1399-10..1399-12"),
    ("از اول فروردین تا آخر آذر ۹۶ چند فقره صادر شد", "1396-01..1396-09"),  # the end said, not «to now»
])
def test_periods_as_readers_say_them(text, label):
    assert analyze(text, (1404, 9, 1)).period.label == label


def test_a_period_to_now_is_told_from_a_span_of_months():
    """«امسال تا الان» may be answered with the figure so far; «۹ ماهه» asks for nine months exactly."""
    assert analyze("امسال تا الان چند واحد احیا شد", TODAY).to_now
    assert not analyze("در ۹ ماهه امسال چند واحد احیا شد", TODAY).to_now


@pytest.mark.parametrize(("text", "kind", "how_much"), [
    ("پارسال چقدر ضمانت نامه صادر شد", None, True),  # «چقدر»: an amount of it, not how many
    ("پارسال چند ضمانت نامه صادر شد", "count", False),
    ("چقدر زمین واگذار شد", "area", False),  # a noun that names its own kind of quantity
])
def test_how_much_of_a_thing_is_an_amount(text, kind, how_much):
    query = analyze(text, TODAY)
    assert (query.asked_kind, query.how_much) == (kind, how_much)


@pytest.mark.parametrize(("text", "arithmetic", "regions", "baseline"), [
    ("سرمایه گذاری هرمزگان و قزوین روی هم چقدر بود", "sum", ("هرمزگان", "قزوین"), None),
    ("سال ۹۸ نسبت به ۹۷ چند واحد بیشتر به بهره برداری رسید", "difference", (), "1397"),
    ("سرمایه گذاری نیمه اول ۹۸ چقدر بیشتر از نیمه اول ۹۷ بود", "difference", (), "1397-01..1397-06"),
])
def test_sums_and_differences_asked_in_words(text, arithmetic, regions, baseline):
    query = analyze(text, TODAY)
    assert (query.arithmetic, query.regions, query.baseline and query.baseline.label) == (arithmetic, regions,
                                                                                          baseline)
    assert not {"روی‌هم", "بیشتر"} & {g.text for g in query.groups}


def test_more_in_percent_is_a_growth_rate_not_a_difference():
    assert analyze("قراردادهای سمنان چند درصد بیشتر شد", TODAY).arithmetic is None


@pytest.mark.parametrize(("text", "mentioned"), [
    ("اعتبار ۱۲ طرح هفته دولت شهرستان همدان چقدر بود", ("12",)),
    ("سرمایه گذاری نیمه اول ۹۸ چقدر بیشتر از نیمه اول ۹۷ بود", ()),  # years are periods, not figures
])
def test_numbers_said_in_the_question_name_the_figure(text, mentioned):
    assert analyze(text, TODAY).mentioned == mentioned


@pytest.mark.parametrize("text", [
    "خراسان جنوبی چند شهرک و ناحیه صنعتی فعال داره",
    "پیش بینی شده تا آخر امسال چند پروژه خوشه‌ای تمام بشه؟",
])
def test_spoken_verb_endings_are_not_words_to_look_for(text):
    """«داره», «بشه»: the written verb, never «درباره‌ی … چیزی نیامده»."""
    query = analyze(text, TODAY)
    assert all(g.verbal for g in query.groups if g.text in ("دارد", "شود", "تمام"))
    assert not {"داره", "بشه"} & {g.text for g in query.groups}


@pytest.mark.parametrize(("text", "kind"), [
    ("مبلغ ضمانت‌نامه‌های صادره سال ۹۶ چقدر بود؟", "money"),  # «مبلغ» is too general to search, yet asks money
    ("کل قراردادهای واگذاری زمین اردبیل چند تا شده", "count"),  # «چند تا» counts what was named, not «زمین»
    ("چندتا شهرک صنعتی در زنجان هست؟", "count"),
    ("مساحت زمین‌های واگذارشده چقدر است؟", "area"),
])
def test_the_kind_of_quantity_asked_for(text, kind):
    """A figure of another kind (a count of «بخش» for «مبلغ», hectares for «چند تا قرارداد») is never the answer."""
    assert analyze(text, TODAY).asked_kind == kind


@pytest.mark.parametrize(("text", "open_tense"), [
    ("چند نفر تو شهرکهای صنعتی قزوین کار میکنن", False),  # a state today, never a plan
    ("چند واحد در شهرک‌ها فعالیت می‌کنند؟", False),
    ("این طرح‌ها برای چند نفر اشتغال ایجاد می‌کنند؟", True),
])
def test_the_present_of_a_state_is_not_an_open_tense(text, open_tense):
    assert analyze(text, TODAY).open_tense is open_tense


@pytest.mark.parametrize(("text", "running_total"), [
    ("کل قراردادهای واگذاری زمین اردبیل چند تا شده", True),
    ("در کل کشور چند شهرک صنعتی هست؟", False),  # «کل کشور» names a place
    ("کل قراردادهای سال ۱۴۰۲ چند تا بود", False),  # a period is asked: that period's figure
])
def test_a_running_total_is_told_from_one_periods_figure(text, running_total):
    assert analyze(text, TODAY).running_total is running_total
