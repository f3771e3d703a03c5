"""Storing releases: extraction off the event loop, one transaction per release, seeds on first open."""
import asyncio
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.extract.facts import extract
from bot.extract.model import Extraction
from bot.guard import lost_reason, remember_subscribers
from bot.release import Release, decode, parse_release
from db import releases as store
from db.connection import Database

log = logging.getLogger(__name__)
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(slots=True)
class IngestResult:
    release_id: int
    release: Release
    extraction: Extraction
    duplicate: bool


async def extract_release(release: Release) -> Extraction:
    """Extraction is CPU work: it runs in a thread so the bot keeps answering meanwhile."""
    return await asyncio.to_thread(extract, release.body, release.title, release.ref)


async def ingest(db: Database, release: Release, extraction: Extraction | None = None) -> IngestResult:
    """Store a release (or find it stored already) with what was extracted from it."""
    extraction = extraction or await extract_release(release)
    try:
        release_id = await store.insert_release(db, release, extraction)
    except store.ReleaseExists as dup:
        return IngestResult(dup.release_id, release, extraction, duplicate=True)
    log.info("release %s stored: %s facts, %s lists, %s people", release_id, len(extraction.facts),
             len(extraction.lists), len(extraction.people))
    return IngestResult(release_id, release, extraction, duplicate=False)


class DatabaseUnavailable(RuntimeError):
    """The database cannot be opened or written (read-only, unwritable folder, not a database file), or is
    missing though it had subscribers; `key` names the message that explains it."""

    def __init__(self, path: str, reason: str, key: str = "db_unavailable") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.key = key


async def open_database(path: str | Path, seeds: Path = SEEDS_DIR) -> Database:
    """Open (and migrate) the database; an empty one gets the seed releases first, unless it is a lost one."""
    if reason := lost_reason(str(path)):
        log.error("database %s: %s", path, reason)
        raise DatabaseUnavailable(str(path), reason, key="db_lost")
    try:
        _check_openable(str(path))
        db = await Database.open(path)
    except (sqlite3.Error, OSError) as err:
        raise DatabaseUnavailable(str(path), f"{type(err).__name__}: {err}") from err
    if await store.count_releases(db) == 0:
        for seed in sorted(seeds.glob("*.txt")):
            result = await ingest(db, parse_release(decode(seed.read_bytes())))
            log.info("seed %s loaded as release %s", seed.name, result.release_id)
    await remember_subscribers(db)
    return db


def _check_openable(path: str) -> None:
    """Open the file once without a worker thread: a path that cannot be opened at all then fails here, cleanly,
    instead of leaving aiosqlite's thread to report errors after the event loop has closed."""
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        sqlite3.connect(path).close()
