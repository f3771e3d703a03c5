"""Storage: migrations apply once and roll back on failure; a release is stored whole or not at all."""
import sqlite3

import pytest

from bot.extract.facts import extract
from bot.extract.model import Extraction, Fact
from bot.release import parse_release
from db import releases
from db.connection import Database
from db.migrations import MIGRATIONS, apply_migrations
from db.topics import coverage_by_unit

BODY = "در سال گذشته ۱۵۵۷ واحد صنعتی راکد در شهرک‌های صنعتی کشور به چرخه تولید بازگشت."


async def test_migrations_apply_once(tmp_path):
    """Opening twice applies nothing the second time; WAL and foreign keys are on."""
    db = await Database.open(tmp_path / "m.db")
    assert await apply_migrations(db.conn) == []
    async with db.conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with db.conn.execute("SELECT COUNT(*) FROM schema_migrations") as cur:
        assert (await cur.fetchone())[0] == len(MIGRATIONS)
    await db.close()


async def test_failed_migration_rolls_back_and_stays_pending(tmp_path, monkeypatch):
    """A broken step leaves no half-made table and is tried again next time."""
    db = await Database.open(tmp_path / "m.db")
    monkeypatch.setattr("db.migrations.MIGRATIONS", [*MIGRATIONS, ("999_broken", "CREATE TABLE t (x); SELEC oops")])
    with pytest.raises(Exception, match="syntax"):
        await apply_migrations(db.conn)
    async with db.conn.execute("SELECT name FROM sqlite_master WHERE name = 't'") as cur:
        assert await cur.fetchone() is None
    async with db.conn.execute("SELECT COUNT(*) FROM schema_migrations WHERE name = '999_broken'") as cur:
        assert (await cur.fetchone())[0] == 0
    await db.close()


async def test_release_stored_whole_or_not_at_all(tmp_path):
    """A fact that cannot be stored takes its release with it: nothing half-way."""
    db = await Database.open(tmp_path / "r.db")
    release = parse_release(BODY, date="1400-04-03")
    # kind is NOT NULL in the schema: this fact cannot be stored
    bad = Fact(value=1.0, value_max=None, unit="واحد", kind=None, noun=None, qualifier=None, period=None,
               region=None, scope=None, is_target=False, sentence=BODY, amount_text="1")
    with pytest.raises(Exception, match="NOT NULL"):
        await releases.insert_release(db, release, Extraction([bad], [], []))
    assert await releases.count_releases(db) == 0
    await db.close()


async def test_bulk_insert_keeps_the_good_releases_of_a_batch(tmp_path):
    """In one transaction of many releases, a release that cannot be stored leaves nothing of itself and
    the same text twice is found a duplicate; the others are stored."""
    db = await Database.open(tmp_path / "b.db")
    first, second = parse_release(BODY, date="1400-04-03"), parse_release(BODY + " دوباره", date="1400-04-04")
    good = extract(first.body, first.title, first.ref)
    bad = Fact(value=1.0, value_max=None, unit="واحد", kind=None, noun=None, qualifier=None, period=None,
               region=None, scope=None, is_target=False, sentence=BODY, amount_text="1")
    broken = parse_release(BODY + " سه", date="1400-04-05")
    results = await releases.insert_releases(db, [(first, good), (broken, Extraction([bad], [], [])),
                                                  (second, good), (first, good)])
    assert results[0] == 1 and isinstance(results[1], sqlite3.IntegrityError) and results[2] == 2
    assert isinstance(results[3], releases.ReleaseExists) and results[3].release_id == 1
    assert await releases.count_releases(db) == 2 and await releases.count_facts(db) == 2 * len(good.facts)
    await db.close()


async def test_term_counts_and_topic_coverage_kept_at_insert_match_a_recount(full_db):
    """What is added up as each release is stored equals counting the stored facts afresh."""
    recount = await full_db.conn.execute_fetchall("SELECT term, COUNT(*) FROM fact_terms GROUP BY term")
    assert await releases.term_counts(full_db, [t for t, _ in recount]) == dict(recount)
    kept = {c.unit: c for c in await coverage_by_unit(full_db, 0.8)}
    units = await full_db.conn.execute_fetchall(
        "SELECT unit, COUNT(*), COUNT(DISTINCT release_id) FROM facts GROUP BY unit")
    assert {u: (kept[u].facts, kept[u].releases) for u, _, _ in units} == {u: (f, r) for u, f, r in units}
    near = await full_db.conn.execute_fetchall(
        "SELECT f.unit, t.term, COUNT(*) FROM fact_terms t JOIN facts f ON f.id = t.fact_id"
        " WHERE t.term >= '#' AND t.term < '$' AND t.weight >= 0.8 GROUP BY f.unit, t.term")
    assert {(u, t): n for u, c in kept.items() for t, n in c.concepts.items()} == {(u, t): n for u, t, n in near}


async def test_migration_008_moves_postings_and_counts_what_is_stored(tmp_path, monkeypatch):
    """A database made before 008 keeps its postings and gets its term counts and topic coverage."""
    before = next(i for i, (name, _) in enumerate(MIGRATIONS) if name.startswith("008_"))
    monkeypatch.setattr("db.migrations.MIGRATIONS", MIGRATIONS[:before])
    db = await Database.open(tmp_path / "old.db")
    await db.conn.executescript(
        "INSERT INTO releases(id, content_hash, date, date_key, title, body) VALUES (1, 'h', '1400-04-03', 14000403,"
        " 't', 'b');"
        "INSERT INTO facts(id, release_id, value, unit, kind, period_start, period_end, region, sentence,"
        " amount_text, terms) VALUES (1, 1, 5, 'واحد', 'count', 139901, 140012, NULL, 's', '5', '{}');"
        "INSERT INTO fact_terms(term, fact_id, weight, date_key) VALUES ('#احیا', 1, 1.0, 14000403),"
        " ('واحد', 1, 0.5, 14000403);")
    monkeypatch.setattr("db.migrations.MIGRATIONS", MIGRATIONS)
    assert MIGRATIONS[before][0] in await apply_migrations(db.conn)
    assert await releases.term_counts(db, ["#احیا", "واحد"]) == {"#احیا": 1, "واحد": 1}
    assert await releases.known_terms(db) == {"#احیا", "واحد"} and await releases.known_terms(db, 1) == set()
    [unit] = await coverage_by_unit(db, 0.8)
    assert (unit.unit, unit.facts, unit.releases, unit.regions, unit.years, unit.concepts) == (
        "واحد", 1, 1, {None}, {1399, 1400}, {"#احیا": 1})
    await db.close()


async def test_fact_count_kept_at_insert_is_the_number_of_stored_facts(full_db):
    """The total read from the kept counts is what counting every row finds."""
    [(rows,)] = await full_db.conn.execute_fetchall("SELECT COUNT(*) FROM facts")
    assert await releases.count_facts(full_db) == rows > 100


async def test_known_terms_since_a_version_are_the_new_releases_words(seed_db):
    """Words first stored after a facts_version are exactly those no earlier fact carried."""
    before, version = await releases.known_terms(seed_db), await releases.facts_version(seed_db)
    release = parse_release(BODY + " در حوزه نساجی", date="1400-05-01")
    await releases.insert_release(seed_db, release, extract(release.body, release.title, release.ref))
    new = await releases.known_terms(seed_db, after_fact=version)
    assert new and new == await releases.known_terms(seed_db) - before


async def test_a_figure_keeps_its_city_beside_its_province(tmp_path):
    """«شهرک‌های صنعتی کاشان»: stored under the province Isfahan, with Kashan kept as the finer place."""
    db = await Database.open(tmp_path / "p.db")
    body = ("مدیر شهرک‌های صنعتی کاشان گفت: در سال ۱۴۰۴ تعداد ۸۶ واحد تولیدی در شهرک‌های صنعتی شهر کاشان"
            " به بهره‌برداری رسید.")
    release = parse_release(body, date="1405-02-10")
    stored = await releases.insert_release(db, release, extract(release.body, release.title, release.ref))
    [fact] = [f for f in await releases.facts_of_release(db, stored) if f.value == 86]
    assert (fact.region, fact.place) == ("اصفهان", "کاشان")
    await db.close()
