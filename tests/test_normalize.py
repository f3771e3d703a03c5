"""One normalisation for releases and questions: letters, digits, half-spaces, idempotent."""
import json

import pytest

from bot.text import resources
from bot.text.normalize import normalize
from tests.conftest import DEV_CORPUS, EXTRA_CORPUS, ROOT


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


def _texts() -> list[str]:
    releases = [p.read_text(encoding="utf-8") for p in [*DEV_CORPUS, *EXTRA_CORPUS]]
    questions = [json.loads(line)["q"] for line in (ROOT / "tests" / "data" / "questions.jsonl").open(encoding="utf-8")]
    return [line for text in releases + questions for line in text.split("\n")]


def test_shared_tables_behave_as_hazms_own_objects():
    """The normaliser and lemmatiser built once on shared tables give hazm's own results, word for word."""
    import hazm

    own_normalizer, own_lemmatizer = hazm.Normalizer(persian_numbers=False), hazm.Lemmatizer()
    lines = _texts()
    assert [resources.normalizer().normalize(x) for x in lines] == [own_normalizer.normalize(x) for x in lines]
    words = sorted({w for x in lines for w in own_normalizer.normalize(x).split()} | {"گفته_شده_است", "دیده شدم"})
    assert [resources.lemmatizer().lemmatize(w) for w in words] == [own_lemmatizer.lemmatize(w) for w in words]
    assert resources.vocabulary() == own_lemmatizer.words.keys()


def test_hazm_tables_cached_on_disk_and_rebuilt_when_unreadable(tmp_path, monkeypatch):
    """The first process writes the tables, a later one reads the same; a damaged file reads as missing."""
    monkeypatch.setattr(resources, "CACHE_DIR", tmp_path)
    built = resources._read_cache() or resources._write_cache(resources._tables_from_hazm())
    assert resources._read_cache() == built and len(built["verb_forms"]) > 40_000
    resources._cache_path().write_text("{not json", encoding="utf-8")
    assert resources._read_cache() is None
