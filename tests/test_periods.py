"""Periods resolve on the Jalali calendar against the release or asking date."""
import pytest

from bot.extract.periods import find_periods
from bot.text.normalize import normalize


@pytest.mark.parametrize(("text", "ref", "label"), [
    ("سال گذشته", (1400, 4, 3), "1399"),
    ("پارسال", (1400, 4, 10), "1399"),
    ("سال قبل", (1404, 10, 9), "1403"),
    ("امسال", (1395, 4, 25), "1395"),
    ("سال جاری", (1399, 8, 11), "1399"),
    ("سال ۹۹", (1404, 1, 1), "1399"),
    ("در سال ۱۳۹۹", (1404, 1, 1), "1399"),
    ("۹ ماهه امسال", (1404, 10, 9), "1404-01..1404-09"),
    ("نه ماهه ۱۴۰۳", (1404, 10, 9), "1403-01..1403-09"),
    ("شش ماهه نخست", (1402, 7, 1), "1402-01..1402-06"),
    ("سه ماه نخست امسال", (1395, 4, 25), "1395-01..1395-03"),
    ("بهار امسال", (1395, 5, 1), "1395-01..1395-03"),
    ("از ابتدای امسال تاکنون", (1399, 8, 11), "1399-01..1399-08"),
    ("از اول امسال تا حالا", (1399, 8, 20), "1399-01..1399-08"),
    ("طی سال‌های ۱۴۰۱ تا ۱۴۰۳", (1404, 1, 1), "1401..1403"),
    ("نیمه نخست ۱۴۰۳", (1404, 1, 1), "1403-01..1403-06"),
    ("۹ ماهه سال قبل", (1404, 10, 20), "1403-01..1403-09"),
    ("سال ۹۹ تا آبان", (1404, 1, 1), "1399-01..1399-08"),
    ("تا پایان آذر ۱۴۰۳", (1404, 1, 1), "1403-01..1403-09"),
    ("دولت سیزدهم", (1404, 1, 1), "دولت سیزدهم"),
    ("در سه ماهه دوم امسال", (1403, 7, 15), "1403-04..1403-06"),
    ("شش ماهه دوم ۱۴۰۲", (1403, 7, 15), "1402-07..1402-12"),
    ("در ماه گذشته", (1403, 7, 15), "1403-06"),
    ("ماه قبل", (1403, 1, 10), "1402-12"),
    ("از سال ۱۴۰۰ تاکنون", (1403, 7, 15), "1400-01..1403-07"),
    ("اردیبهشت‌ماه", (1403, 7, 15), "1403-02"),
    ("اسفند ماه", (1403, 2, 10), "1402-12"),  # the last Esfand, not one still to come
])
def test_period_labels(text, ref, label):
    """Each phrase becomes one period with the readable label the command line prints."""
    found = find_periods(normalize(text), ref)
    assert [f.period.label for f in found] == [label]


def test_two_periods_in_one_sentence_keep_their_order():
    """«۹ ماهه ۱۴۰۴ … ۹ ماهه ۱۴۰۳» yields both, in order."""
    text = normalize("در ۹ ماهه ۱۴۰۴ حدود ۴۹ همت بوده که نسبت به رقم ۴۱ همت در ۹ ماهه ۱۴۰۳")
    assert [f.period.label for f in find_periods(text, (1404, 10, 9))] == ["1404-01..1404-09", "1403-01..1403-09"]


@pytest.mark.parametrize(("text", "labels"), [
    ("در ۱۰ ماهه امسال ۱۲۰۰ هکتار واگذار شد که نسبت به مدت مشابه سال گذشته (۹۰۰ هکتار) بیشتر است",
     ["1404-01..1404-10", "1403-01..1403-10"]),
    ("در شش ماهه نخست ۱۴۰۳ نسبت به دوره مشابه سال ۱۴۰۲", ["1403-01..1403-06", "1402-01..1402-06"]),
    ("نسبت به مدت مشابه سال قبل افزایش یافت", []),  # the same as what? nothing is claimed
])
def test_the_same_period_of_another_year_takes_the_months_named_before(text, labels):
    """«مدت مشابه سال قبل» is the months just named, a year earlier; never the whole of last year."""
    assert [f.period.label for f in find_periods(normalize(text), (1404, 11, 5))] == labels


@pytest.mark.parametrize(("text", "labels"), [
    ("۱۲۰ فقره ضمانت‌نامه تمدیدی ماه گذشته صادر شد", ["1403-06"]),
    ("در مهرماه گفته بود", ["1403-07"]),
    ("تا پایان آذر‌ماه ۱۴۰۲", ["1402-01..1402-09"]),
])
def test_a_month_name_is_a_whole_word(text, labels):
    """«تمدیدی» holds the letters of «دی» but names no month; «آذر‌ماه» with a half-space is Azar."""
    assert [f.period.label for f in find_periods(normalize(text), (1403, 7, 15))] == labels
