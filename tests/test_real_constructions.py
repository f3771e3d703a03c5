"""Constructions of real releases: each small release written here yields whole facts
(value, unit, period, region, target) the way a reader of the release would state them."""
import pytest

from bot.extract.facts import extract
from bot.release import parse_release

Whole = tuple[float, str | None, str | None, str | None, bool]


def _whole(body: str, date: str, title: str = "گزارش") -> list[Whole]:
    release = parse_release(f"---\ndate: {date}\ntitle: {title}\n---\n{body}\n")
    return [(f.value, f.unit, f.period.label if f.period else None, f.region, f.is_target)
            for f in extract(release.body, release.title, release.ref).facts]


@pytest.mark.parametrize(("body", "date", "facts"), [
    # an achievement «امسال» is the year so far; a report on the first days of a month covers the months before
    ("امسال ۴۰ قرارداد در شهرک‌های صنعتی کشور منعقد شده است.", "1403-08-20",
     [(40, "قرارداد", "1403-01..1403-08", None, False)]),
    ("در سال جاری ۲۵ هکتار زمین در شهرک‌های صنعتی کشور واگذار شد.", "1403-08-02",
     [(25, "هکتار", "1403-01..1403-07", None, False)]),
    # a plan «امسال» is the whole year
    ("هدف‌گذاری امسال احیای ۹۰۰ واحد صنعتی در کشور است.", "1403-08-20",
     [(900, "واحد", "1403", None, True)]),
], ids=["achieved-this-year-so-far", "early-in-the-month", "planned-this-year"])
def test_this_year_is_the_year_so_far_unless_planned(body, date, facts):
    """«امسال» in a release is Farvardin to the report's month for what was done, the whole year for a plan."""
    assert _whole(body, date) == facts


@pytest.mark.parametrize(("body", "date", "facts"), [
    ("تا پایان آذرماه امسال ۷۰ جواز تاسیس در کشور صادر شده است.", "1402-11-10",
     [(70, "جواز", "1402-09-30", None, False)]),
    ("تعداد واحدهای بهره‌بردار کشور در پایان سال ۹۸ به ۴۱ هزار واحد رسید.", "1399-03-01",
     [(41000, "واحد", "1398-12-29", None, False)]),
    ("از ابتدای فروردین تا پایان آذرماه امسال ۳۰ طرح در کشور افتتاح شد.", "1402-11-10",
     [(30, "طرح", "1402-01..1402-09", None, False)]),
    ("از اواسط مرداد امسال ۶ جلسه کارگروه در کشور برگزار شد.", "1402-11-10",
     [(6, "جلسه", "1402-05..1402-11", None, False)]),
], ids=["until-a-month-end-is-a-point", "year-end-is-a-point", "from-a-month-to-a-month", "from-mid-month"])
def test_a_running_total_until_a_date_is_a_point(body, date, facts):
    """«تا پایان آذر» alone is where a running total stood; with «از ابتدای فروردین» it is a span of months."""
    assert _whole(body, date) == facts


ROUND_UP = (
    "گزارش‌های شرکت‌های شهرک‌های صنعتی استان‌ها از واگذاری زمین خبر می‌دهد.\n"
    "مدیرعامل شرکت شهرک‌های صنعتی استان گلستان گفت: در سال ۱۴۰۲ تعداد ۴۰ قرارداد منعقد شد. "
    "به گفته وی، ۱۲ هکتار زمین در شهرک‌های این استان واگذار شد.\n"
    "در کرمان نیز ۲۵ قرارداد در سال ۱۴۰۲ امضا شد. وی افزود: ۹ هکتار زمین واگذار شد.\n"
    "در کل کشور نیز ۹۰۰ قرارداد در سال ۱۴۰۲ منعقد شد."
)


@pytest.mark.parametrize(("body", "facts"), [
    (ROUND_UP, [(40, "قرارداد", "1402", "گلستان", False), (12, "هکتار", "1402", "گلستان", False),
                (25, "قرارداد", "1402", "کرمان", False), (9, "هکتار", "1402", "کرمان", False),
                (900, "قرارداد", "1402", None, False)]),
    # a county, a city or a named park is in its province
    ("در شهرک صنعتی شکوهیه ۱۲ واحد کارگاهی در سال ۱۴۰۲ افتتاح شد و در خاش ۲۰ هکتار زمین آماده شد.",
     [(12, "واحد", "1402", "قم", False), (20, "هکتار", "1402", "سیستان و بلوچستان", False)]),
    # the place a speaker spoke is not the place of a national figure
    ("معاون سازمان که در همدان سخن می‌گفت، افزود: هم اکنون ۹۸۰ شهرک صنعتی در سطح کشور وجود دارد.",
     [(980, "شهرک", "1403-07-15", None, False)]),
    # a dateline is where the news was written
    ("اراک – معاون سازمان گفت: در سال ۱۴۰۲ تعداد ۳۰۰ واحد راکد در کشور احیا شد.",
     [(300, "واحد", "1402", None, False)]),
], ids=["round-up-paragraphs", "places-below-provinces", "speaker-venue", "dateline"])
def test_the_place_in_force(body, facts):
    """The province named by the speaker's title or «در کرمان» holds until another is named; «در کل کشور» resets."""
    assert _whole(body, "1403-07-15") == facts


def test_the_finer_place_is_kept():
    """«شهرک صنعتی شکوهیه» is in Qom, and the park's name stays with the fact."""
    release = parse_release("---\ndate: 1403-07-15\ntitle: گزارش\n---\nدر شهرک صنعتی شکوهیه ۱۲ واحد افتتاح شد.\n")
    fact = extract(release.body, release.title, release.ref).facts[0]
    assert (fact.region, fact.place) == ("قم", "شکوهیه")


@pytest.mark.parametrize(("body", "facts"), [
    # a stock said in the present tense stands on the release date, whatever period came before
    ("در سال ۱۴۰۲ تعداد ۵۰ قرارداد منعقد شد. کل اراضی در اختیار شرکت ۴ هزار و ۲۰۰ هکتار است.",
     [(50, "قرارداد", "1402", None, False), (4200, "هکتار", "1403-07-15", None, False)]),
    ("در این شهرک‌ها بیش از ۹ هزار نفر کار می‌کنند.", [(9000, "نفر", "1403-07-15", None, False)]),
    # a flow in the present perfect is not a stock
    ("در سال ۱۴۰۲ حدود ۳۰ هکتار زمین واگذار شده است.", [(30, "هکتار", "1402", None, False)]),
    # a plan said with «است» is not a stock
    ("هدف‌گذاری اشتغال برنامه سال ۱۴۰۳ در کشور ۹ هزار شغل است.", [(9000, "شغل", "1403", None, True)]),
], ids=["stock-after-a-flow", "people-at-work", "present-perfect-flow", "planned-with-est"])
def test_a_stock_stands_on_the_release_date(body, facts):
    """«… هکتار است», «… نفر کار می‌کنند» are where things stand when the release was issued."""
    assert _whole(body, "1403-07-15") == facts


@pytest.mark.parametrize(("body", "facts"), [
    # the clause after «این در حالی است که» has its own period, named before its first figure
    ("امسال ۲۵۰ قرارداد منعقد شد؛ این در حالی است که در ۶ ماهه سال گذشته ۱۶۰ قرارداد به مساحت ۵۵ هکتار "
     "منعقد شده بود.",
     [(250, "قرارداد", "1403-01..1403-07", None, False), (160, "قرارداد", "1402-01..1402-06", None, False),
      (55, "هکتار", "1402-01..1402-06", None, False)]),
    # a period in the next clause is not the figure's
    ("تا پایان نیمه اول امسال ۱۱۰ قرارداد منعقد شده بود و روند واگذاری در پاییز ادامه یافت.",
     [(110, "قرارداد", "1403-01..1403-06", None, False)]),
], ids=["contrast-clause", "next-clause-period"])
def test_each_clause_has_its_own_period(body, facts):
    """A period named in one clause does not leak into the figures of another."""
    assert _whole(body, "1403-07-15") == facts


@pytest.mark.parametrize(("body", "facts"), [
    # two parallel lists after «به ترتیب» each start again from the first province; the scale is shared
    ("در سال ۱۴۰۲ استان‌های یزد، قم و ایلام به ترتیب با ۹۰، ۶۰ و ۳۰ میلیارد ریال برای ۹، ۶ و ۳ واحد "
     "بیشترین سهم را داشتند.",
     [(9e10, "ریال", "1402", "یزد", False), (6e10, "ریال", "1402", "قم", False),
      (3e10, "ریال", "1402", "ایلام", False), (9, "واحد", "1402", "یزد", False),
      (6, "واحد", "1402", "قم", False), (3, "واحد", "1402", "ایلام", False)]),
    # the places of a «به ترتیب» list are the last ones named before it
    ("کرمان با ۴ واحد در سال ۱۴۰۲ پیش افتاد و استان‌های بوشهر و فارس که به ترتیب ۲ و ۳ واحد داشتند.",
     [(4, "واحد", "1402", "کرمان", False), (2, "واحد", "1402", "بوشهر", False),
      (3, "واحد", "1402", "فارس", False)]),
    # «هر کدام»: the figure is each listed province's
    ("در سال ۱۴۰۲ استان‌های زنجان و مرکزی هر کدام ۷ میلیارد ریال تسهیلات گرفتند.",
     [(7e9, "ریال", "1402", "زنجان", False), (7e9, "ریال", "1402", "مرکزی", False)]),
], ids=["parallel-lists", "last-places-before-respectively", "each"])
def test_lists_give_each_place_its_number(body, facts):
    """«به ترتیب» pairs places and numbers in order; «هر کدام» gives the same number to each place."""
    assert _whole(body, "1403-07-15") == facts


@pytest.mark.parametrize(("body", "date", "facts"), [
    ("در هفته دولت امسال ۱۳ طرح صنعتی در استان یزد افتتاح شد.", "1403-06-20",
     [(13, "طرح", "1403", "یزد", False)]),
    ("در دو ماه گذشته ۳۱ قرارداد در استان یزد امضا شد.", "1403-10-01",
     [(31, "قرارداد", "1403-08..1403-09", "یزد", False)]),
    # a new paragraph returns to the period the lead reported on
    ("در سال ۱۴۰۲ تعداد ۵۰۰ واحد در کشور احیا شد.\nدر سال ۱۴۰۰ تعداد ۲۰۰ واحد احیا شده بود.\n"
     "در میان استان‌ها، یزد با ۴۰ واحد پیشتاز بود.", "1403-07-15",
     [(500, "واحد", "1402", None, False), (200, "واحد", "1400", None, False), (40, "واحد", "1402", "یزد", False)]),
], ids=["occasion-week", "recent-months", "paragraph-returns-to-the-lead-period"])
def test_occasions_and_recent_months(body, date, facts):
    """«هفته دولت امسال» is this year's; «دو ماه گذشته» are the two months just reported."""
    assert _whole(body, date) == facts


@pytest.mark.parametrize(("body", "facts"), [
    # a plan «تا پایان امسال» is a target for the whole year
    ("با راه‌اندازی ۸۰ واحد راکد تا پایان امسال در استان قم، ۲ هزار شغل ایجاد می‌شود.",
     [(80, "واحد", "1403", "قم", True), (2000, "شغل", "1403", "قم", True)]),
    # «امروز» is the release date
    ("امروز ۱۲۰ فقره ضمانت‌نامه در کشور صادر شد.", [(120, "فقره", "1403-07-15", None, False)]),
    # the next province of a round-up does not inherit the last one's period
    ("مدیرعامل شرکت شهرک‌های صنعتی استان یزد گفت: در شش ماهه نخست امسال ۹۰ هکتار واگذار شد.\n"
     "وضعیت ایلام اما متفاوت است. در ناحیه صنعتی ایوان ۵ قرارداد منعقد شده است.",
     [(90, "هکتار", "1403-01..1403-06", "یزد", False), (5, "قرارداد", "1403-07-15", "ایلام", False)]),
], ids=["until-year-end-is-a-plan", "today", "next-province-starts-afresh"])
def test_dates_still_to_come_and_today(body, facts):
    """A date still to come makes a plan; «امروز» and undated figures stand on the release date."""
    assert _whole(body, "1403-07-15") == facts


@pytest.mark.parametrize(("body", "date", "facts"), [
    # «در آذرماه اعلام کرد که امسال …»: the year so far runs to the month the speaker spoke
    ("مدیرعامل شرکت شهرک‌های صنعتی استان یزد در آبان‌ماه اعلام کرد که امسال ۴۵ هکتار زمین واگذار شده است.",
     "1403-10-20", [(45, "هکتار", "1403-01..1403-08", "یزد", False)]),
    # a stock that grew «از A در پایان سال ۹۶ به B»: B is where it stands now; listed numbers share a period
    ("شمار واحدهای بهره‌بردار و قراردادهای استان یزد از ۳۰۰ و ۷۰۰ مورد در پایان سال ۱۴۰۲ به ترتیب به ۳۴۰ "
     "و ۸۱۰ مورد رسیده است.", "1403-07-15",
     [(300, "مورد", "1402-12-29", "یزد", False), (700, "مورد", "1402-12-29", "یزد", False),
      (340, "مورد", "1403-07-15", "یزد", False), (810, "مورد", "1403-07-15", "یزد", False)]),
], ids=["said-in-a-month", "grew-from-a-stock"])
def test_when_the_speaker_spoke_and_where_a_stock_stands(body, date, facts):
    """The month a figure was announced bounds «امسال»; a stock's new level stands on the release date."""
    assert _whole(body, date) == facts


@pytest.mark.parametrize("body", [
    "کارگروه ماده ۴۸ قانون برنامه هفتم در سال ۱۴۰۲ تشکیل شد.",
    "در ناحیه صنعتی ۲ قهاوند عملیات اجرایی آغاز شد.",
    "این شهرک در کیلومتر ۲ جاده قم واقع است.",
    "بیست و یکم مرداد روز ملی حمایت از صنایع کوچک است.",
    "شبکه ۲۰ کیلوولت برق شهرک افتتاح شد.",
    "سقف تسهیلات برای واحدهای زیر ۵۰ نفر تعیین شد.",
    "سازمان ایجاد شهرک فناوری را طی پنج سال آینده دنبال می‌کند.",
    "برای اطلاعات بیشتر با شماره ۰۲۱۸۸۷۷۶۶۵۵ تماس بگیرید.",
], ids=["article-number", "number-in-a-park-name", "address", "ordinal-date", "specification", "threshold",
        "horizon", "phone"])
def test_numbers_that_are_not_statistics(body):
    """Article numbers, names, addresses, ordinals, specifications, thresholds and horizons are no facts."""
    assert _whole(body, "1403-07-15") == []


def test_a_number_after_a_park_name_with_a_unit_is_a_statistic():
    """«در شهرک صنعتی شکوهیه ۱۲ واحد» counts units; only a bare number after a name is part of it."""
    assert _whole("در شهرک صنعتی شکوهیه ۱۲ واحد در سال ۱۴۰۲ افتتاح شد.", "1403-07-15") == [
        (12, "واحد", "1402", "قم", False)]


@pytest.mark.parametrize(("body", "label"), [
    ("در ۹ ماهه ۹۶ از نظر تعداد ۱۴۷ فقره ضمانت‌نامه صادر شد.", "1396-01..1396-09"),
    ("در تابستان ۹۷، ۴۰ قرارداد منعقد شد.", "1397-04..1397-06"),
])
def test_a_two_digit_year_after_a_span(body, label):
    """«۹ ماهه ۹۶» and «تابستان ۹۷» are 1396 and 1397, and 96 is no amount."""
    assert [f[2] for f in _whole(body, "1397-10-01")] == [label]


@pytest.mark.parametrize(("body", "facts"), [
    # a running total stands where the span it sums ends
    ("با احتساب واگذاری‌های نیمه نخست امسال، مجموع قراردادهای شرکت شهرک‌های صنعتی یزد به ۳۲۰۰ فقره رسیده است.",
     [(3200, "فقره", "1403-06-31", "یزد", False)]),
    # a stock said in a sentence that dates its figures takes that date
    ("تا پایان سال گذشته ۴۰ هزار واحد در شهرک‌های کشور به بهره‌برداری رسیده و ۹۰۰ هزار نفر در این واحدها "
     "مشغول به کارند.",
     [(40000, "واحد", "1402-12-29", None, False), (900000, "نفر", "1402-12-29", None, False)]),
    # a comparison in the present tense is no stock
    ("تعداد شهرک‌های مصوب کشور در سال گذشته به ۹۹۵ شهرک رسید که ۰.۲ درصد بیشتر است.",
     [(995, "شهرک", "1402", None, False), (0.2, "درصد", "1402", None, False)]),
    # «در حال اجراست»
    ("در استان یزد ۸ شهرک صنعتی غیردولتی در حال اجراست.", [(8, "شهرک", "1403-07-15", "یزد", False)]),
], ids=["running-total", "stock-in-a-dated-sentence", "comparison-is-no-stock", "ongoing"])
def test_running_totals_and_stocks(body, facts):
    """A running total or a stock stands on a day: the end of the span it sums, or the release date."""
    assert _whole(body, "1403-07-15") == facts


def test_a_national_release_keeps_a_province_in_its_paragraph():
    """A release whose title and lead name no place does not carry a province into the next paragraph."""
    body = ("صندوق ضمانت امروز ۱۷۰ ضمانت‌نامه صادر کرد.\n"
            "صنایع کوچک تنها یک شهرستان در استان کرمان به سه همت منابع نیاز دارند.\n"
            "سقف تسهیلات هر واحد پنج میلیارد تومان است.")
    assert [f[3] for f in _whole(body, "1403-07-15")] == [None, "کرمان", None]


@pytest.mark.parametrize(("body", "facts"), [
    # the future tense is a plan, for the year when no date is said
    ("این طرح‌ها در استان قزوین برای ۷۰۰ نفر شغل ایجاد خواهند کرد.", [(700, "نفر", "1403", "قزوین", True)]),
    # a figure said to stand «هم اکنون» is no plan, even inside a «برنامه»
    ("۳۴ خوشه هم‌اکنون در سال سوم برنامه عملیاتی کشور هستند.", [(34, "خوشه", "1403-07-15", None, False)]),
    # «بیش از نیمه نخست سال گذشته» is the baseline of a change
    ("در ۶ ماهه اول امسال ۳۰۰ میلیارد تومان در کشور سرمایه‌گذاری شده که ۵.۷ درصد بیش از نیمه نخست سال گذشته است.",
     [(3e12, "ریال", "1403-01..1403-06", None, False), (5.7, "درصد", "1403-01..1403-06", None, False)]),
], ids=["future-tense", "now-is-no-plan", "more-than-a-baseline"])
def test_plans_and_comparisons(body, facts):
    """Future tense makes a plan; «هم اکنون» makes a stock; «بیش از <period>» names a baseline."""
    assert _whole(body, "1403-07-15") == facts


@pytest.mark.parametrize(("body", "facts"), [
    # «یک» counts before what releases count
    ("در سال ۱۴۰۲ برای یک واحد صنعتی در استان یزد ضمانت‌نامه صادر شد.", [(1, "واحد", "1402", "یزد", False)]),
    # …and not in «یک پله بالاتر»
    ("در سال ۱۴۰۲ استان یزد یک پله بالاتر ایستاد.", []),
    # the whole a part is taken from stands when the part does
    ("از میان ۲۰ شهرک استان یزد، در ۱۵ شهرک امکان واگذاری زمین وجود دارد.",
     [(20, "شهرک", "1403-07-15", "یزد", False), (15, "شهرک", "1403-07-15", "یزد", False)]),
    # «مدت مشابه سال گذشته» alone takes the months of the span in force
    ("در شش ماهه نخست امسال ۹۰۰ میلیارد ریال در استان یزد هزینه شد.\n"
     "این رقم در مدت مشابه سال گذشته ۶۰۰ میلیارد ریال بود.",
     [(9e11, "ریال", "1403-01..1403-06", "یزد", False), (6e11, "ریال", "1402-01..1402-06", "یزد", False)]),
], ids=["one-unit", "one-step-is-no-count", "whole-and-part", "same-period-alone"])
def test_counts_of_one_wholes_and_the_same_period(body, facts):
    """«یک واحد» is a count; «از میان ۲۰ شهرک» is the whole; «مدت مشابه» alone borrows the months in force."""
    assert _whole(body, "1403-07-15") == facts


def _people(body: str) -> list[tuple[str, str]]:
    release = parse_release(f"---\ndate: 1403-07-15\ntitle: گزارش\n---\n{body}\n")
    return [(p.name, p.role) for p in extract(release.body, release.title, release.ref).people]


@pytest.mark.parametrize(("body", "people"), [
    # a name beside its role, a compound surname, and a provincial title completed with the province in force
    ("در یزد، مسلم فلاح‌زاده مدیرعامل شرکت شهرک‌های صنعتی استان گفت: ۱۰ قرارداد منعقد شد.",
     [("مسلم فلاح‌زاده", "مدیرعامل شرکت شهرک‌های صنعتی استان یزد")]),
    # «سید» and a two-word surname; the role speaks first and is named in the next sentence
    ("مدیرعامل شرکت شهرک‌های صنعتی آذربایجان شرقی گفت: ۱۰۱ هکتار واگذار شد. "
     "به گفته سید مرتضی نیرومند اسکویی، این واگذاری‌ها ادامه دارد.",
     [("سید مرتضی نیرومند اسکویی", "مدیرعامل شرکت شهرک‌های صنعتی آذربایجان شرقی")]),
    # an acting head named by the surname alone; a national title stays national
    ("در قزوین، سرپرست شرکت شهرک‌های صنعتی استان اعلام کرد که ۸ طرح افتتاح می‌شود. به گفته کشاورز، "
     "این طرح‌ها فعال‌اند.\nمعاون فنی سازمان صنایع کوچک و شهرک‌های صنعتی ایران، علی محمدی، گفت: ۹۹ جواز صادر شد.",
     [("کشاورز", "سرپرست شرکت شهرک‌های صنعتی استان قزوین"),
      ("علی محمدی", "معاون فنی سازمان صنایع کوچک و شهرک‌های صنعتی ایران")]),
], ids=["name-beside-role", "named-in-the-next-sentence", "acting-head-and-national-title"])
def test_people_and_their_roles(body, people):
    """Each role goes to the person written beside it or speaking right after it, never to one name for all."""
    assert _people(body) == people


def test_a_provincial_paragraph_continues_the_last_period():
    """Regression: «سرمایه‌گذاری این واحدها» in the next paragraph of a provincial release is of the units
    just reported (H1), not of the year the title names."""
    body = ("مدیرعامل شرکت شهرک‌های صنعتی استان اصفهان گفت: در شش ماهه نخست امسال ۸۶ واحد افتتاح شد.\n"
            "مرادی گفت: سرمایه‌گذاری این واحدها ۱۲ هزار میلیارد تومان بوده است.")
    assert _whole(body, "1404-06-12", title="صادرات خوشه‌های اصفهان در سال گذشته") == [
        (86, "واحد", "1404-01..1404-06", "اصفهان", False), (1.2e14, "ریال", "1404-01..1404-06", "اصفهان", False)]


def test_a_place_named_after_the_clause_ends_is_not_the_figures():
    """«چهارمحال و بختیاری با … برای یک واحد … ایستاد و استان‌های بوشهر …»: the unit is Chaharmahal's."""
    body = ("در سال ۱۴۰۲ استان چهارمحال و بختیاری برای یک واحد صنعتی یک پله بالاتر ایستاد و استان بوشهر "
            "۵ میلیارد ریال گرفت.")
    assert [(f[0], f[3]) for f in _whole(body, "1403-07-15")] == [(1, "چهارمحال و بختیاری"), (5e9, "بوشهر")]


@pytest.mark.parametrize(("body", "label"), [
    ("شمار کل واحدهای کشور در پایان سال ۱۳۹۷، ۴۳ هزار واحد بوده است؛ یعنی این رقم در یک سال حدود ۵ درصد "
     "افزایش یافته است.", "1398"),
    ("شمار کل واحدهای کشور در پایان سال ۱۳۹۷، ۴۳ هزار واحد بوده که طی یک سال ۵ درصد افزایش یافته است.", "1398"),
], ids=["in-one-year", "over-one-year"])
def test_a_change_over_one_year_from_a_year_end_is_the_year_after(body, label):
    """«در پایان سال ۹۷ … ؛ یعنی در یک سال ۵ درصد افزایش»: the change covers 1398, not the day it started from."""
    assert [f[2] for f in _whole(body, "1399-04-20") if f[1] == "درصد"] == [label]


@pytest.mark.parametrize(("body", "label"), [
    ("در سال گذشته ۶۰ هکتار زمین در استان اردبیل واگذار شد. وی افزود: عملیات آماده‌سازی در ۲ ناحیه صنعتی "
     "دیگر نیز آغاز شده است.", "1400-01-23"),
    # dated, it is a flow of that period
    ("وی افزود: در سال گذشته عملیات آماده‌سازی در ۲ ناحیه صنعتی استان اردبیل آغاز شده است.", "1399"),
], ids=["undated-begun-is-under-way-now", "dated-begun-is-of-its-period"])
def test_work_that_has_begun(body, label):
    """«… آغاز شده است» with no date in its sentence is under way as the release stands."""
    assert [f[2] for f in _whole(body, "1400-01-23") if f[1] == "ناحیه"] == [label]


@pytest.mark.parametrize(("body", "change"), [
    ("مساحت زمین واگذارشده استان اردبیل از ۳۴ هکتار در سال ۹۸ با افزایش نزدیک به دو برابری به ۶۷ هکتار در سال "
     "گذشته رسیده است.", (2, "برابری", "1399")),
    ("تعداد قراردادهای استان اردبیل از ۱۰۰ فقره در سال ۹۸ با ۲۰ درصد رشد به ۱۲۰ فقره در سال ۹۹ رسید.",
     (20, "درصد", "1399")),
], ids=["times-between-from-and-to", "percent-between-from-and-to"])
def test_a_change_between_from_and_to_is_of_the_period_it_reached(body, change):
    """«از A در سال ۹۸ با افزایش … به B در سال گذشته»: the change is of the year B stands in, not A's."""
    assert change in [f[:3] for f in _whole(body, "1400-01-23")]


@pytest.mark.parametrize(("body", "label"), [
    ("ایلام در یک سال گذشته ۳۷ واحد راکد را فعال کرد. به گفته وی، در سفر خرداد رئیس جمهور به ایلام ۹۰۰ میلیارد "
     "تومان تسهیلات مصوب شد.", "1404"),
    ("به گفته وی، در نشست بهمن شورای استان ایلام ۹۰۰ میلیارد تومان تسهیلات مصوب شد.", "1403"),
], ids=["trip-earlier-this-year", "meeting-in-a-later-month-was-last-year"])
def test_an_event_named_by_its_month_is_of_that_months_year(body, label):
    """«در سفر خرداد رئیس جمهور»: what was approved is of the year that Khordad fell in, not the year carried."""
    assert [f[2] for f in _whole(body, "1404-10-14") if f[1] == "ریال"] == [label]
