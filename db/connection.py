"""Opening the database: WAL, foreign keys, migrations, and an atomic() block for multi-step writes."""
import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from db.migrations import apply_migrations

log = logging.getLogger(__name__)
CLOSE_WITHIN = 10.0


class Database:
    """One aiosqlite connection in autocommit mode; writes that belong together go in atomic()."""

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._writing = asyncio.Lock()  # one transaction at a time on the shared connection

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
            await conn.execute("PRAGMA busy_timeout=5000")
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

    async def write(self, sql: str, params: tuple = ()) -> int:
        """One statement on its own, never inside another coroutine's open transaction; returns rows changed."""
        async with self._writing:
            cur = await self.conn.execute(sql, params)
            return cur.rowcount

    @asynccontextmanager
    async def atomic(self) -> AsyncIterator[aiosqlite.Connection]:
        """A transaction: everything inside commits together or not at all."""
        async with self._writing:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")
