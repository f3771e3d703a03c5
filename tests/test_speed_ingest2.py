"""Bulk ingest made faster, second pass (issue 15): the cheaper ways of weighing context words, naming measures
and finding people give the same weights, names and people as before."""
import multiprocessing

import pytest

from bot import ingest
from bot.answer.measure import described
from bot.extract.context import OTHER_SEGMENT, SHARED_TAIL, blend, weigh
from bot.extract.facts import extract
from bot.extract.people import find_people
from bot.text import resources
from bot.text.normalize import fold_letters, normalize
from tests.conftest import DEV_CORPUS, EXTRA_CORPUS

# token 1 holds the number; token 10 is 9 tokens away in another segment: 1 / (1 + 0.5) × 0.5
_KEYS = [{"x"}, {"#n"}, {"x", "y"}, set(), set(), set(), set(), set(), set(), set(), {"z"}]


@pytest.mark.parametrize(("tail", "head", "expected"), [
    (None, 0, {"x": 1.0, "#n": 1.0, "y": 1.0, "z": 0.333}),
    (10, 0, {"x": 1.0, "#n": 1.0, "y": 1.0, "z": SHARED_TAIL}),
    (None, 11, {"x": 1.0, "#n": 1.0, "y": 1.0, "z": SHARED_TAIL}),
])
def test_weigh_keeps_each_words_best_weight_rounded(tail: int | None, head: int, expected: dict) -> None:
    """A word's weight is its closest occurrence's, rounded to 3 places; the shared tail or head lifts it."""
    terms = weigh(_KEYS, (0, 3), (1, 2), tail, head)
    assert terms == expected
    assert list(terms) == list(expected)  # in the order the sentence says them: the stored order


def test_weigh_far_word_of_own_segment() -> None:
    """Six tokens away in its own segment a word weighs 1 / 1.2, rounded; from a title (no anchor) half of 1 / 1.3."""
    keys = [{"a"}, set(), set(), set(), set(), set(), {"b"}]
    assert weigh(keys, (0, 7), (0, 1)) == {"a": 1.0, "b": 0.833}
    assert weigh(keys, (0, 0), (0, 0)) == {"a": round(OTHER_SEGMENT, 3), "b": 0.385}


@pytest.mark.parametrize(("extra", "factor", "expected"), [
    ({"a": 1.0}, 0.5, {"a": 0.8, "b": 0.3}),                  # weaker: the closer weight stays
    ({"b": 1.0}, 0.7, {"a": 0.8, "b": 0.7}),                  # stronger: replaces it
    ({"c": 0.5}, 0.15, {"a": 0.8, "b": 0.3, "c": 0.075}),     # new: added, rounded
    ({"c": 0.3333}, 1.0, {"a": 0.8, "b": 0.3, "c": 0.333}),
    ({"c": 0.0}, 1.0, {"a": 0.8, "b": 0.3, "c": 0.0}),        # a word weighing nothing is still kept
])
def test_blend_adds_weaker_context_without_overriding(extra: dict, factor: float, expected: dict) -> None:
    """Blending keeps the stronger of the two weights of a word, rounded to 3 places, and adds new words."""
    assert blend({"a": 0.8, "b": 0.3}, extra, factor) == expected


@pytest.mark.parametrize(("body", "named"), [
    ("در سال ۱۴۰۲ تعداد ۱۲۰ واحد راکد به چرخه تولید بازگشت.", ["راکد به چرخه تولید بازگشت"]),
    ("سرمایه‌گذاری در شهرک‌های صنعتی استان فارس به ۳۰۰ میلیارد ریال رسید.", ["سرمایه‌گذاری"]),
    ("امسال ۱۵ واحد صنعتی افتتاح می‌شود.", ["صنعتی افتتاح"]),  # the verb «می‌شود» names nothing
    ("ظرفیت تصفیه‌خانه‌ها به ۲۰۰ هزار مترمکعب رسید.", [""]),  # no concept close enough: nothing said
])
def test_measure_named_in_the_releases_own_words(body: str, named: list[str]) -> None:
    """Each fact's measure is named by the concepts next to its number, in the sentence's words."""
    assert [described(f) for f in extract(body, "خبر", (1403, 5, 1)).facts] == named


@pytest.mark.parametrize(("sentences", "people"), [
    (["حمیدرضا امانی مدیرعامل شرکت شهرک‌های صنعتی استان گفت: ۱۲ واحد احیا شد."],
     [("حمیدرضا امانی", "مدیرعامل شرکت شهرک‌های صنعتی استان فارس")]),
    (["سید مرتضی نیرومند اسکویی، مدیرعامل شرکت شهرک‌های صنعتی آذربایجان شرقی گفت: امسال ۵ شهرک افتتاح شد."],
     [("سید مرتضی نیرومند اسکویی", "مدیرعامل شرکت شهرک‌های صنعتی آذربایجان شرقی")]),
    (["مدیرعامل شرکت شهرک‌های صنعتی استان اعلام کرد: ۱۰ واحد راه افتاد.", "به گفته کشاورز، ۲ شهرک افتتاح شد.",
      "علی کشاورز افزود: کار ادامه دارد."], [("علی کشاورز", "مدیرعامل شرکت شهرک‌های صنعتی استان فارس")]),
    (["امسال ۱۲ واحد احیا شد."], []),
])
def test_people_named_with_their_roles(sentences: list[str], people: list[tuple[str, str]]) -> None:
    """A role goes to the name beside it (with «سید» and a second surname word), else to the next speaker."""
    sentences = [normalize(s) for s in sentences]
    assert [(p.name, p.role) for p in find_people(sentences, ["فارس"] * len(sentences))] == people


async def _bulk_load(path, files: list[str]) -> list[tuple]:
    db = await ingest.open_database(path)
    try:
        outcomes = [(type(o).__name__, getattr(o, "release_id", None)) async for _, o in ingest.ingest_files(db, files)]
        facts = await db.conn.execute_fetchall("SELECT * FROM facts ORDER BY id")
        people = await db.conn.execute_fetchall("SELECT * FROM people ORDER BY id")
        return [*outcomes, *map(tuple, facts), *map(tuple, people)]
    finally:
        await db.close()


async def test_forked_workers_store_what_one_process_stores_and_are_gone_after(tmp_path, monkeypatch) -> None:
    """A bulk load whose first chunk is read here and the rest by forked worker processes stores the same
    facts and people, in the same order, as one process reading every file; no worker outlives the load."""
    files = [str(p) for p in [*DEV_CORPUS, *EXTRA_CORPUS, DEV_CORPUS[0]]]
    alone = await _bulk_load(tmp_path / "one.db", files)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    monkeypatch.setattr(ingest, "CHUNK", 2)
    assert await _bulk_load(tmp_path / "workers.db", files) == alone
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(("text", "normalised"), [
    ("كتاب علي", "کتاب علی"),            # Arabic letters: hazm's character table still applied
    ("ٹیم ۱۲ واحد", "تیم ۱۲ واحد"),
    ("شهرک‌های صنعتی استان", "شهرک‌های صنعتی استان"),  # nothing the table changes: the same text
    ("", ""),
])
def test_hazm_character_table_applied_only_to_text_that_needs_it(text: str, normalised: str) -> None:
    """The normaliser looks for a character hazm's table changes before translating the text through it."""
    assert resources.normalizer().normalize(text) == normalised


@pytest.mark.parametrize("text", [
    "سلام   دنیا", "به طول ۹متر و عرض۶", "کاروان‌‌سرا", "‌سلام‌ به ‌همه‌", "سلام دنیـــا", ' "سلام به همه"   ', "",
    "جمعهها که کار نمی کنم مطالعه می کنم", "خانه ی ما", "بزرگ تر ین شهرک", "اخلال گر", "کتاب ها", "رفته ام",
    "x\n\n\n\ny", "واحد\u200c صنعتی", "واحد \u200cصنعتی", "شهرک\u200c\u200cها", "\u200cسلام", "(تولید )", "« واحد »",
])
def test_spacing_patterns_skipped_only_where_they_change_nothing(text: str) -> None:
    """hazm's spacing step, each pattern run only on text holding what it needs, gives hazm's own result."""
    ours = resources.normalizer()
    assert ours.correct_spacing(text) == resources.Normalizer.__mro__[1].correct_spacing(ours, text)


@pytest.mark.parametrize(("text", "folded"), [
    ("علي كريمي ۱۴۰۲", "علی کریمی 1402"),          # Arabic letters, Persian digits
    ("سال ١٤٠٢ و\u200fشهرك", "سال 1402 وشهرک"),  # Arabic-Indic digits; a direction mark dropped
    ("واحد\u00a0صنعتی\u200b", "واحد صنعتی"),      # a no-break space is a space; a zero-width space dropped
    ("تولیـــد", "تولید"),                          # tatweel
    ("plain ascii 12", "plain ascii 12"),
    ("", ""),
])
def test_letters_folded_run_by_run(text: str, folded: str) -> None:
    """Folding translates only the runs of characters its table changes: the same text as translating it all."""
    assert fold_letters(text) == folded
