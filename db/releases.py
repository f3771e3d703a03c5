"""Releases and what was extracted from them: storing and looking up."""
import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable

import aiosqlite

from bot.extract.model import Extraction, Fact, Period
from bot.records import Source, StoredFact, StoredList, StoredPerson
from bot.release import Release
from db import topics
from db.connection import Database
from db.rows import new_id, one

INDEXED_WEIGHT = 0.3  # context words lighter than this are kept with the fact but not indexed
POSTINGS_PER_TERM = 500  # the latest facts carrying a term that one look-up reads


class ReleaseExists(Exception):
    """The same text is stored already."""

    def __init__(self, release_id: int) -> None:
        super().__init__(f"release {release_id} exists")
        self.release_id = release_id


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


async def insert_releases(db: Database, items: list[tuple[Release, Extraction]]) -> list[int | Exception]:
    """Store many releases in one transaction (bulk loads), each whole or not at all: per release its id,
    ReleaseExists when the same text is stored already (or earlier in the batch), or the database error that
    kept it out (its savepoint rolled back, the others kept)."""
    try:
        return await _insert_many(db, items)
    finally:
        db.facts_changed()


async def _insert_many(db: Database, items: list[tuple[Release, Extraction]]) -> list[int | Exception]:
    async with db.atomic() as conn:
        stored = await _ids_by_hash(conn, [release.content_hash for release, _ in items])
        results: list[int | Exception] = []
        for release, extraction in items:
            if release.content_hash in stored:
                results.append(ReleaseExists(stored[release.content_hash]))
                continue
            await conn.execute("SAVEPOINT one_release")
            try:
                stored[release.content_hash] = await insert_release_rows(conn, release, extraction)
            except sqlite3.Error as err:
                await conn.execute("ROLLBACK TO one_release")
                results.append(err)
            else:
                results.append(stored[release.content_hash])
            await conn.execute("RELEASE one_release")
    return results


async def _ids_by_hash(conn: aiosqlite.Connection, hashes: list[str]) -> dict[str, int]:
    sql = f"SELECT content_hash, id FROM releases WHERE content_hash IN ({','.join('?' * len(hashes))})"
    async with conn.execute(sql, hashes) as cur:
        return {row[0]: row[1] async for row in cur}


async def insert_release_rows(conn: aiosqlite.Connection, release: Release, extraction: Extraction) -> int:
    """The rows of one release, inside a transaction the caller holds: a handful of statements whatever
    its size (fact ids are given here, as SQLite would give them), term counts and topic coverage included."""
    cur = await conn.execute(
        "INSERT INTO releases(content_hash, date, date_key, title, body) VALUES (?, ?, ?, ?, ?)",
        (release.content_hash, release.date, release.date_key, release.title, release.body))
    release_id = new_id(cur)
    async with conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM facts") as cur:
        first_id = one(await cur.fetchone())[0]
    await conn.executemany(_INSERT_FACT, [_fact_row(first_id + i, release_id, f)
                                          for i, f in enumerate(extraction.facts)])
    postings = [(i, t, w) for i, f in enumerate(extraction.facts) for t, w in f.terms.items() if w >= INDEXED_WEIGHT]
    await conn.executemany("INSERT INTO fact_terms(term, date_key, fact_id, weight) VALUES (?, ?, ?, ?)",
                           [(t, release.date_key, first_id + i, w) for i, t, w in postings])
    await conn.executemany("INSERT INTO term_counts(term, facts, first_fact) VALUES (?, ?, ?)"
                           " ON CONFLICT DO UPDATE SET facts = facts + excluded.facts",
                           [(t, n, first_id) for t, n in Counter(t for _, t, _ in postings).items()])
    await topics.add_coverage(conn, topics.coverage_rows(extraction.facts, postings))
    await conn.executemany(
        "INSERT INTO lists(release_id, head, items, sentence, terms) VALUES (?, ?, ?, ?, ?)",
        [(release_id, x.head, json.dumps(x.items, ensure_ascii=False), x.sentence,
          json.dumps(x.terms, ensure_ascii=False)) for x in extraction.lists])
    await conn.executemany(
        "INSERT INTO people(release_id, name, role, sentence, terms) VALUES (?, ?, ?, ?, ?)",
        [(release_id, x.name, x.role, x.sentence, json.dumps(x.terms, ensure_ascii=False))
         for x in extraction.people])
    return release_id


_INSERT_FACT = ("INSERT INTO facts(id, release_id, value, value_max, unit, kind, noun, qualifier, period_start,"
                " period_end, period_kind, period_label, region, scope, is_target, sentence, amount_text, terms, place)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _fact_row(fact_id: int, release_id: int, fact: Fact) -> tuple:
    p = fact.period
    return (fact_id, release_id, fact.value, fact.value_max, fact.unit, fact.kind, fact.noun, fact.qualifier,
            p and p.start, p and p.end, p and p.kind, p and p.label, fact.region, fact.scope, int(fact.is_target),
            fact.sentence, fact.amount_text, _packed_terms(fact.terms), fact.place)


def _packed_terms(terms: dict[str, float]) -> bytes:
    """A fact's words and weights, compressed: the largest part of a stored fact (older rows hold plain JSON)."""
    return zlib.compress(json.dumps(terms, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


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
        terms=_terms(row["terms"]), place=row["place"], source=_source(row))


def _terms(raw: str | bytes) -> dict[str, float]:
    return json.loads(zlib.decompress(raw) if isinstance(raw, bytes) else raw)


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
    return await term_counts(db, {t for row in rows for t, w in _terms(row[0]).items() if w >= INDEXED_WEIGHT})


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
