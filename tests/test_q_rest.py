"""Core questions outside places: «به ترتیب» lists of things, respellings, plans and their subjects."""
import pytest

from bot.extract.facts import extract
from bot.extract.lists import OTHER_ITEM

SHARES = ("سهم طرح‌های توسعه‌ای صنایع کوچک و سرمایه در گردش واحدهای تولیدی کوچک از تسهیلات پرداختی "
          "به ترتیب ۶۰ و ۴۰ درصد بوده که مبلغ آنها به ترتیب به ۹۰۰ و ۶۰۰ میلیارد ریال رسید.")
FROM_TO = ("وی گفت: تعداد واحدهای فعال و تعداد قراردادهای واگذاری زمین در شهرک‌های استان از ۳۰۰ و ۸۰۰ مورد "
           "در پایان سال ۹۸ به ترتیب به ۳۵۰ و ۹۰۰ مورد رسیده است.")


def _terms(sentence: str) -> dict[float, dict[str, float]]:
    return {f.value: f.terms for f in extract(sentence, "خبر", (1399, 6, 1)).facts}


@pytest.mark.parametrize(("sentence", "value", "own", "other"), [
    (SHARES, 60, "توسعه", "گردش"),
    (SHARES, 40, "گردش", "توسعه"),
    (SHARES, 900e9, "توسعه", "گردش"),   # the second «به ترتیب» list pairs with the same items
    (SHARES, 600e9, "گردش", "توسعه"),
    (FROM_TO, 300, "فعال", "قرارداد"),  # «از X و Y … به ترتیب به Z و W»: both lists pair in order
    (FROM_TO, 800, "قرارداد", "فعال"),
    (FROM_TO, 350, "فعال", "قرارداد"),
    (FROM_TO, 900, "قرارداد", "فعال"),
], ids=["share-1", "share-2", "amount-1", "amount-2", "from-1", "from-2", "to-1", "to-2"])
def test_a_respective_list_of_things_gives_each_number_its_own_item(sentence, value, own, other):
    """The n-th number of a «به ترتیب» list is about the n-th item: its words strongly, the others' weakly."""
    terms = _terms(sentence)[value]
    assert terms[own] == 1.0 and terms[other] <= OTHER_ITEM


def test_words_every_item_shares_are_not_weakened():
    """«… در شهرک‌های استان»: a complement after the last item belongs to every item."""
    terms = _terms(FROM_TO)
    assert min(terms[v]["شهرک"] for v in (300, 800, 350, 900)) > OTHER_ITEM


def test_a_respective_list_of_places_still_pairs_places():
    """«استان‌های اصفهان، یزد و قزوین به ترتیب با ۴۵، ۳۸ و ۳۰ واحد»: places, not things, are paired."""
    facts = extract("استان‌های اصفهان، یزد و قزوین به ترتیب با ۴۵، ۳۸ و ۳۰ واحد بیشترین واحد احیا شده را داشتند.",
                    "خبر", (1399, 6, 1)).facts
    assert [(f.value, f.region) for f in facts] == [(45, "اصفهان"), (38, "یزد"), (30, "قزوین")]


async def test_the_second_item_of_a_respective_list_is_answered_with_its_own_number(engine_over):
    """Asked about the second item («سرمایه در گردش»), the bot gives its figure, not the first item's."""
    engine = await engine_over([("1399-06-01", SHARES)])
    answer = await engine.answer("مبلغ تسهیلات سرمایه در گردش واحدهای کوچک چقدر بود", (1399, 7, 1))
    assert (answer.answered, answer.value) == (True, 600e9)


async def test_contracts_counted_in_the_form_of_a_land_transfer_answer_a_land_contract_question(engine_over):
    """«۹۰ هکتار از اراضی شهرک‌ها … در قالب ۱۲۰ فقره قرارداد واگذار شد»: the contracts are land contracts, so
    they answer «قراردادهای واگذاری زمین» over a half-year figure that names the land closer to its number."""
    body = ("مدیرعامل شرکت شهرک‌های صنعتی استان سمنان گفت: از ابتدای فروردین تا پایان آذر امسال ۹۰ هکتار از "
            "اراضی شهرک‌ها و نواحی صنعتی برای اجرای طرح‌های مختلف صنعتی و تولیدی در قالب ۱۲۰ فقره قرارداد به "
            "متقاضیان واگذار شد.\n\nوی افزود: تا پایان نیمه اول امسال ۷۰ هکتار از زمین‌های شهرک‌ها در قالب "
            "۸۰ فقره قرارداد واگذار شده بود.")
    engine = await engine_over([("1400-10-07", body)])
    answer = await engine.answer("تعداد قراردادهای واگزاری زمین سمنان تا پایان آذر ۱۴۰۰", (1400, 10, 15))
    assert (answer.answered, answer.value) == (True, 120)


@pytest.mark.parametrize("sentence", [
    "در سال جاری ۹۰ هکتار از اراضی شهرک‌ها و نواحی صنعتی استان طی ۱۲۰ فقره قرارداد به سرمایه‌گذاران واگذار شده "
    "و تعداد متقاضیان نسبت به سال گذشته ۳۰ درصد رشد داشته است.",
    "امسال ۹۰ هکتار از اراضی شهرک‌ها و نواحی صنعتی در قالب ۱۲۰ فقره قرارداد به سرمایه‌گذاران واگذار شده "
    "و تعداد متقاضیان نسبت به سال گذشته ۳۰ درصد رشد داشته است.",
], ids=["tey", "dar-ghaleb"])
def test_land_transferred_through_contracts_is_land_transferred(sentence):
    """«X هکتار … طی / در قالب Y قرارداد … واگذار شد»: the closing verb is the hectares' too, and the «و» of
    «شهرک‌ها و نواحی» inside the subject does not cut it off."""
    assert _terms(sentence)[90]["#واگذاری"] >= 0.9


@pytest.mark.parametrize(("sentence", "planned"), [
    ("وی از آزاد شدن ۱۲ هکتار از اراضی طرح‌های راکد در نشست کارگروه ماده ۴۸ قانون برنامه هفتم خبر داد.", False),
    ("در چارچوب برنامه ششم توسعه ۸۰ واحد راکد در استان به چرخه تولید بازگشت.", False),
    ("بر اساس برنامه ششم توسعه، احیای ۸۰ واحد راکد در استان هدف‌گذاری شده است.", True),
    ("برای امسال احیای ۸۰ واحد راکد در استان برنامه‌ریزی شده است.", True),
], ids=["law-frame", "programme-frame", "programme-target", "planned"])
def test_a_programme_named_as_a_law_frames_what_was_done(sentence, planned):
    """«قانون برنامه هفتم» names the frame of an achievement; «هدف‌گذاری» or «برنامه‌ریزی» still makes a plan."""
    facts = extract(sentence, "خبر", (1404, 10, 1)).facts
    assert [f.is_target for f in facts] == [planned]


@pytest.mark.parametrize("verb", ["دانست", "اعلام کرد"])
def test_a_quantity_named_before_ra_is_what_the_number_counts(verb):
    """«شمار قراردادهای منعقد شده … را ۷۵ هزار فقره دانست»: the object before «را» is the measure, and the verb
    after the classifier («دانست») is no counted noun."""
    sentence = (f"معاون فنی سازمان صنایع کوچک ایران شمار قراردادهای منعقد شده در شهرک‌ها و نواحی صنعتی را "
                f"۶۰ هزار فقره {verb} و توضیح داد: با این قراردادها زمینه اشتغال ۷۰۰ هزار نفر فراهم شده است.")
    fact = next(f for f in extract(sentence, "خبر", (1397, 11, 20)).facts if f.value == 60000)
    assert fact.noun is None and min(fact.terms["قرارداد"], fact.terms["منعقد"]) >= 0.9
