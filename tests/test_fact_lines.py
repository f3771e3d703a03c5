"""The release preview shows each statistic as read: its exact value, what it measures, period and place."""
import pytest

from bot.extract.model import Fact, Period
from bot.fact_lines import exact_number, fact_line

YEAR_1403 = Period(140301, 140312, "year", "1403")


def fact(value: float, unit: str | None, *, region: str | None = None, scope: str | None = None,
         qualifier: str | None = None, value_max: float | None = None, terms: dict | None = None,
         noun: str | None = None) -> Fact:
    return Fact(value, value_max, unit, "count", noun, qualifier, YEAR_1403, region, scope, False, "", "",
                terms or {})


@pytest.mark.parametrize(("value", "expected"), [
    (12_295e9, "۱۲٬۲۹۵ میلیارد"),
    (490e12, "۴۹۰ هزار میلیارد"),
    (4_600e6, "۴٬۶۰۰ میلیون"),
    (1_557, "۱٬۵۵۷"),
    (46.5, "۴۶٫۵"),
    (1_234_567, "۱٬۲۳۴٬۵۶۷"),
])
def test_values_are_exact_not_rounded(value, expected):
    """A scale word is used only when it leaves a whole number, so no digit of the release is lost."""
    assert exact_number(value) == expected


@pytest.mark.parametrize(("stat", "expected"), [
    (fact(12_295e9, "ریال", region="اصفهان", terms={"#سرمایهگذاری": 1.0}),
     "  • ۱۲٬۲۹۵ میلیارد ریال سرمایه‌گذاری | سال ۱۴۰۳ | استان اصفهان"),
    (fact(86, "واحد", region="کاشان", qualifier="حدود"),
     "  • حدود ۸۶ واحد | سال ۱۴۰۳ | شهر کاشان، استان اصفهان"),
    (fact(12, "درصد", value_max=15, region="اهواز", scope="دولتی"),
     "  • ۱۲ تا ۱۵ درصد | سال ۱۴۰۳ | شهر اهواز، استان خوزستان، شهرک‌ها و نواحی دولتی"),
    (fact(25, "خوشه", noun="خوشه صنعتی"), "  • ۲۵ خوشه صنعتی | سال ۱۴۰۳ | کل کشور"),
])
def test_preview_line_names_measure_value_period_and_place(stat, expected):
    """A city is shown with its province, never as «استان کاشان»; a unit alone is not repeated as a measure."""
    assert fact_line(stat) == expected
