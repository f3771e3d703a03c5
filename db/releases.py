"""Releases and what was extracted from them: storing and looking up."""
import json
from collections.abc import Iterable
from functools import lru_cache

import aiosqlite

from bot.extract.model import Extraction, Period
from bot.records import Source, StoredFact, StoredList, StoredPerson
from bot.release import Release
from db.connection import Database

INDEXED_WEIGHT = 0.3  # context words lighter than this are kept with the fact but not indexed
POSTINGS_PER_TERM = 500  # the latest facts carrying a term that one look-up reads


class ReleaseExists(Exception):
    """The same text is stored already."""

    def __init__(self, release_id: int) -> None:
        super().__init__(f"release {release_id} exists")
        self.release_id = release_id


async def release_id_by_hash(db: Database, content_hash: str) -> int | None:
    async with db.conn.execute("SELECT id FROM releases WHERE content_hash = ?", (content_hash,)) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


async def insert_release(db: Database, release: Release, extraction: Extraction) -> int:
    """Store a release and everything extracted from it in one transaction."""
    existing = await release_id_by_hash(db, release.content_hash)
    if existing is not None:
        raise ReleaseExists(existing)
    async with db.atomic() as conn:
        return await insert_release_rows(conn, release, extraction)


async def insert_release_rows(conn: aiosqlite.Connection, release: Release, extraction: Extraction) -> int:
    """The rows of one release, inside a transaction the caller holds."""
    cur = await conn.execute(
        "INSERT INTO releases(content_hash, date, date_key, title, body) VALUES (?, ?, ?, ?, ?)",
        (release.content_hash, release.date, release.date_key, release.title, release.body))
    release_id = cur.lastrowid
    for fact in extraction.facts:
        p = fact.period
        cur = await conn.execute(
            "INSERT INTO facts(release_id, value, value_max, unit, kind, noun, qualifier, period_start,"
            " period_end, period_kind, period_label, region, scope, is_target, sentence, amount_text, terms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (release_id, fact.value, fact.value_max, fact.unit, fact.kind, fact.noun, fact.qualifier,
             p and p.start, p and p.end, p and p.kind, p and p.label, fact.region, fact.scope,
             int(fact.is_target), fact.sentence, fact.amount_text, json.dumps(fact.terms, ensure_ascii=False)))
        await conn.executemany(
            "INSERT INTO fact_terms(term, fact_id, weight, date_key) VALUES (?, ?, ?, ?)",
            [(t, cur.lastrowid, w, release.date_key) for t, w in fact.terms.items() if w >= INDEXED_WEIGHT])
    await conn.executemany(
        "INSERT INTO lists(release_id, head, items, sentence, terms) VALUES (?, ?, ?, ?, ?)",
        [(release_id, x.head, json.dumps(x.items, ensure_ascii=False), x.sentence,
          json.dumps(x.terms, ensure_ascii=False)) for x in extraction.lists])
    await conn.executemany(
        "INSERT INTO people(release_id, name, role, sentence, terms) VALUES (?, ?, ?, ?, ?)",
        [(release_id, x.name, x.role, x.sentence, json.dumps(x.terms, ensure_ascii=False))
         for x in extraction.people])
    return release_id


_FACT_COLUMNS = ("f.id, f.value, f.value_max, f.unit, f.kind, f.noun, f.qualifier, f.period_start, f.period_end,"
                 " f.period_kind, f.period_label, f.region, f.scope, f.is_target, f.sentence, f.amount_text,"
                 " f.terms, r.id AS release_id, r.date, r.title")


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
        terms=_terms(row["id"], row["terms"]), source=_source(row))


@lru_cache(maxsize=100_000)
def _terms(fact_id: int, raw: str) -> dict[str, float]:
    """Stored facts never change: their parsed words are kept (read-only) between questions."""
    return json.loads(raw)


async def facts_with_terms(db: Database, terms: Iterable[str], until: int, kinds: tuple[str, ...] = (),
                           limit: int = 80, since: int = 0) -> list[StoredFact]:
    """Facts of releases dated on or before `until` (YYYYMMDD) that carry the terms, best-carrying first,
    optionally only of some kinds of quantity. Uses the term index; never scans every fact."""
    terms = list(dict.fromkeys(terms))
    if not terms:
        return []
    postings = " UNION ALL ".join(
        "SELECT * FROM (SELECT fact_id, weight FROM fact_terms WHERE term = ? AND date_key BETWEEN ? AND ?"
        " ORDER BY date_key DESC LIMIT ?)" for _ in terms)
    kind_filter = f" WHERE f.kind IN ({','.join('?' * len(kinds))})" if kinds else ""
    sql = (f"SELECT {_FACT_COLUMNS} FROM (SELECT fact_id, SUM(weight) AS fit FROM ({postings}) GROUP BY fact_id) t"
           f" JOIN facts f ON f.id = t.fact_id JOIN releases r ON r.id = f.release_id{kind_filter}"
           " ORDER BY t.fit DESC, r.date_key DESC LIMIT ?")
    params = [p for term in terms for p in (term, since, until, POSTINGS_PER_TERM)]
    async with db.conn.execute(sql, (*params, *kinds, limit)) as cur:
        return [_fact(row) async for row in cur]


async def term_counts(db: Database, terms: Iterable[str]) -> dict[str, int]:
    """How many facts carry each term (in the index): rare terms say more."""
    terms = list(dict.fromkeys(terms))
    if not terms:
        return {}
    marks = ",".join("?" * len(terms))
    sql = f"SELECT term, COUNT(*) FROM fact_terms WHERE term IN ({marks}) GROUP BY term"
    async with db.conn.execute(sql, terms) as cur:
        return {row[0]: row[1] async for row in cur}


async def facts_with_value(db: Database, value: float, until: int) -> list[StoredFact]:
    sql = (f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id"
           " WHERE f.value BETWEEN ? AND ? AND r.date_key <= ? ORDER BY r.date_key DESC LIMIT 50")
    async with db.conn.execute(sql, (value * 0.9995, value * 1.0005, until)) as cur:
        return [_fact(row) async for row in cur]


async def lists_until(db: Database, until: int) -> list[StoredList]:
    sql = ("SELECT l.*, r.id AS release_id, r.date, r.title FROM lists l JOIN releases r ON r.id = l.release_id"
           " WHERE r.date_key <= ? ORDER BY r.date_key DESC LIMIT 200")
    async with db.conn.execute(sql, (until,)) as cur:
        return [StoredList(row["id"], row["head"], json.loads(row["items"]), row["sentence"],
                           json.loads(row["terms"]), _source(row)) async for row in cur]


async def people_until(db: Database, until: int) -> list[StoredPerson]:
    sql = ("SELECT p.*, r.id AS release_id, r.date, r.title FROM people p JOIN releases r ON r.id = p.release_id"
           " WHERE r.date_key <= ? ORDER BY r.date_key DESC LIMIT 200")
    async with db.conn.execute(sql, (until,)) as cur:
        return [StoredPerson(row["id"], row["name"], row["role"], row["sentence"], json.loads(row["terms"]),
                             _source(row)) async for row in cur]


async def latest_releases(db: Database, until: int, limit: int = 5) -> list[Source]:
    sql = ("SELECT id AS release_id, date, title FROM releases WHERE date_key <= ?"
           " ORDER BY date_key DESC, id DESC LIMIT ?")
    async with db.conn.execute(sql, (until, limit)) as cur:
        return [_source(row) async for row in cur]


async def release_text(db: Database, release_id: int) -> tuple[Source, str] | None:
    sql = "SELECT id AS release_id, date, title, body FROM releases WHERE id = ?"
    async with db.conn.execute(sql, (release_id,)) as cur:
        row = await cur.fetchone()
    return (_source(row), row["body"]) if row else None


async def count_releases(db: Database) -> int:
    async with db.conn.execute("SELECT COUNT(*) FROM releases") as cur:
        row = await cur.fetchone()
    return row[0]


async def fact_by_id(db: Database, fact_id: int) -> StoredFact | None:
    sql = f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id WHERE f.id = ?"
    async with db.conn.execute(sql, (fact_id,)) as cur:
        row = await cur.fetchone()
    return _fact(row) if row else None


async def facts_by_ids(db: Database, fact_ids: list[int]) -> list[StoredFact]:
    """The facts with these ids, in the order given; facts that no longer exist are left out."""
    marks = ",".join("?" * len(fact_ids))
    sql = f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id WHERE f.id IN ({marks})"
    async with db.conn.execute(sql, fact_ids) as cur:
        found = {row["id"]: _fact(row) async for row in cur}
    return [found[i] for i in fact_ids if i in found]


async def count_facts(db: Database) -> int:
    async with db.conn.execute("SELECT COUNT(*) FROM facts") as cur:
        row = await cur.fetchone()
    return row[0]


async def facts_version(db: Database) -> int:
    """Changes whenever facts are added: the largest fact id (a constant-time look-up)."""
    async with db.conn.execute("SELECT COALESCE(MAX(id), 0) FROM facts") as cur:
        row = await cur.fetchone()
    return row[0]


async def known_terms(db: Database) -> set[str]:
    """Every matching key stored with some fact."""
    async with db.conn.execute("SELECT DISTINCT term FROM fact_terms") as cur:
        return {row[0] async for row in cur}


async def all_facts(db: Database) -> list[StoredFact]:
    """Every stored statistic, oldest release first: for exports."""
    sql = f"SELECT {_FACT_COLUMNS} FROM facts f JOIN releases r ON r.id = f.release_id ORDER BY r.date_key, f.id"
    async with db.conn.execute(sql) as cur:
        return [_fact(row) async for row in cur]
