"""Periods asked and periods reported: a release's figure keeps the period its sentence gives it, and a
question's period is read the way the person meant it, so a stored figure answers the question it fits."""
import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.question import analyze
from bot.answer.render import period_words
from bot.extract.facts import extract
from bot.ingest import ingest
from bot.release import parse_release

Whole = tuple[float, str | None, str | None, str | None, bool]


def _whole(body: str, date: str) -> list[Whole]:
    release = parse_release(f"---\ndate: {date}\ntitle: گزارش\n---\n{body}\n")
    return [(f.value, f.unit, f.period.label if f.period else None, f.region, f.is_target)
            for f in extract(release.body, release.title, release.ref).facts]


@pytest.mark.parametrize(("body", "date", "facts"), [
    # a comma keeps a year's digits from running into the number: the year is still the number's
    ("در سال ۹۹ تعداد ۴۱۹ قرارداد در کشور منعقد شد، در حالی که این شاخص در سال ۹۸، ۲۴۶ قرارداد بود.",
     "1400-01-23", [(419, "قرارداد", "1399", None, False), (246, "قرارداد", "1398", None, False)]),
    # … but a year said right after another number is that number's («۹۹۳ مورد سال ۱۳۹۷»)
    ("تعداد شهرک‌های کشور در سال گذشته به ۹۹۵ شهرک رسید که در مقایسه با ۹۹۳ مورد سال ۱۳۹۷، ۰.۲ درصد بیشتر است.",
     "1399-02-10", [(995, "شهرک", "1398", None, False), (993, "مورد", "1397", None, False),
                    (0.2, "درصد", "1398", None, False)]),
], ids=["year-comma-number", "baseline-year-comma-change"])
def test_a_year_kept_from_its_number_by_a_comma(body, date, facts):
    """«در سال ۹۸، ۲۴۶ قرارداد» is 1398's figure, not the year the sentence began with."""
    assert _whole(body, date) == facts


@pytest.mark.parametrize(("body", "date", "facts"), [
    # «رسید.» at the end of the sentence still says a running total reached a level
    ("با واگذاری‌های سال گذشته، مجموع قراردادهای این شرکت در کشور به ۱۴۷۰ قرارداد رسید.", "1400-01-23",
     [(1470, "قرارداد", "1399-12-30", None, False)]),
    # «مجموع مبلغ آنها» sums what the sentence just named: that year's figure, not a running total
    ("صندوق در سال ۱۳۹۶ برای ۳۵۳ واحد کشور ضمانت‌نامه صادر کرد که مجموع مبلغ آنها به ۲۶۴۷ میلیارد ریال رسید.",
     "1397-02-01", [(353, "واحد", "1396", None, False), (2647e9, "ریال", "1396", None, False)]),
], ids=["running-total-at-sentence-end", "sum-of-those-named"])
def test_a_running_total_reached_stands_where_its_span_ends(body, date, facts):
    """«مجموع … به ۱۴۷۰ رسید.» is a point at the end of the year it counted up to; «مجموع آنها» is not."""
    assert _whole(body, date) == facts


@pytest.mark.parametrize(("body", "date", "facts"), [
    # a span that has not begun on the release date can only be planned
    ("هدف‌گذاری صادرات کشور در سال آینده با رشد ۲۵ درصدی معادل ۲.۵ میلیارد دلار در نظر گرفته شده است.",
     "1396-12-08", [(25, "درصد", "1397", None, True), (2.5e9, "دلار", "1397", None, True)]),
], ids=["next-year-in-esfand"])
def test_a_figure_for_a_span_still_to_come_is_a_plan(body, date, facts):
    """«سال آینده» said in Esfand: nothing of that year has been done yet."""
    assert _whole(body, date) == facts


def test_a_horizon_in_the_title_is_not_the_reported_period():
    """«۴۰ شهرک در ۵ سال آینده» in a title: undated figures of the body are not next year's plans."""
    release = parse_release("---\ndate: 1401-06-08\ntitle: ۴۰ شهرک فناوری در ۵ سال آینده ایجاد می‌شود\n---\n"
                            "معاون سازمان گفت: ۱۶۰۰ شرکت بزرگ در کشور شناسایی شده است.\n")
    facts = extract(release.body, release.title, release.ref).facts
    assert [(f.value, f.is_target) for f in facts if f.value == 1600] == [(1600, False)]


@pytest.mark.parametrize(("question", "today", "label"), [
    # the last n months a reader asks about are months already over
    ("تهران تو دو ماه گذشته چند قرارداد جدید بسته", (1404, 10, 5), "1404-08..1404-09"),
    ("سه ماه گذشته چند واحد احیا شد", (1401, 2, 20), "1400-11..1401-01"),
    ("در دوازده ماه گذشته چند قرارداد بسته شد", (1401, 3, 10), "1400-03..1401-02"),
    # months named at both ends, with or without «از», keep their first month
    ("از مهر تا آذر ۹۸ چند قرارداد بسته شد", (1401, 3, 10), "1398-07..1398-09"),
    ("مهر تا آذر ۹۸ چند قرارداد بسته شد", (1401, 3, 10), "1398-07..1398-09"),
    ("فروردین تا آذر ۹۹ چند قرارداد بسته شد", (1401, 3, 10), "1399-01..1399-09"),
    # a year to now, said with or without «سال», spoken «حالا» included
    ("از ۱۴۰۰ تا حالا چند واحد احیا شد", (1401, 3, 10), "1400-01..1401-03"),
    ("از سال ۹۶ تا الان چند واحد احیا شد", (1401, 3, 10), "1396-01..1401-03"),
    ("از ابتدای سال تا الان چند واحد احیا شد", (1401, 3, 10), "1401-01..1401-03"),
    # whole years counted ahead or back
    ("در ۵ سال آینده چند شهرک فناوری ساخته می‌شود", (1401, 6, 8), "1402..1406"),
    ("در سه سال اخیر چند واحد احیا شد", (1401, 6, 8), "1398..1400"),
    ("در یک سال گذشته چند واحد احیا شد", (1401, 9, 20), "1400"),
    # two-digit years after a month, a season or a span, and a government's term
    ("تا مهر ۹۸ چند واحد احیا شد", (1401, 3, 10), "1398-01..1398-07"),
    ("تابستان ۹۷ چند واحد احیا شد", (1401, 3, 10), "1397-04..1397-06"),
    ("تابستان ۰۲ چند واحد احیا شد", (1403, 3, 10), "1402-04..1402-06"),
    ("سال ۴۵ چند واحد احیا شد", (1403, 3, 10), "1345"),  # read the same way in questions and releases
    ("شش ماه اول پارسال چند واحد به بهره برداری رسیده بود", (1398, 9, 1), "1397-01..1397-06"),
    ("در دولت دوازدهم چند واحد احیا شد", (1401, 3, 10), "دولت دوازدهم"),
    # a number shaped like a year, counting nothing, is a year; the season before this one
    ("۱۴۰۲ چند واحد احیا شد", (1403, 5, 10), "1402"),
    ("چند واحد ۱۴۰۲ احیا شد", (1403, 5, 10), "1402"),
    ("فصل گذشته چند واحد احیا شد", (1403, 5, 10), "1403-01..1403-03"),
    ("فصل قبل چند واحد احیا شد", (1403, 2, 10), "1402-10..1402-12"),
    # the end of a past year is a day things stood at; the end of this year is a plan's horizon
    ("در پایان ۹۸ چند شهرک در حال بهره برداری بود", (1399, 5, 10), "1398-12-29"),
    ("هدف صادرات تا آخر امسال چند میلیارد دلار است", (1396, 9, 1), "1396"),
])
def test_the_period_a_question_asks_about(question, today, label):
    """Each way of saying when is read as the span the person means, against the asking date."""
    assert analyze(question, today).period.label == label


def test_now_asks_where_things_stand_on_the_asking_date():
    """«الان» and «تا حالا» ask for the latest «as of» figure, not a span."""
    for question in ("الان چندتا واحد تو شهرکهای صنعتی کرمانشاه به بهره برداری رسیده", "تا حالا چند قرارداد منعقد شده"):
        period = analyze(question, (1397, 10, 1)).period
        assert (period.kind, period.label) == ("point", "1397-10-01")


def test_spoken_plans_are_plans():
    """«قراره … ساخته بشه» asks for what is planned, like «قرار است»."""
    assert analyze("قراره چند شهرک فناوری ساخته بشه", (1401, 7, 1)).wants_target


PLAN_IN_ESFAND = ("---\ndate: 1403-12-10\ntitle: هدف احیای واحدهای راکد\n---\n"
                  "معاون سازمان گفت: هدف‌گذاری احیای واحدهای راکد کشور برای سال آینده ۱۲۰۰ واحد است.\n")


async def test_a_plan_announced_before_its_year_answers_that_year(seed_db):
    """The target for 1404 is published in Esfand 1403: a question about next year's target finds it."""
    await ingest(seed_db, parse_release(PLAN_IN_ESFAND))
    answer = await AnswerEngine(seed_db).answer("هدف احیای واحدهای راکد سال آینده چند واحد است", (1403, 12, 20))
    assert (answer.answered, answer.value, answer.period) == (True, 1200, "1404")


STOCKS = [("1403-05-01", "معاون سازمان گفت: هم اکنون ۹۰۰ واحد صنعتی در شهرک‌های صنعتی استان یزد فعال است."),
          ("1404-02-01", "مدیرعامل شرکت شهرک‌های صنعتی یزد گفت: در حال حاضر ۹۵۰ واحد صنعتی در شهرک‌های صنعتی "
                         "استان یزد فعال است.")]


@pytest.mark.parametrize("question", ["الان چند واحد در شهرکهای یزد فعال است",
                                      "تا حالا چند واحد در شهرکهای یزد فعال شده"])
async def test_now_is_the_latest_stock_before_the_asking_date(seed_db, question):
    """Two releases say where a stock stood: «الان» is answered by the later one, not offered as a choice."""
    for date, body in STOCKS:
        await ingest(seed_db, parse_release(f"---\ndate: {date}\ntitle: واحدهای فعال یزد\n---\n{body}\n"))
    answer = await AnswerEngine(seed_db).answer(question, (1404, 3, 1))
    assert (answer.answered, answer.value, answer.period) == (True, 950, "1404-02-01")


TWO_YEARS = ("---\ndate: 1400-01-23\ntitle: واگذاری زمین در شهرک‌های صنعتی گلستان\n---\n"
             "مدیرعامل شرکت شهرک‌های صنعتی استان گلستان گفت: در سال ۹۹ تعداد ۳۱۲ قرارداد واگذاری زمین با "
             "متقاضیان سرمایه‌گذاری در شهرک‌های صنعتی این استان منعقد شد. وی یادآور شد: سال ۹۸ در مجموع "
             "۱۹۷ فقره قرارداد واگذاری زمین در شهرک‌های صنعتی استان امضا شده بود.\n")


async def test_a_figure_for_another_year_does_not_unsettle_the_asked_years(seed_db):
    """«پارسال … امضا شد» is answered by 1399's figure («منعقد شد»), though 1398's is the one said with «امضا»."""
    await ingest(seed_db, parse_release(TWO_YEARS))
    answer = await AnswerEngine(seed_db).answer("پارسال در شهرک‌های صنعتی گلستان چند قرارداد واگذاری زمین امضا شد؟",
                                                (1400, 2, 1))
    assert (answer.answered, answer.value, answer.period) == (True, 312, "1399")


OTHER_MEASURE = ("---\ndate: 1400-01-20\ntitle: گزارش شهرک‌های صنعتی گلستان\n---\n"
                 "مدیرعامل شرکت شهرک‌های صنعتی استان گلستان گفت: در سال ۹۹ تعداد ۴۰ واحد راکد در شهرک‌های صنعتی "
                 "استان احیا شد. وی افزود: در سال ۹۸ نیز ۵۵ واحد جدید در شهرک‌های صنعتی استان افتتاح شده بود.\n")


async def test_the_asked_year_is_not_answered_with_another_measure(seed_db):
    """Units opened were reported only for 1398: «پارسال چند واحد افتتاح شد» is not answered with 1399's revivals."""
    await ingest(seed_db, parse_release(OTHER_MEASURE))
    answer = await AnswerEngine(seed_db).answer("پارسال چند واحد جدید در شهرک‌های گلستان افتتاح شد", (1400, 2, 1))
    assert (answer.answered, answer.value) == (False, None)


@pytest.mark.parametrize(("question", "today", "words"), [
    ("سه ماه گذشته چند واحد احیا شد", (1401, 2, 20), "بهمن ۱۴۰۰ تا فروردین ۱۴۰۱"),
    ("در سه سال اخیر چند واحد احیا شد", (1401, 6, 8), "سال‌های ۱۳۹۸ تا ۱۴۰۰"),
])
def test_a_span_across_a_new_year_is_said_with_its_months(question, today, words):
    """A refusal names the months asked, not «سال‌های …» for a span of three months."""
    assert period_words(analyze(question, today).period) == words


NINE_MONTHS = ("1402-10-10", "معاون سازمان گفت: در ۹ ماهه امسال ۳۰۰ واحد صنعتی راکد در شهرک‌های صنعتی کشور احیا شد "
                             "و به چرخه تولید بازگشت.")
WHOLE_YEAR = ("1403-01-25", "معاون سازمان گفت: سال گذشته ۴۵۰ واحد راکد در کشور احیا شد.")
WORDY = "سال ۱۴۰۲ چند واحد صنعتی راکد در شهرک‌ها احیا شد و به چرخه تولید بازگشت"


@pytest.mark.parametrize(("releases", "question", "value", "first_line"), [
    ([NINE_MONTHS], "پارسال چند واحد راکد احیا شد", 300, "۳۰۰ واحد صنعتی راکد احیا — ۹ ماهه نخست ۱۴۰۲، کل کشور."),
    ([NINE_MONTHS, WHOLE_YEAR], "پارسال چند واحد راکد احیا شد", 450, "۴۵۰ واحد راکد احیا — سال ۱۴۰۲، کل کشور."),
    ([NINE_MONTHS, WHOLE_YEAR], WORDY, 450, "۴۵۰ واحد راکد احیا — سال ۱۴۰۲، کل کشور."),
    ([NINE_MONTHS, WHOLE_YEAR], "۹ ماهه ۱۴۰۲ چند واحد احیا شد", 300,
     "۳۰۰ واحد صنعتی راکد احیا — ۹ ماهه نخست ۱۴۰۲، کل کشور."),
], ids=["only-nine-months", "whole-year-wins", "whole-year-wins-worded-less-well", "nine-months-asked"])
async def test_a_whole_year_is_answered_by_a_part_only_when_no_whole_year_is_known(
        seed_db, releases, question, value, first_line):
    """«پارسال» takes the whole year's figure when one exists; else the «۹ ماهه» figure, labelled so at once."""
    for date, body in releases:
        await ingest(seed_db, parse_release(f"---\ndate: {date}\ntitle: احیای واحدهای راکد\n---\n{body}\n"))
    answer = await AnswerEngine(seed_db).answer(question, (1403, 3, 1))
    said = answer.text.splitlines()[0]  # the period and place after the measure's name
    assert (answer.value, said.split(" — ")[-1]) == (value, first_line.split(" — ")[-1])


@pytest.mark.parametrize(("body", "facts"), [
    ("در تابستان ۹۸ تعداد ۳۳۰ واحد راکد در کشور احیا شد.", [(330, "واحد", "1398-04..1398-06", None, False)]),
    ("در تابستان ۹۸ بیش از ۳۳۰ واحد راکد در کشور احیا شد.", [(330, "واحد", "1398-04..1398-06", None, False)]),
    ("تا مهر ۹۸ حدود ۳۳۰ واحد راکد در کشور احیا شد.", [(330, "واحد", "1398-01..1398-07", None, False)]),
    # «۹۸ واحد» counts units: the summer is the last one before the release
    ("در تابستان ۹۸ واحد راکد در کشور احیا شد.", [(98, "واحد", "1399-04..1399-06", None, False)]),
], ids=["before-tedad", "before-bish-az", "until-month-before-hodud", "units-not-a-year"])
def test_a_two_digit_year_after_a_season_or_month(body, facts):
    """«تابستان ۹۸ تعداد ۳۳۰ واحد» is summer 1398, not 98 units in a summer still to come."""
    assert _whole(body, "1400-01-20") == facts


@pytest.mark.parametrize(("question", "label"), [
    ("تابستون ۹۸ چند واحد راکد احیا شد", "1398-04..1398-06"),
    ("تابستان چند واحد راکد احیا شد", "1399-04..1399-06"),
])
def test_a_season_asked_is_one_already_reached(question, label):
    """Asked in Farvardin, «تابستان» alone is last summer; spoken «تابستون» is «تابستان»."""
    assert analyze(question, (1400, 1, 20)).period.label == label


@pytest.mark.parametrize(("question", "label"), [
    ("پارسال تا آخر آذر چند جواز صادر شد", "1400-01..1400-09"),
    ("سال گذشته تا آذر چند جواز صادر شد", "1400-01..1400-09"),
    ("سال ۱۴۰۰ و ۱۴۰۱ چند جواز صادر شد", "1400..1401"),
])
def test_a_year_said_before_its_last_month(question, label):
    """«پارسال تا آخر آذر» is last year's months to Azar, never this year's."""
    assert analyze(question, (1401, 9, 20)).period.label == label


@pytest.mark.parametrize(("body", "label"), [
    ("سال گذشته تا پایان آذر ۷۰ جواز تاسیس در کشور صادر شد.", "1401-09-30"),
    ("امسال تا پایان آذر ۷۰ جواز تاسیس در کشور صادر شده است.", "1402-09-30"),
    ("از ابتدای امسال تا پایان آذر ۷۰ جواز تاسیس در کشور صادر شد.", "1402-01..1402-09"),
], ids=["last-year-to-azar-end", "this-year-to-azar-end", "from-the-start-of-this-year"])
def test_a_running_total_at_a_month_end_of_a_named_year(body, label):
    """In a release «سال گذشته تا پایان آذر» is where a total stood at the end of last year's Azar."""
    assert [f[2] for f in _whole(body, "1402-11-10")] == [label]


@pytest.mark.parametrize(("question", "label"), [
    ("در سال جهش تولید چند قرارداد واگذاری زمین امضا شد", "1399"),
    ("سال «رونق تولید» چند واحد احیا شد", "1398"),
    ("در سال جهش تولید با مشارکت مردم چند قرارداد امضا شد", "1403"),
])
def test_a_year_named_by_its_motto(question, label):
    """«سال جهش تولید» is 1399, whenever it is asked; the longer motto of 1403 is not 1399's."""
    assert analyze(question, (1404, 9, 1)).period.label == label


@pytest.mark.parametrize("question", ["چند نفر در شهرک های صنعتی کار میکنند", "چند شهرک صنعتی در کشور وجود دارد",
                                      "چند نفر در شهرک‌های صنعتی شاغل هستند"])
def test_the_present_of_a_state_asks_about_today(question):
    """«… کار می‌کنند» names no period but asks where things stand on the asking date."""
    period = analyze(question, (1399, 5, 10)).period
    assert (period.kind, period.label) == ("point", "1399-05-10")


STATE_AND_FLOW = ("---\ndate: 1398-08-20\ntitle: اشتغال در شهرک‌های صنعتی\n---\n"
                  "معاون سازمان گفت: در نیمه اول امسال برای ۱۴ هزار و ۵۲۵ نفر در شهرک‌های صنعتی کشور کار ایجاد شد. "
                  "وی افزود: اشتغال کل واحدهای مستقر هم اکنون بیش از ۸۹۷ هزار نفر است.\n")


async def test_people_working_now_is_not_the_jobs_created_in_a_span(seed_db):
    """«چند نفر … کار می‌کنند» is answered by the people employed now, never by the jobs created in six months."""
    await ingest(seed_db, parse_release(STATE_AND_FLOW))
    answer = await AnswerEngine(seed_db).answer("چند نفر در شهرک های صنعتی کار میکنند", (1399, 5, 10))
    assert (answer.answered, answer.value, answer.period) == (True, 897000, "1398-08-20")


async def test_a_refusal_about_now_says_today(seed_db):
    """«الان …» with no figure as of today says so in plain words, not «برای تا ۱ دی …»."""
    await ingest(seed_db, parse_release(STATE_AND_FLOW))
    answer = await AnswerEngine(seed_db).answer("الان چند نفر در شهرک‌های صنعتی کشور شغل جدید گرفتند", (1399, 5, 10))
    assert answer.text.splitlines()[0] == "آماری از وضعیت امروز (۱۰ مرداد ۱۳۹۹) در اخبار سازمان ندارم."


YEAR_END = [("1398-07-15", "معاون سازمان گفت: تعداد شهرک‌ها و نواحی صنعتی در حال بهره‌برداری کشور تا پایان شهریور "
                           "امسال به ۸۱۵ شهرک و ناحیه رسیده است."),
            ("1399-04-20", "معاون سازمان گفت: در سال گذشته ۲۴ شهرک و ناحیه صنعتی در کشور به بهره‌برداری رسید و "
                           "شمار شهرک‌ها و نواحی صنعتی در حال بهره‌برداری کشور در پایان سال ۹۸ به ۸۲۱ شهرک "
                           "و ناحیه رسید.")]


@pytest.mark.parametrize(("question", "value"), [
    ("تعداد شهرکها و نواحی صنعتی در حال بهره برداری در پایان ۹۸", 821),
    ("تا آخر سال ۹۸ چند شهرک و ناحیه صنعتی در حال بهره برداری بود", 821),
    ("تعداد شهرکها و نواحی صنعتی در حال بهره برداری در پایان ۹۷", None),  # 1398's figures are not 1397's end
])
async def test_the_end_of_a_past_year_is_where_things_stood_then(seed_db, question, value):
    """«در پایان ۹۸» is answered by the last «as of» figure from within 1398, never by what was done in 1398."""
    for date, body in YEAR_END:
        await ingest(seed_db, parse_release(f"---\ndate: {date}\ntitle: شهرک‌های در حال بهره‌برداری\n---\n{body}\n"))
    answer = await AnswerEngine(seed_db).answer(question, (1399, 5, 10))
    assert answer.value == value
    if value is None:
        assert answer.text.splitlines()[0] == "آماری از وضعیت در ۲۹ اسفند ۱۳۹۷ در اخبار سازمان ندارم."


GREW = ("---\ndate: 1397-09-05\ntitle: اشتغال در شهرک‌های صنعتی کرمانشاه\n---\n"
        "مدیرعامل شرکت شهرک‌های صنعتی استان کرمانشاه گفت: اشتغال واحدهای صنعتی شهرک‌های استان در پایان سال گذشته "
        "۸۵۰۰ نفر بود. وی افزود: شمار شاغلان واحدهای صنعتی شهرک‌های استان اکنون به ۸۸۰۰ نفر رسیده است.\n")


async def test_now_is_the_last_state_reported_however_it_was_worded(seed_db):
    """«اشتغال … الان چند نفر است» is the 8800 employed now, though last year-end's 8500 fits the words better."""
    await ingest(seed_db, parse_release(GREW))
    answer = await AnswerEngine(seed_db).answer("اشتغال واحدهای شهرک های صنعتی استان کرمانشاه الان چند نفر است",
                                                (1397, 10, 1))
    assert (answer.answered, answer.value, answer.period) == (True, 8800, "1397-09-05")


@pytest.mark.parametrize(("question", "unit"), [
    ("مساحت شهرکها و نواحی صنعتی کشور چند هکتاره", "هکتار"),
    ("مصرف برق شهرکهای صنعتی در اوج چند مگاواته", "مگاوات"),
    ("اشتغال واحدهای شهرک های صنعتی کرمانشاه چند نفره", "نفر"),
])
def test_a_unit_with_the_spoken_copula_is_the_asked_unit(question, unit):
    """«چند هکتاره» is «چند هکتار است»; «۹ ماهه» keeps its meaning (a duration is not respelt)."""
    assert analyze(question, (1404, 1, 10)).asked_unit == unit
    assert analyze("۹ ماهه امسال چند هکتاره", (1404, 10, 10)).period.label == "1404-01..1404-09"


def test_a_year_shaped_number_that_counts_something_is_not_a_year():
    """«کدام شهرک ۱۴۰۰ هکتار است» asks about 1400 hectares, in no particular year."""
    assert analyze("کدام شهرک ۱۴۰۰ هکتار است", (1403, 5, 10)).period is None


async def test_a_year_figure_said_before_the_year_ended_answers_so_far_this_year(engine_over):
    """A release of Mehr 1402: «از ابتدای امسال … ۴۰ درصد از برنامه سال ۱۴۰۲ محقق شده» is the year so far, so
    «تا الان امسال چند درصد برنامه …» asked that autumn gets 40%, not the percentage of another target."""
    engine = await engine_over([("1402-07-15", (
        "از ابتدای سال جاری تاکنون ۶۰۰ واحد راکد دوباره فعال شده و به این ترتیب ۴۰ درصد از برنامه احیای واحدها در"
        " سال ۱۴۰۲ محقق شده است. هدف اشتغال این برنامه ۱۰ هزار شغل است و تاکنون ۳۵ درصد آن تحقق یافته است."))])
    answer = await engine.answer("تا الان امسال چند درصد برنامه احیا محقق شده", (1402, 7, 25))
    assert answer.answered and answer.value == 40


@pytest.mark.parametrize(("question", "year"), [
    ("سرمایه گذاری پیش بینی شده قراردادهای ۹۷ گلستان چقدره", 1397),
    ("واحدهای ۰۲ چند تا بود", 1402),
])
def test_two_digits_after_a_plural_are_the_year_of_those_things(question, year):
    """«قراردادهای ۹۷» are the contracts of 1397 (a count would stand before its noun: «۹۷ قرارداد»)."""
    period = analyze(question, (1404, 5, 1)).period
    assert period is not None and period.start // 100 == year and period.end // 100 == year


def test_two_digits_after_a_plural_and_before_a_unit_are_no_year():
    assert analyze("قراردادهای ۲۰ میلیارد ریالی چند تا بود", (1404, 5, 1)).period is None
