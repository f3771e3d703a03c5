"""Numbers, money and periods as a Persian reader expects them."""
import pytest

from bot.answer.render import amount, jalali_date, period_words
from bot.extract.model import Period


@pytest.mark.parametrize(("value", "unit", "qualifier", "expected"), [
    (1557, "واحد", None, "۱٬۵۵۷ واحد"),
    (26000, "شغل", "قریب", "قریب ۲۶ هزار فرصت شغلی"),
    (46e12, "ریال", "بالغ بر", "بالغ بر ۴۶ هزار میلیارد ریال (≈ ۴٫۶ همت)"),
    (645181e6, "ریال", None, "۶۴۵ میلیارد و ۱۸۱ میلیون ریال"),
    (1.442e12, "ریال", None, "۱٬۴۴۲ میلیارد ریال (≈ ۰٫۱ همت)"),
    (104, "درصد", None, "۱۰۴ درصد"),
    (46.5, "درصد", None, "۴۶٫۵ درصد"),
])
def test_amounts(value, unit, qualifier, expected):
    """Persian digits, ٬ separators, readable money scale, the qualifier kept."""
    assert amount(value, unit, qualifier) == expected


@pytest.mark.parametrize(("period", "expected"), [
    (Period(139901, 139912, "year", "1399"), "سال ۱۳۹۹"),
    (Period(140401, 140409, "partial", "1404-01..1404-09"), "۹ ماهه نخست ۱۴۰۴"),
    (Period(139901, 139908, "partial", "1399-01..1399-08"), "فروردین تا آبان ۱۳۹۹"),
    (Period(139908, 139908, "point", "1399-08-11"), "تا ۱۱ آبان ۱۳۹۹"),
    (Period(140101, 140312, "years", "1401..1403"), "سال‌های ۱۴۰۱ تا ۱۴۰۳"),
])
def test_periods_in_words(period, expected):
    """Periods read the way people say them."""
    assert period_words(period) == expected


def test_jalali_date():
    """Release dates in words."""
    assert jalali_date("1400-04-03") == "۳ تیر ۱۴۰۰"
