"""Opening the database: WAL, foreign keys, migrations, and an atomic() block for multi-step writes.

Another process (a second bot, a backup, the command line) may hold the write lock for a while: every
connection waits `BUSY_TIMEOUT_MS` for it, and writes then retry «database is locked» with back-off for up to
`LOCKED_RETRY_FOR` seconds before giving up, so a hiccup delays a broadcast instead of killing it.
"""
import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from db.migrations import apply_migrations

log = logging.getLogger(__name__)
CLOSE_WITHIN = 10.0
BUSY_TIMEOUT_MS = 5000
LOCKED_RETRY_FOR = 60.0
LOCKED_FIRST_WAIT = 0.05


def is_locked(err: sqlite3.OperationalError) -> bool:
    return "locked" in str(err) or "busy" in str(err)


async def on_db_thread[T](conn: aiosqlite.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    """Run `work` with the plain sqlite3 connection on the connection's own thread: many statements for one
    round trip through aiosqlite's queue instead of one each (aiosqlite's `_execute`, pinned in requirements.lock,
    is what its own `execute` calls)."""
    return await conn._execute(work, conn._conn)


class Database:
    """One aiosqlite connection in autocommit mode; writes that belong together go in atomic()."""

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._writing = asyncio.Lock()  # one transaction at a time on the shared connection
        self.facts_generation = 0  # counts this process's writes of facts, so answers remembered go stale at once

    def facts_changed(self) -> None:
        """Called after a write of facts commits or rolls back: what was remembered about them is stale."""
        self.facts_generation += 1

    @classmethod
    async def open(cls, path: str | Path) -> "Database":
        path = str(path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA foreign_keys=ON")
            await conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            await conn.execute("PRAGMA synchronous=NORMAL")
            await apply_migrations(conn)
        except BaseException:
            await conn.close()  # else aiosqlite's worker thread keeps the failed process alive forever
            raise
        return cls(conn, path)

    async def close(self) -> None:
        """Close; a worker thread that does not answer within seconds must not keep a finished command alive."""
        try:
            await asyncio.wait_for(self.conn.close(), CLOSE_WITHIN)
        except TimeoutError:
            log.warning("database %s did not close within %s s; leaving it to the process exit", self.path,
                        CLOSE_WITHIN)

    async def write(self, sql: str, params: tuple | dict = ()) -> int:
        """One statement on its own, never inside another coroutine's open transaction; returns rows changed."""
        async with self._writing:
            cur = await self._retry_locked(lambda: self.conn.execute(sql, params))
            return cur.rowcount

    async def write_returning(self, sql: str, params: tuple | dict = ()) -> list[aiosqlite.Row]:
        """One statement with a RETURNING clause, run like write(); returns the rows it changed."""
        async with self._writing:
            return list(await self._retry_locked(lambda: self.conn.execute_fetchall(sql, params)))

    async def _retry_locked[T](self, attempt: Callable[[], Awaitable[T]]) -> T:
        """Run a write, retrying while another connection holds the lock; other errors pass through."""
        wait, deadline = LOCKED_FIRST_WAIT, time.monotonic() + LOCKED_RETRY_FOR
        while True:
            try:
                return await attempt()
            except sqlite3.OperationalError as err:
                if not is_locked(err) or time.monotonic() > deadline:
                    raise
                log.warning("database %s is locked by another connection; write retried in %.2f s", self.path, wait)
                await asyncio.sleep(wait)
                wait = min(wait * 2, 1.0)

    @asynccontextmanager
    async def atomic(self) -> AsyncIterator[aiosqlite.Connection]:
        """A transaction: everything inside commits together or not at all."""
        async with self._writing:
            await self._retry_locked(lambda: self.conn.execute("BEGIN IMMEDIATE"))
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")
