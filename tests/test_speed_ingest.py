"""Bulk ingest made faster (issue 15) reads releases exactly as before: places picked from an index of their
spellings, sentences normalised once."""
import re
import sqlite3
from pathlib import Path

import pytest

from bot import ingest
from bot.extract import periods, places
from bot.extract.periods import find_periods
from bot.extract.places import find_regions, find_scopes
from bot.ingest import extract_named, open_database
from bot.lang.regions import PROVINCES
from bot.release import decode, parse_release
from bot.text import resources
from bot.text.literals import required_text
from bot.text.normalize import normalize
from db import release_rows
from tests.conftest import DEV_CORPUS, EXTRA_CORPUS


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


_TABLES = {"releases": ("content_hash, date, date_key, title, body", "content_hash"), "facts": ("*", "id"),
           "fact_terms": ("*", "term, date_key, fact_id"), "term_counts": ("*", "term"),
           "topic_coverage": ("*", "unit, aspect, value, weight"), "lists": ("*", "id"), "people": ("*", "id")}


async def _stored_rows(db) -> dict[str, list[tuple]]:
    rows = {}
    for table, (columns, order) in _TABLES.items():
        sql = f"SELECT {columns} FROM {table} ORDER BY {order}"
        rows[table] = [tuple(row) for row in await db.conn.execute_fetchall(sql)]
    return rows


async def test_a_bulk_load_stores_what_storing_one_release_at_a_time_stores(tmp_path, monkeypatch) -> None:
    """Batches written in one call on the database thread store the same rows, term counts and topic coverage
    as storing each release in its own transaction."""
    monkeypatch.setattr(ingest, "BATCH", 3)
    files = [*DEV_CORPUS, *EXTRA_CORPUS]
    one_by_one, bulk = await open_database(tmp_path / "one.db"), await open_database(tmp_path / "bulk.db")
    for path in files:
        await ingest.ingest(one_by_one, parse_release(decode(path.read_bytes())))
    outcomes = [outcome async for _, outcome in ingest.ingest_files(bulk, list(map(str, files)))]
    assert all(isinstance(o, ingest.IngestResult) and not o.duplicate for o in outcomes)
    assert await _stored_rows(bulk) == await _stored_rows(one_by_one)
    await one_by_one.close()
    await bulk.close()


async def test_a_file_that_cannot_be_stored_leaves_nothing_and_costs_its_batch_nothing(tmp_path, monkeypatch) -> None:
    """In one batch: a file that is no text is refused, a release whose statistic the database rejects stores
    nothing of itself (no release, fact, term or count), the same text twice is a duplicate; the rest is stored."""
    real = ingest.extract_named

    def one_broken(release):
        extraction = real(release)
        if release.ref == (1399, 8, 11):
            extraction.facts[0].kind = None  # NOT NULL in the schema
        return extraction

    monkeypatch.setattr(ingest, "extract_named", one_broken)
    (tmp_path / "bin.txt").write_bytes(b"\x00")
    files = [str(DEV_CORPUS[1]), str(tmp_path / "bin.txt"), str(DEV_CORPUS[0]), str(DEV_CORPUS[2]), str(DEV_CORPUS[1])]
    db = await open_database(tmp_path / "b.db")
    before = await _stored_rows(db)
    outcomes = [outcome async for _, outcome in ingest.ingest_files(db, files)]
    kinds = [type(o).__name__ if not isinstance(o, ingest.IngestResult) else o.duplicate for o in outcomes]
    assert kinds == [False, "ReleaseError", "IntegrityError", False, True]
    after = await _stored_rows(db)
    assert len(after["releases"]) == len(before["releases"]) + 2
    broken = parse_release(decode(DEV_CORPUS[0].read_bytes()))
    assert all(row[0] != broken.content_hash for row in after["releases"])
    assert {row[-1] for row in after["facts"]} >= {row[-1] for row in before["facts"]}
    facts = await db.conn.execute_fetchall("SELECT COUNT(*) FROM facts f JOIN releases r ON r.id = f.release_id")
    assert facts[0][0] == len(after["facts"])  # no fact of the broken release left without its release
    counted = await db.conn.execute_fetchall("SELECT SUM(facts) FROM term_counts")
    assert counted[0][0] == len(after["fact_terms"])  # nor any of its terms counted
    await db.close()


async def _settings(db) -> list[int]:
    return [(await db.conn.execute_fetchall(f"PRAGMA {name}"))[0][0]
            for name in ("cache_size", "wal_autocheckpoint", "synchronous")]


async def test_a_bulk_load_gives_the_connection_back_as_it_found_it(tmp_path) -> None:
    """The larger page cache and the rarer checkpoints of a bulk load last only as long as the load, and it
    syncs to disk as often as any other write."""
    db = await open_database(tmp_path / "p.db")
    try:
        before, during = await _settings(db), []
        async for _ in ingest.ingest_files(db, [str(DEV_CORPUS[0])]):
            during = await _settings(db)
        assert during == [-65536, 10000, before[2]] and before != during
        assert await _settings(db) == before
    finally:
        await db.close()


@pytest.mark.parametrize("text", ["سلامممم به همه", "سلاممم را برسان", "سلامم را برسان", "خیلیییی خوب",
                                  "نمیدانم چه میگفت میز", "واحد صنعتی"])
@pytest.mark.parametrize("step", ["decrease_repeated_chars", "seperate_mi"])
def test_the_normaliser_skips_a_hazm_step_only_where_it_changes_nothing(text: str, step: str) -> None:
    """hazm's repeated-letter and «می» steps, run only on text that can need them, give hazm's own result."""
    ours = resources.normalizer()
    assert getattr(ours, step)(text) == getattr(resources.Normalizer.__mro__[1], step)(ours, text)


async def test_a_batch_whose_counts_cannot_be_added_stores_none_of_its_releases(tmp_path, monkeypatch) -> None:
    """The term counts and topic coverage of a batch are added once at its end: if that fails, every release
    the batch stored (and its duplicate) reports the error and nothing of them is left."""
    def full_disk(self, conn):
        raise sqlite3.OperationalError("database or disk is full")

    db = await open_database(tmp_path / "c.db")
    try:
        before = await _stored_rows(db)
        monkeypatch.setattr(release_rows._BatchEnd, "write", full_disk)
        files = [str(DEV_CORPUS[0]), str(DEV_CORPUS[1]), str(DEV_CORPUS[0])]
        outcomes = [outcome async for _, outcome in ingest.ingest_files(db, files)]
        assert [str(o) for o in outcomes] == ["database or disk is full"] * 3
        assert await _stored_rows(db) == before
    finally:
        await db.close()
