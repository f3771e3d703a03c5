"""Storing releases: extraction off the event loop, one transaction per release, seeds on first open; bulk
loads extract in worker processes and store many releases per transaction."""
import asyncio
import logging
import multiprocessing
import os
import signal
import sqlite3
import sys
import warnings
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path

from bot.answer.measure import described
from bot.extract.facts import extract
from bot.extract.model import Extraction
from bot.guard import lost_reason, remember_subscribers
from bot.release import Release, ReleaseError, decode, parse_release
from db import releases as store
from db.connection import Database

log = logging.getLogger(__name__)
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
BATCH = 100           # releases stored per transaction in a bulk load
CHUNK = 16            # files a worker process reads and extracts at a time
AHEAD = 3 * BATCH     # files being extracted while earlier ones are stored: the workers never wait for a batch
PARALLEL_FROM = 200   # fewer files than this are not worth starting worker processes for


@dataclass(slots=True)
class IngestResult:
    release_id: int
    release: Release
    extraction: Extraction
    duplicate: bool


def extract_named(release: Release) -> Extraction:
    """Extract the release's statistics, then name what each measures in the release's own words
    («واحد تولیدی بازگشت»): the name /topics, the preview and the broadcast card show."""
    extraction = extract(release.body, release.title, release.ref)
    for fact in extraction.facts:
        fact.measure = described(fact)
    return extraction


async def extract_release(release: Release) -> Extraction:
    """Extraction is CPU work: it runs in a thread so the bot keeps answering meanwhile."""
    return await asyncio.to_thread(extract_named, release)


async def ingest(db: Database, release: Release, extraction: Extraction | None = None) -> IngestResult:
    """Store a release (or find it stored already) with what was extracted from it."""
    extraction = extraction or await extract_release(release)
    try:
        release_id = await store.insert_release(db, release, extraction)
    except store.ReleaseExists as dup:
        return IngestResult(dup.release_id, release, extraction, duplicate=True)
    _log_stored(release_id, extraction)
    return IngestResult(release_id, release, extraction, duplicate=False)


Prepared = tuple[Release, Extraction] | ReleaseError


def prepare(name: str, date: str | None = None, title: str | None = None) -> Prepared:
    """Read, parse and extract one release file, or say why it cannot be stored."""
    try:
        path = Path(name)
        if not path.is_file():
            raise ReleaseError("missing", name)
        release = parse_release(decode(path.read_bytes()), date, title)
    except ReleaseError as err:
        return ReleaseError(err.reason, err.detail)  # rebuilt: pickling an exception keeps only its message
    try:
        return release, extract_named(release)
    except Exception as err:  # a fault on one release must not cost the others of a bulk load theirs
        log.exception("extraction of %s failed", name)
        return ReleaseError("not_stored", f"{type(err).__name__}: {err}")


def _prepare_chunk(names: list[str], date: str | None, title: str | None) -> list[Prepared]:
    return [prepare(name, date, title) for name in names]


def _workers(files: int) -> int:
    return min(os.cpu_count() or 1, 8) if files >= PARALLEL_FROM else 1


async def _prepared(names: list[str], date: str | None, title: str | None) -> AsyncGenerator[Prepared]:
    """Each file prepared, in order: in worker processes when there are many files and more than one core,
    with a bounded number of chunks in flight (enough to keep every worker busy while a batch is stored) so a
    large archive never sits in memory at once."""
    workers = _workers(len(names))
    chunks: Iterator[list[str]] = (names[i:i + CHUNK] for i in range(0, len(names), CHUNK))
    pool: Executor | None = None
    depth = 2  # chunks in flight
    loop = asyncio.get_running_loop()
    in_flight: deque[asyncio.Future[list[Prepared]]] = deque()
    if workers > 1:
        first = next(chunks)  # prepared here: what it loads, the forked workers then share
        in_flight.append(loop.create_future())
        in_flight[0].set_result(await loop.run_in_executor(None, _prepare_chunk, first, date, title))
        pool = _process_pool(workers)
        depth = max(2 * workers, AHEAD // CHUNK)
    try:
        for chunk in chunks:
            in_flight.append(loop.run_in_executor(pool, _prepare_chunk, chunk, date, title))
            if len(in_flight) >= depth:
                for item in await in_flight.popleft():
                    yield item
        while in_flight:
            for item in await in_flight.popleft():
                yield item
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _process_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes forked from this one where the platform forks (Linux): they start with the word tables
    and compiled patterns this process has loaded (copy-on-write), for almost no CPU, where a spawned worker
    imports and builds them again (about 0.4 s of CPU each). A worker only reads files and extracts: it never
    touches the database connection or the event loop this process runs in other threads, so forking while
    they run is safe, and Python's warning about forking a process with threads is silenced for it.
    Ctrl-C reaches every process of the terminal's group: the workers ignore it, and this process stops the load."""
    if "fork" not in multiprocessing.get_all_start_methods() or sys.platform != "linux":
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_ignore_interrupts)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_ignore_interrupts)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"This process .* is multi-threaded", DeprecationWarning)
        pool.submit(int).result()  # forks every worker now, under the filter
    return pool


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


async def ingest_files(db: Database, names: list[str], date: str | None = None,
                       title: str | None = None) -> AsyncIterator[tuple[str, IngestResult | Exception]]:
    """A bulk load: each file's result in order, stored BATCH releases per transaction with the connection set
    for a bulk load; a file that fails (ReleaseError, or a database error) stores nothing of itself and costs the
    others nothing."""
    batch: list[tuple[str, Prepared]] = []
    pending = iter(names)
    async with store.bulk_load(db), aclosing(_prepared(names, date, title)) as prepared_files:
        async for prepared in prepared_files:
            batch.append((next(pending), prepared))
            if len(batch) == BATCH:
                for outcome in await _store(db, batch):
                    yield outcome
                batch = []
        for outcome in await _store(db, batch):
            yield outcome


async def _store(db: Database, batch: list[tuple[str, Prepared]]) -> list[tuple[str, IngestResult | Exception]]:
    ready = [prepared for _, prepared in batch if not isinstance(prepared, ReleaseError)]
    stored = iter(await store.insert_releases(db, ready) if ready else [])
    outcomes: list[tuple[str, IngestResult | Exception]] = []
    for name, prepared in batch:
        if isinstance(prepared, ReleaseError):
            outcomes.append((name, prepared))
            continue
        release, extraction = prepared
        outcome = next(stored)
        if isinstance(outcome, store.ReleaseExists):
            outcomes.append((name, IngestResult(outcome.release_id, release, extraction, duplicate=True)))
        elif isinstance(outcome, Exception):
            outcomes.append((name, outcome))
        else:
            _log_stored(outcome, extraction)
            outcomes.append((name, IngestResult(outcome, release, extraction, duplicate=False)))
    return outcomes


def _log_stored(release_id: int, extraction: Extraction) -> None:
    log.info("release %s stored: %s facts, %s lists, %s people", release_id, len(extraction.facts),
             len(extraction.lists), len(extraction.people))


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
