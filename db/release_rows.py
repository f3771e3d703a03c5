"""A release as the rows that store it: worked out before the database is touched, then written by one call on
the database connection's own thread.

Going through aiosqlite's queue costs the event loop a wake-up per statement; a release is a dozen
statements and a bulk load stores thousands of releases, so a release (or a batch of them) is written by one
plain function run on that thread (`db.connection.on_db_thread`). The rows are plain tuples worked out on the
event loop's thread (`db.releases.insert_releases`) from what the worker processes extracted: making them in the
workers would move their CPU, not save it, and the extraction has to come back anyway for the caller.
"""
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass

from bot.extract.model import Extraction, Fact
from bot.release import Release
from db.packed_terms import pack
from db.topics import ADD_COVERAGE, coverage_rows

INDEXED_WEIGHT = 0.3  # context words lighter than this are kept with the fact but not indexed

_INSERT_RELEASE = "INSERT INTO releases(content_hash, date, date_key, title, body) VALUES (?, ?, ?, ?, ?)"
_INSERT_FACT = ("INSERT INTO facts(id, release_id, value, value_max, unit, kind, noun, qualifier, period_start,"
                " period_end, period_kind, period_label, region, scope, is_target, sentence, amount_text, terms, place)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_POSTING = "INSERT INTO fact_terms(term, date_key, fact_id, weight) VALUES (?, ?, ?, ?)"
_ADD_TERM_COUNT = ("INSERT INTO term_counts(term, facts, first_fact) VALUES (?, ?, ?)"
                   " ON CONFLICT DO UPDATE SET facts = facts + excluded.facts")
_INSERT_LIST = "INSERT INTO lists(release_id, head, items, sentence, terms) VALUES (?, ?, ?, ?, ?)"
_INSERT_PERSON = "INSERT INTO people(release_id, name, role, sentence, terms) VALUES (?, ?, ?, ?, ?)"


class ReleaseExists(Exception):
    """The same text is stored already."""

    def __init__(self, release_id: int) -> None:
        super().__init__(f"release {release_id} exists")
        self.release_id = release_id


@dataclass(frozen=True, slots=True)
class ReleaseRows:
    """Every row of one release, without the ids the database gives (the release's, its facts')."""
    content_hash: str
    date_key: int
    release: tuple
    facts: list[tuple]                       # a fact's columns after its id and release id
    postings: list[tuple[int, str, float]]   # (index of the fact, term, weight) for the term index
    term_counts: list[tuple[str, int]]
    coverage: Counter[tuple]                 # topic_coverage key -> count, added to the counts stored
    lists: list[tuple]                       # columns after the release id
    people: list[tuple]


def release_rows(release: Release, extraction: Extraction) -> ReleaseRows:
    """The rows of a release and what was extracted from it, term counts and topic coverage included."""
    facts = extraction.facts
    postings = [(i, t, w) for i, f in enumerate(facts) for t, w in f.terms.items() if w >= INDEXED_WEIGHT]
    return ReleaseRows(
        content_hash=release.content_hash, date_key=release.date_key,
        release=(release.content_hash, release.date, release.date_key, release.title, release.body),
        facts=[_fact_row(f) for f in facts], postings=postings,
        term_counts=list(Counter(t for _, t, _ in postings).items()),
        coverage=coverage_rows(facts, postings),
        lists=[(x.head, _json(x.items), x.sentence, _json(x.terms)) for x in extraction.lists],
        people=[(x.name, x.role, x.sentence, _json(x.terms)) for x in extraction.people])


def _fact_row(fact: Fact) -> tuple:
    p = fact.period
    return (fact.value, fact.value_max, fact.unit, fact.kind, fact.noun, fact.qualifier, p and p.start,
            p and p.end, p and p.kind, p and p.label, fact.region, fact.scope, int(fact.is_target), fact.sentence,
            fact.amount_text, pack(fact.terms), fact.place)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


class _BatchEnd:
    """What releases stored together write after their own rows, once they are all in: their term index postings,
    and their term counts and topic coverage added to the stored counts in one statement a term or a coverage row
    (a batch's releases share most of their terms: 4,600 upserts become about 100).

    The postings are written here, outside each release's savepoint, because SQLite copies every page first
    changed inside a savepoint to a sub-journal: a release's ~160 postings land on as many scattered pages of the
    term index, and copying them was a third of a bulk load's writing (2.0 -> 1.3 ms a release at 100,000)."""

    def __init__(self) -> None:
        self.postings: list[tuple[str, int, int, float]] = []
        self.terms: dict[str, list[int]] = {}  # term -> [facts carrying it, first fact of the release that brought it]
        self.coverage: Counter[tuple] = Counter()

    def add(self, rows: ReleaseRows, first_id: int) -> None:
        """A release whose rows are written: the fact ids its postings name start at `first_id`."""
        date_key = rows.date_key
        self.postings.extend([(t, date_key, first_id + i, w) for i, t, w in rows.postings])
        terms = self.terms
        for term, n in rows.term_counts:
            counted = terms.get(term)
            if counted is None:
                terms[term] = [n, first_id]
            else:
                counted[0] += n
        self.coverage.update(rows.coverage)

    def write(self, conn: sqlite3.Connection) -> None:
        conn.executemany(_INSERT_POSTING, self.postings)
        conn.executemany(_ADD_TERM_COUNT, [(term, n, first) for term, (n, first) in self.terms.items()])
        conn.executemany(ADD_COVERAGE, [(*key, count) for key, count in self.coverage.items()])


def write_release(conn: sqlite3.Connection, rows: ReleaseRows) -> int:
    """Store one release's rows inside the transaction the caller holds; its id."""
    end = _BatchEnd()
    release_id = _write_rows(conn, rows, end)
    end.write(conn)
    return release_id


def _write_rows(conn: sqlite3.Connection, rows: ReleaseRows, end: _BatchEnd) -> int:
    """The release's own rows; its postings and counts are added to `end`, once they are all written. Fact ids are
    given here, as SQLite would give them, so postings can name them without reading them back."""
    release_id = conn.execute(_INSERT_RELEASE, rows.release).lastrowid
    if release_id is None:
        raise sqlite3.IntegrityError("the release was not inserted")
    first_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM facts").fetchone()[0]
    conn.executemany(_INSERT_FACT, [(first_id + i, release_id, *row) for i, row in enumerate(rows.facts)])
    conn.executemany(_INSERT_LIST, [(release_id, *row) for row in rows.lists])
    conn.executemany(_INSERT_PERSON, [(release_id, *row) for row in rows.people])
    end.add(rows, first_id)
    return release_id


def write_batch(conn: sqlite3.Connection, batch: list[ReleaseRows]) -> list[int | Exception]:
    """Store many releases inside the transaction the caller holds, each whole or not at all: per release its
    id, ReleaseExists when the same text is stored already (or earlier in the batch), or the database error
    that kept it out (its savepoint rolled back, the others kept). The counts of the stored ones are added at
    the end with their postings; should that fail, none of the batch is stored and each stored one reports the
    error."""
    stored = _ids_by_hash(conn, [rows.content_hash for rows in batch])
    results: list[int | Exception] = []
    end = _BatchEnd()
    conn.execute("SAVEPOINT batch")
    for rows in batch:
        if rows.content_hash in stored:
            results.append(ReleaseExists(stored[rows.content_hash]))
            continue
        conn.execute("SAVEPOINT one_release")
        try:
            stored[rows.content_hash] = _write_rows(conn, rows, end)
        except sqlite3.Error as err:
            conn.execute("ROLLBACK TO one_release")
            results.append(err)
        else:
            results.append(stored[rows.content_hash])
        conn.execute("RELEASE one_release")
    try:
        end.write(conn)
    except sqlite3.Error as err:
        conn.execute("ROLLBACK TO batch")
        results = _all_failed(results, err)
    conn.execute("RELEASE batch")
    return results


def _all_failed(results: list[int | Exception], err: sqlite3.Error) -> list[int | Exception]:
    """The batch rolled back: each release it stored, and each duplicate of one of them, failed with `err`."""
    rolled_back = {result for result in results if isinstance(result, int)}
    return [err if isinstance(result, int) or (isinstance(result, ReleaseExists) and result.release_id in rolled_back)
            else result for result in results]


def _ids_by_hash(conn: sqlite3.Connection, hashes: list[str]) -> dict[str, int]:
    sql = f"SELECT content_hash, id FROM releases WHERE content_hash IN ({','.join('?' * len(hashes))})"
    return {row[0]: row[1] for row in conn.execute(sql, hashes)}
