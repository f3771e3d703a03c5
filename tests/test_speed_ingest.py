"""Bulk ingest made faster (issue 15) reads releases exactly as before: places picked from an index of their
spellings, sentences normalised once."""
import re
from pathlib import Path

import pytest

from bot.extract import periods, places
from bot.extract.periods import find_periods
from bot.extract.places import find_regions, find_scopes
from bot.ingest import extract_named
from bot.lang.regions import PROVINCES
from bot.release import decode, parse_release
from bot.text.literals import required_text
from bot.text.normalize import normalize


@pytest.mark.parametrize(("sentence", "question", "places"), [
    ("در شهرک صنعتی شکوهیه قم ۱۰ واحد", False, ["شکوهیه", "قم"]),
    ("استان‌های بوشهر، یزد و فارس", False, ["بوشهر", "یزد", "فارس"]),  # «فارس» needs «استان» but the list gives it
    ("فارس پارسال چند واحد احیا کرد", True, ["فارس"]),
    ("فارس پارسال چند واحد احیا کرد", False, []),
    ("در شهر نور و بافت", False, ["نور"]),  # «بافت» is also a word: a place only after «شهر …»
    ("در تبریز و استان مرکزی", False, ["تبریز", "مرکزی"]),
    ("در این سال ۱۲ واحد احیا شد", False, []),
])
def test_regions_are_found_by_their_spellings(sentence: str, question: bool, places: list[str]) -> None:
    assert [m.value for m in find_regions(sentence, question)] == places


@pytest.mark.parametrize("sentence", [
    "در شهرک صنعتی شکوهیه قم ۱۰ واحد",
    "آذربایجان شرقی و آذربایجان\u200cشرقی و آذربایجان‌غربی",  # a space and a half-space spell one name
    "کهگیلویه و بویراحمد، سیستان و بلوچستان",
    "تهرانی‌ها در اصفهان‌شهر و قمصر",  # names inside words: they take their letters from the names after them
    "شهرکهای صنعتی استان‌های بوشهر، یزد و فارس",
    "",
])
def test_the_spellings_of_a_sentence_are_those_one_pattern_of_them_all_finds(sentence: str) -> None:
    """Trying at each position only the spellings that start with its letters finds exactly what one
    alternation of every spelling finds, matches inside words and overlaps included."""
    spellings = [w for forms in PROVINCES.values() for w in forms] + list(places.gazetteer())
    one_pattern = re.compile(places._forms(spellings))
    expected = {m.group().replace("\u200c", " ") for m in one_pattern.finditer(sentence)}
    assert places._spellings_named(sentence, "regions") == expected


def test_scopes_are_found_by_their_spellings() -> None:
    assert [m.value for m in find_scopes("واحدهای شهرک‌های دولتی و غیردولتی")] == ["دولتی", "غیردولتی"]


SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def test_a_measure_is_named_from_its_sentence_as_stored() -> None:
    """Naming reads the sentence extraction read (normalised once), not a second normalisation of it, which
    for the seed's sentence would join «برنامه‌ریزی شده» into one word."""
    facts = extract_named(parse_release(decode(SEED.read_bytes()))).facts
    planned = next(f for f in facts if f.amount_text == "1500 واحد")
    assert normalize(planned.sentence) != planned.sentence
    assert planned.measure == "برنامه‌ریزی"


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"(?:(?:تا|در) )?پایان (?:سال )?(?P<y>\d+)", ("پایان ",)),  # the longest plain run, after an optional group
    (r"(?:سفر|نشست) (?:دی|بهمن)", ("سفر", "نشست")),  # any branch of an alternation
    (r"(?<=در )\d{4}", ("در ",)),  # a look-behind's text must be there too
    (r"(?<!از )\d+ ماه", (" ماه",)),  # a negative look-around needs nothing
    (r"(?:ماه)+|(?:سال){2,}", ("ماه", "سال")),  # repeated at least once
    (r"(?:گذشته|)\d+", None),  # a branch that may be empty: nothing is needed
    (r"\d+(?:[.,]\d+)?", None),
    (r"(?i)abc", None),  # a pattern read without case is not understood: always run
])
def test_the_text_a_pattern_cannot_match_without(pattern: str, needs: tuple[str, ...] | None) -> None:
    """The plain text named for a pattern is text every match needs, or nothing when none can be named."""
    assert required_text(re.compile(pattern)) == needs


@pytest.mark.parametrize("release", [True, False])
@pytest.mark.parametrize("sentence", [
    "از ابتدای سال تا پایان آذر ۱۴۰۰ بیش از ۳۵۰ واحد احیا شد",
    "در سفر رئیس‌جمهور در دی ماه ۱۰ طرح افتتاح شد",
    "در هفته دولت امسال و در ۵ سال آینده",
    "سه ماهه دوم سال ۹۸ نسبت به مدت مشابه سال قبل",
    "تابستان ۹۸ تعداد ۳۳۰ واحد و در ۱۴۰۲ و تا کنون",
    "این ماه و ماه گذشته و دو ماه اخیر، نیمه نخست امسال",
    "در آذرماه اعلام کرد که در پایان سال ۹۶ و امروز",
])
def test_periods_found_with_the_quick_test_are_those_found_without(monkeypatch, sentence: str, release: bool) -> None:
    """Skipping the patterns whose text a sentence lacks finds exactly the periods running them all finds."""
    quick = find_periods(sentence, (1400, 9, 15), release=release)
    for name in ("_RELEASE_CHECKED", "_QUESTION_CHECKED"):
        monkeypatch.setattr(periods, name, [(kind, p, None) for kind, p, _ in getattr(periods, name)])
    assert quick == find_periods(sentence, (1400, 9, 15), release=release) and quick
