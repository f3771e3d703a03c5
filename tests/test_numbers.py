"""Every way releases write a number becomes the right value in base units."""
import pytest

from bot.extract.amounts import find_amounts
from bot.text.normalize import normalize
from bot.text.tokens import tokenize


def amounts(text: str) -> list[tuple]:
    norm = normalize(text)
    return [(a.value, a.value_max, a.unit) for a in find_amounts(norm, tokenize(norm), [])]


@pytest.mark.parametrize(("text", "expected"), [
    ("۱۵۵۷ واحد", [(1557, None, "واحد")]),
    ("1,557 واحد", [(1557, None, "واحد")]),
    ("۱٬۵۵۷ واحد", [(1557, None, "واحد")]),
    ("۴۶٫۵ درصد", [(46.5, None, "درصد")]),
    ("29.3 هزار نفر", [(29300, None, "نفر")]),
    ("۴۶ هزار میلیارد ریال", [(4.6e13, None, "ریال")]),
    ("۱۴هزار و ۴۵۸ نفر", [(14458, None, "نفر")]),
    ("212 هزارو 552 میلیارد ریال", [(212552e9, None, "ریال")]),
    ("سه میلیارد و200 میلیون ریال", [(3.2e9, None, "ریال")]),
    ("هزار و ۳۰۷ واحد", [(1307, None, "واحد")]),
    ("یک هزار و 18 نفر", [(1018, None, "نفر")]),
    ("سه‌هزار و ٣٠٠ هکتار", [(3300, None, "هکتار")]),
    ("بیست و شش هزار شغل", [(26000, None, "شغل")]),
    ("یکصد و بیست کارگاه", [(120, None, "کارگاه")]),
    ("یک و نیم میلیون لیتر", [(1.5e6, None, "لیتر")]),
    ("۵۰۰ تا ۷۰۰ میلیون ریال", [(5e8, 7e8, "ریال")]),
    ("۴۹ همت", [(4.9e14, None, "ریال")]),
    ("۱۲ میلیارد تومان", [(1.2e11, None, "ریال")]),
    ("۶۴۵میلیارد و ۱۸۱میلیون ريال", [(645181e6, None, "ریال")]),
    ("۵۷۶فقره جواز تاسیس", [(576, None, "فقره")]),
    ("۲۷هزار شغل", [(27000, None, "شغل")]),
    ("۱۲۰ لیتر بر ثانیه", [(120, None, "لیتر بر ثانیه")]),
    ("۱۵ هزار متر مربع", [(1.5, None, "هکتار")]),
    ("٣٥ فرصت شغلی", [(35, None, "شغل")]),
    ("۱۵۵۷ واحد و ۲۶ هزار نفر", [(1557, None, "واحد"), (26000, None, "نفر")]),
    ("رشد ۲۵ درصدی صادرات", [(25, None, "درصد")]),              # the adjective form of a unit
    ("سرمایه‌گذاری ۲.۵ میلیارد دلاری", [(2.5e9, None, "دلار")]),
    ("طرح ۵ هزار میلیارد تومانی", [(5e13, None, "ریال")]),
])
def test_number_forms(text, expected):
    """The value, the upper end of a range and the unit, as a person reads them."""
    assert amounts(text) == expected


@pytest.mark.parametrize("text", ["نه، این درست نیست", "ده روستا", "در سال ۱۴۰۰ و ۱۴۰۱"])
def test_words_that_only_look_like_numbers(text):
    """«نه» (no) and «ده» (village) without a multiplier or «و» are words, not amounts; years need periods."""
    norm = normalize(text)
    from bot.extract.periods import find_periods

    assert find_amounts(norm, tokenize(norm), list(find_periods(norm, (1404, 1, 1)))) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("تعداد شهرک‌ها به ۹۹۵ رسید", [(995, None, None)]),
    ("به ترتیب ۲۰۸، ۱۶۵ و ۱۵۰ میلیارد ریال",
     [(2.08e11, None, "ریال"), (1.65e11, None, "ریال"), (1.5e11, None, "ریال")]),
    ("برای یک واحد صنعتی", [(1, None, "واحد")]),
    ("یک پله بالاتر", []),
], ids=["a-verb-is-no-unit", "respectively-shares-the-scale", "one-unit", "one-step"])
def test_what_follows_a_number(text, expected):
    """A verb after a number counts nothing; «به ترتیب» lists share the scale; «یک» counts only countables."""
    assert amounts(text) == expected
