"""Periods asked and periods reported: a release's figure keeps the period its sentence gives it, and a
question's period is read the way the person meant it, so a stored figure answers the question it fits."""
import pytest

from bot.extract.facts import extract
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
