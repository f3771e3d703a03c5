"""Extraction from the seed and the dev corpus matches the gold file: value, unit and period."""
import json
from pathlib import Path

import pytest

from bot.extract.facts import extract
from bot.extract.gold import compare
from bot.release import decode, parse_release
from tests.conftest import DEV_CORPUS, ROOT

GOLD = json.loads((Path(__file__).parent / "data" / "gold_facts.json").read_text(encoding="utf-8"))
FILES = {p.name: p for p in [ROOT / "seeds" / "000_80f47ee77f698079.txt", *DEV_CORPUS]}


def _extract(name: str):
    release = parse_release(decode(FILES[name].read_bytes()))
    return extract(release.body, release.title, release.ref)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_number_extracted_with_value_unit_period(name):
    """All gold facts are found and nothing else is invented."""
    score = compare(_extract(name).facts, GOLD[name])
    assert (score.missing, score.extra) == ([], [])


def test_seed_meaning_beyond_numbers():
    """The seed yields the seven causes and Ali Rasoulian as head of the organisation."""
    ex = _extract("000_80f47ee77f698079.txt")
    assert [len(x.items) for x in ex.lists] == [7]
    assert ex.lists[0].items[0] == "کمبود نقدینگی" and ex.lists[0].items[-1] == "مشکلات زیرساختی"
    assert [(p.name, "مدیرعامل" in p.role) for p in ex.people] == [("علی رسولیان", True)]


def test_seed_facts_carry_qualifier_scope_and_target():
    """«بالغ بر» and «قریب» stay with their numbers; the 1500 units were a plan."""
    facts = {f.value: f for f in _extract("000_80f47ee77f698079.txt").facts}
    assert (facts[46e12].qualifier, facts[26000].qualifier) == ("بالغ بر", "قریب")
    assert (facts[1500].is_target, facts[1557].is_target) == (True, False)


def test_scopes_and_regions():
    """State-run vs non-state parks and the province of a provincial release are attached."""
    nine = {f.value: f for f in _extract("04-nine-months-1404.txt").facts}
    assert (nine[1307].scope, nine[796].scope, nine[8479].scope) == ("دولتی", "غیردولتی", "غیردولتی")
    markazi = _extract("02-markazi-first-quarter.txt").facts
    assert {f.region for f in markazi} == {"مرکزی"}


def _facts(body: str, date: str = "1403-07-15") -> dict[float, object]:
    release = parse_release(f"---\ndate: {date}\ntitle: آزمون\n---\n{body}\n")
    return {f.value: f for f in extract(release.body, release.title, release.ref).facts}


def test_a_change_belongs_to_the_reported_period_not_the_baseline():
    """«۱۸۵ قرارداد در شش ماهه امسال … نسبت به مدت مشابه سال قبل ۳۲ درصد افزایش»: 32% is of 1403's half."""
    facts = _facts("در شش ماهه نخست امسال ۱۸۵ قرارداد منعقد شد که نسبت به مدت مشابه سال قبل ۳۲ درصد افزایش داشت.")
    assert facts[185].period.label == facts[32].period.label == "1403-01..1403-06"


def test_the_subject_before_an_adverbial_belongs_to_the_main_number():
    """«ظرفیت تصفیه‌خانه‌ها با بهره‌برداری از ۸ تصفیه‌خانه به ۲۰۰ هزار مترمکعب رسید»: capacity is the 200,000."""
    facts = _facts("ظرفیت تصفیه‌خانه‌های فاضلاب شهرک‌ها با بهره‌برداری از ۸ تصفیه‌خانه جدید به ۲۰۰ هزار"
                   " مترمکعب در شبانه‌روز رسید.")
    assert facts[200000].terms["ظرفیت"] >= 0.9 and facts[200000].unit == "متر مکعب"


def test_khorasan_alone_is_razavi_and_the_longest_province_name_wins():
    assert _facts("در خراسان ۴۲ واحد صنعتی افتتاح شد.")[42].region == "خراسان رضوی"
    assert _facts("در خراسان شمالی ۱۲ واحد صنعتی افتتاح شد.")[12].region == "خراسان شمالی"


def test_a_relative_clause_takes_the_period_it_describes():
    """«… نسبت به سال ۱۴۰۱ که ۱۱۰ فقره بود»: 110 is 1401's figure."""
    facts = _facts("وی با اشاره به صدور ۱۳۵ فقره پروانه در سال ۱۴۰۲ گفت: این رقم نسبت به سال ۱۴۰۱ که ۱۱۰ فقره"
                   " بود، رشد داشته است.")
    assert (facts[135].period.label, facts[110].period.label) == ("1402", "1401")


def test_an_enumeration_after_its_head():
    """«مهمترین مشکلات …، الف، ب و ج عنوان شده است»."""
    release = parse_release("---\ndate: 1404-08-18\ntitle: آزمون\n---\nمهمترین مشکلات شرکت‌های دانش‌بنیان، کمبود"
                            " سرمایه در گردش، نبود فضای کارگاهی مناسب و دشواری دریافت مجوزها عنوان شده است.\n")
    found = extract(release.body, release.title, release.ref).lists[0]
    assert found.items == ["کمبود سرمایه در گردش", "نبود فضای کارگاهی مناسب", "دشواری دریافت مجوز‌ها"]


def test_percent_of_it_belongs_to_the_clause_before():
    """«برنامه … احیای ۴۵۰۰ واحد است که تاکنون ۷۳٫۳ درصد آن محقق شده»: 73.3% is of the revival plan."""
    facts = _facts("به گفته وی، برنامه سازمان در سال جاری احیای ۴ هزار و ۵۰۰ واحد است که تاکنون 73.3 درصد آن"
                   " محقق شده است.", date="1403-09-05")
    assert facts[73.3].terms["#احیا"] > 0.6 and facts[73.3].terms["#برنامه"] > 0.45  # not halved: not another clause


def test_a_province_named_late_is_not_the_release_province():
    """A national release that mentions Tehran in its last sentence keeps its other figures national."""
    facts = _facts("معاون سازمان گفت: امسال ۳۳۰۰ واحد صنعتی راکد در شهرک‌های صنعتی کشور احیا شد.\n"
                   "وی افزود: برای ۱۴۴۵۸ نفر اشتغال ایجاد شد.\n"
                   "همچنین ۱۸۵۰ قطعه زمین واگذار شد و ۱۰ تا ۱۲ درصد واحدهای راکد کشور در استان تهران قرار دارند.")
    assert (facts[3300].region, facts[14458].region, facts[1850].region, facts[10].region) == (
        None, None, None, "تهران")


def test_a_bare_classifier_counts_the_noun_counted_before():
    facts = _facts("صدور ۱۳۵ فقره پروانه بهره‌برداری در سال ۱۴۰۲ نسبت به سال ۱۴۰۱ که ۱۱۰ فقره بود رشد داشت.")
    assert facts[110].noun == facts[135].noun and "پروانه" in facts[110].noun


def test_respectively_maps_the_nth_province_to_the_nth_number():
    """«استان‌های اصفهان، یزد و قزوین به ترتیب با ۴۵، ۳۸ و ۳۰ واحد»: never 45 for Qazvin, never 30 for Iran."""
    facts = _facts("در سال گذشته استان‌های اصفهان، یزد و قزوین به ترتیب با ۴۵، ۳۸ و ۳۰ واحد بیشترین واحدهای"
                   " احیاشده را داشتند.", date="1404-02-12")
    assert [(facts[v].region, facts[v].unit) for v in (45, 38, 30)] == [
        ("اصفهان", "واحد"), ("یزد", "واحد"), ("قزوین", "واحد")]
    assert facts[45].terms == facts[30].terms  # one measure: the same words for every number in the list
