"""Releases and what was extracted from them: storing and looking up."""
import json
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from functools import partial

import aiosqlite

from bot.extract.model import Extraction, Period
from bot.records import Source, StoredFact, StoredList, StoredPerson
from bot.release import Release
from db.connection import Database, on_db_thread
from db.packed_terms import unpack
from db.release_rows import INDEXED_WEIGHT, ReleaseExists, release_rows, write_batch, write_release
from db.rows import one

POSTINGS_PER_TERM = 500  # the latest facts carrying a term that one look-up reads
# A bulk load's connection settings: the pages of the term index it keeps writing stay in memory, the
# write-ahead log is copied into the database every 40 MB instead of every 4 MB, and the copies of the pages a
# release changes inside its savepoint (a sub-journal: one release's pages at most) are kept in memory, not in a
# temporary file (0.14 -> 0.08 ms a release for its facts at 100,000).
BULK_LOAD_PRAGMAS = {"cache_size": -65536, "wal_autocheckpoint": 10000, "temp_store": 2}


async def _first(db: Database, sql: str, params: tuple = ()) -> aiosqlite.Row | None:
    """The first row in one round trip to the database thread (execute, fetch and close would be three)."""
    rows = list(await db.conn.execute_fetchall(sql, params))
    return rows[0] if rows else None


async def _scalar(db: Database, sql: str) -> int:
    """The single value of an aggregate query."""
    return int(one(await _first(db, sql))[0])


async def release_id_by_hash(db: Database, content_hash: str) -> int | None:
    row = await _first(db, "SELECT id FROM releases WHERE content_hash = ?", (content_hash,))
    return row[0] if row else None


async def insert_release(db: Database, release: Release, extraction: Extraction) -> int:
    """Store a release and everything extracted from it in one transaction."""
    existing = await release_id_by_hash(db, release.content_hash)
    if existing is not None:
        raise ReleaseExists(existing)
    try:
        async with db.atomic() as conn:
            return await insert_release_rows(conn, release, extraction)
    finally:
        db.facts_changed()


@asynccontextmanager
async def bulk_load(db: Database) -> AsyncIterator[None]:
    """Settings for storing many releases (BULK_LOAD_PRAGMAS), restored afterwards. Durability is the same as
    always (synchronous stays NORMAL): a load that stops half-way keeps every batch it committed."""
    before = {name: one(await _first(db, f"PRAGMA {name}"))[0] for name in BULK_LOAD_PRAGMAS}
    for name, value in BULK_LOAD_PRAGMAS.items():
        await db.conn.execute(f"PRAGMA {name}={int(value)}")
    try:
        yield
    finally:
        for name, value in before.items():
            await db.conn.execute(f"PRAGMA {name}={int(value)}")


async def insert_releases(db: Database, items: list[tuple[Release, Extraction]]) -> list[int | Exception]:
    """Store many releases in one transaction (bulk loads), each whole or not at all: per release its id,
    ReleaseExists when the same text is stored already (or earlier in the batch), or the database error that
    kept it out (its savepoint rolled back, the others kept). The batch is written in one round trip."""
    batch = [release_rows(release, extraction) for release, extraction in items]
    try:
        async with db.atomic() as conn:
            return await on_db_thread(conn, partial(write_batch, batch=batch))
    finally:
        db.facts_changed()


async def insert_release_rows(conn: aiosqlite.Connection, release: Release, extraction: Extraction) -> int:
    """The rows of one release, inside a transaction the caller holds, written in one round trip to the
    database thread (term counts and topic coverage included)."""
    return await on_db_thread(conn, partial(write_release, rows=release_rows(release, extraction)))


_FACT_COLUMNS = ("f.id, f.value, f.value_max, f.unit, f.kind, f.noun, f.qualifier, f.period_start, f.period_end,"
                 " f.period_kind, f.period_label, f.region, f.scope, f.is_target, f.sentence, f.amount_text,"
                 " f.terms, f.place, r.id AS release_id, r.date, r.title")


def _source(row: aiosqlite.Row) -> Source:
    return Source(row["release_id"], row["date"], row["title"])


def _fact(row: aiosqlite.Row) -> StoredFact:
    period = None
    if row["period_start"] is not None:
        period = Period(row["period_start"], row["period_end"], row["period_kind"], row["period_label"])
    return StoredFact(
        id=row["id"], value=row["value"], value_max=row["value_max"], unit=row["unit"], kind=row["kind"],
        noun=row["noun"], qualifier=row["qualifier"], period=period, region=row["region"], scope=row["scope"],
        is_target=bool(row["is_target"]), sentence=row["sentence"], amount_text=row["amount_text"],
        terms=unpack(row["terms"]), place=row["place"], source=_source(row))


async def fact_ids_with_terms(db: Database, terms: Iterable[str], until: int, kinds: tuple[str, ...] = (),
                              limit: int = 80, since: int = 0) -> list[int]:
    """The ids of facts of releases dated on or before `until` (YYYYMMDD) that carry the terms, best-carrying
    first, optionally only of some kinds of quantity. Ranked from the term index alone (their kind read from a
    covering index): no fact's row is read, so the caller reads only the rows it does not hold already."""
    terms = list(dict.fromkeys(terms))
    if not terms:
        return []
    postings = " UNION ALL ".join(
        "SELECT * FROM (SELECT fact_id, weight, date_key FROM fact_terms WHERE term = ? AND date_key BETWEEN ? AND ?"
        " ORDER BY date_key DESC LIMIT ?)" for _ in terms)
    kind_join = (f" JOIN facts k INDEXED BY facts_kind_by_id ON k.id = p.fact_id"
                 f" AND k.kind IN ({','.join('?' * len(kinds))})") if kinds else ""
    if len(terms) == 1:  # a fact carries a term once: its fit is that posting's weight, nothing to add up
        sql = (f"SELECT p.fact_id FROM ({postings}) p{kind_join}"
               " ORDER BY p.weight DESC, p.date_key DESC, p.fact_id LIMIT ?")
    else:
        sql = (f"SELECT p.fact_id, SUM(p.weight) AS fit, MAX(p.date_key) AS date_key FROM ({postings}) p{kind_join}"
               " GROUP BY p.fact_id ORDER BY fit DESC, date_key DESC, p.fact_id LIMIT ?")
    params = [p for term in terms for p in (term, since, until, POSTINGS_PER_TERM)]
    return [row[0] for row in await db.conn.execute_fetchall(sql, (*params, *kinds, limit))]


async def term_counts(db: Database, terms: Iterable[str]) -> dict[str, int]:
    """How many facts carry each term (in the index; counted as releases are stored): rare terms say more."""
    terms = list(dict.fromkeys(terms))
    if not terms:
        return {}
    marks = ",".join("?" * len(terms))
    sql = f"SELECT term, facts FROM term_counts WHERE term IN ({marks})"
    return {row[0]: row[1] for row in await db.conn.execute_fetchall(sql, terms)}


async def facts_with_value(db: Database, value: float, until: int) -> list[StoredFact]:
    sql = (f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id"
           " WHERE f.value BETWEEN ? AND ? AND r.date_key <= ? ORDER BY r.date_key DESC LIMIT 50")
    return [_fact(row) for row in await db.conn.execute_fetchall(sql, (value * 0.9995, value * 1.0005, until))]


async def lists_until(db: Database, until: int) -> list[StoredList]:
    sql = ("SELECT l.*, r.id AS release_id, r.date, r.title FROM lists l JOIN releases r ON r.id = l.release_id"
           " WHERE r.date_key <= ? ORDER BY r.date_key DESC LIMIT 200")
    return [StoredList(row["id"], row["head"], json.loads(row["items"]), row["sentence"], json.loads(row["terms"]),
                       _source(row)) for row in await db.conn.execute_fetchall(sql, (until,))]


async def people_until(db: Database, until: int) -> list[StoredPerson]:
    sql = ("SELECT p.*, r.id AS release_id, r.date, r.title FROM people p JOIN releases r ON r.id = p.release_id"
           " WHERE r.date_key <= ? ORDER BY r.date_key DESC LIMIT 200")
    return [StoredPerson(row["id"], row["name"], row["role"], row["sentence"], json.loads(row["terms"]),
                         _source(row)) for row in await db.conn.execute_fetchall(sql, (until,))]


async def latest_releases(db: Database, until: int, limit: int = 5) -> list[Source]:
    sql = ("SELECT id AS release_id, date, title FROM releases WHERE date_key <= ?"
           " ORDER BY date_key DESC, id DESC LIMIT ?")
    return [_source(row) for row in await db.conn.execute_fetchall(sql, (until, limit))]


async def release_text(db: Database, release_id: int) -> tuple[Source, str] | None:
    sql = "SELECT id AS release_id, date, title, body FROM releases WHERE id = ?"
    row = await _first(db, sql, (release_id,))
    return (_source(row), row["body"]) if row else None


async def count_releases(db: Database) -> int:
    return await _scalar(db, "SELECT COUNT(*) FROM releases")


async def fact_by_id(db: Database, fact_id: int) -> StoredFact | None:
    sql = f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id WHERE f.id = ?"
    row = await _first(db, sql, (fact_id,))
    return _fact(row) if row else None


async def facts_by_ids(db: Database, fact_ids: list[int]) -> list[StoredFact]:
    """The facts with these ids, in the order given; facts that no longer exist are left out."""
    marks = ",".join("?" * len(fact_ids))
    sql = f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id WHERE f.id IN ({marks})"
    found = {row["id"]: _fact(row) for row in await db.conn.execute_fetchall(sql, fact_ids)}
    return [found[i] for i in fact_ids if i in found]


async def count_facts(db: Database) -> int:
    """Read from the per-unit totals kept at insert: counting a million rows takes a noticeable while."""
    return await _scalar(db, "SELECT COALESCE(SUM(count), 0) FROM topic_coverage WHERE aspect = 'facts'")


async def facts_version(db: Database) -> int:
    """Changes whenever facts are added: the largest fact id (a constant-time look-up)."""
    return await _scalar(db, "SELECT COALESCE(MAX(id), 0) FROM facts")


async def known_terms(db: Database, after_fact: int = 0) -> set[str]:
    """Every matching key stored with some fact; with `after_fact` (a facts_version), only the keys first
    stored since, so a speller can learn a new release's words without reading every word again."""
    sql = "SELECT term FROM term_counts WHERE first_fact > ?"
    return {row[0] for row in await db.conn.execute_fetchall(sql, (after_fact,))}


async def term_counts_since(db: Database, after_fact: int) -> dict[str, int]:
    """How many facts carry each term that the facts stored after `after_fact` (a facts_version) carry in the
    index, counted now: everything storing them changed in the term counts, read without reading them all."""
    rows = await db.conn.execute_fetchall("SELECT terms FROM facts WHERE id > ?", (after_fact,))
    return await term_counts(db, {t for row in rows for t, w in unpack(row[0]).items() if w >= INDEXED_WEIGHT})


async def known_term_counts(db: Database) -> dict[str, int]:
    """Every matching key stored with some fact, with how many facts carry it: a speller's weights."""
    return {row[0]: row[1] for row in await db.conn.execute_fetchall("SELECT term, facts FROM term_counts")}


async def all_facts(db: Database) -> list[StoredFact]:
    """Every stored statistic, oldest release first: for exports."""
    sql = f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id ORDER BY r.date_key, f.id"
    async with db.conn.execute(sql) as cur:
        return [_fact(row) async for row in cur]


async def facts_of_release(db: Database, release_id: int) -> list[StoredFact]:
    """A release's statistics in the order the release gives them."""
    sql = f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id WHERE r.id = ? ORDER BY f.id"
    async with db.conn.execute(sql, (release_id,)) as cur:
        return [_fact(row) async for row in cur]
