"""One normalisation for releases and questions: letters, digits, half-spaces, idempotent."""
import pytest

from bot.text.normalize import normalize


@pytest.mark.parametrize(("raw", "expected"), [
    ("شهركهاي صنعتي", "شهرک‌های صنعتی"),
    ("برنامهريزي", "برنامه‌ریزی"),
    ("استانها", "استان‌ها"),
    ("پيامهاي جداگانهاي", "پیام‌های جداگانه‌ای"),
    ("سرمايه گذاري", "سرمایه‌گذاری"),
    ("به بهره برداري رسيد", "به بهره‌برداری رسید"),
    ("۱۲۳ و ١٢٣ و 123", "123 و 123 و 123"),
    ("۴۶٫۵", "46.5"),
    ("۱٬۵۵۷", "1557"),
    ("۱۴هزار", "14 هزار"),
    ("احياء", "احیا"),
    ("مُدیرِعامل", "مدیرعامل"),
    ("صنـــعتی", "صنعتی"),
])
def test_normalize(raw, expected):
    """Arabic letters, three digit scripts, diacritics, tatweel and glued words come out standard."""
    assert normalize(raw) == expected


@pytest.mark.parametrize("text", [
    "علي رسوليان با ارسال پيامهاي جداگانهاي به رؤساي كل دادگستري استانها",
    "در ۹ ماهه ۱۴۰۴ حدود ۴۹ همت بوده که نسبت به رقم ۴۱ همت",
    "۱۴هزار و ۴۵۸ نفر، ۴۶٫۵ درصد و 1,557 واحد",
])
def test_normalize_is_idempotent(text):
    """Normalising twice changes nothing."""
    once = normalize(text)
    assert normalize(once) == once
