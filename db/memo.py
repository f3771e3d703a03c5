"""Values worked out from the stored facts, remembered until the facts change.

Stored facts are only ever added. This process's own writes of facts are seen at once
(`Database.facts_generation`); another process's (a command-line ingest into the bot's database) through the
facts' version, read at most once a second, as the retriever reads it. A popular question, and the chart offer
and follow-up chips worked out under its answer, then cost a dictionary look-up after the first time.
"""
import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable

from bot.records import StoredFact
from db import releases as store
from db.connection import Database

RECHECK_EVERY = 1.0  # seconds between two reads of the facts' version
KEEP = 4096  # values remembered, least recently used forgotten first
FACTS_KEPT = 10_000  # stored facts kept converted (about 4 KB each), least recently read forgotten first


class FactsMemo[V]:
    """An LRU of values computed from the stored facts, emptied when they change."""

    def __init__(self, db: Database, keep: int = KEEP) -> None:
        self.db, self.keep = db, keep
        self._kept: OrderedDict[Hashable, V] = OrderedDict()
        self._stamp: tuple[int, int] | None = None  # (this process's generation, the facts' version) kept for
        self._version, self._checked = 0, -RECHECK_EVERY
        self._working: dict[Hashable, asyncio.Future[V]] = {}  # keys being computed: a second asker waits

    async def get(self, key: Hashable, compute: Callable[[], Awaitable[V]]) -> V:
        """The value remembered for `key`, else `compute()`'s, remembered unless the facts changed meanwhile."""
        stamp = await self._current()
        if stamp != self._stamp:
            self._kept.clear()
            self._stamp = stamp
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        if (working := self._working.get((stamp, key))) is not None:
            return await asyncio.shield(working)
        future = self._working[(stamp, key)] = asyncio.get_running_loop().create_future()
        try:
            value = await compute()
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # retrieved: those waiting get it, nobody else must log it
            raise
        finally:
            del self._working[(stamp, key)]
        future.set_result(value)
        if self._stamp == stamp and self.db.facts_generation == stamp[0]:
            self._kept[key] = value
            while len(self._kept) > self.keep:
                self._kept.popitem(last=False)
        return value

    async def _current(self) -> tuple[int, int]:
        if self.keep and time.monotonic() - self._checked >= RECHECK_EVERY:
            self._version = await store.facts_version(self.db)
            self._checked = time.monotonic()
        return self.db.facts_generation, self._version


class FactsById:
    """Stored facts as read from their rows, kept by id: a question's candidates are mostly facts read before.

    A stored fact never changes, but the ids of a write that rolled back are given again, so a write of facts
    by this process empties it (another process's uncommitted rows are never read)."""

    def __init__(self, db: Database, keep: int = FACTS_KEPT) -> None:
        self.db, self.keep = db, keep
        self._kept: OrderedDict[int, StoredFact] = OrderedDict()
        self._generation = db.facts_generation

    def __len__(self) -> int:
        return len(self._kept)

    async def read(self, fact_ids: list[int]) -> list[StoredFact]:
        """The facts with these ids, in the order given (ids no longer stored left out); only the rows not
        kept are read."""
        if self._generation != self.db.facts_generation:
            self._kept.clear()
            self._generation = self.db.facts_generation
        found = {i: self._kept[i] for i in fact_ids if i in self._kept}
        unread = [i for i in fact_ids if i not in found]
        if unread:
            generation = self._generation
            found.update((f.id, f) for f in await store.facts_by_ids(self.db, unread))
            if generation != self.db.facts_generation:
                return [found[i] for i in fact_ids if i in found]  # read across a write: not kept
        for i in fact_ids:
            if i in found:
                self._kept[i] = found[i]
                self._kept.move_to_end(i)
        while len(self._kept) > self.keep:
            self._kept.popitem(last=False)
        return [found[i] for i in fact_ids if i in found]
