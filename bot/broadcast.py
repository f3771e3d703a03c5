"""Draining pending deliveries within Telegram's limits. Telegram-free: `send` is injected.

`send(chat_id, release_id)` returns an Outcome: sent, blocked (the subscriber left), retry after N
seconds (Telegram said so), or a transient error. State is saved after every send, so a restart
resumes with what is still pending and never resends what was sent.
"""
import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from db import broadcasts as store
from db import subscribers
from db.connection import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # sent | blocked | retry | error
    retry_after: float = 0.0
    error: str | None = None
    message_id: int | None = None


Send = Callable[[int, int], Awaitable[Outcome]]
Progress = Callable[[dict[str, int]], Awaitable[None]]
GROUP_INTERVAL = 3.0     # Telegram: about 20 messages a minute to one group
PROGRESS_EVERY = 2.0     # seconds between two progress reports
CONCURRENT_SENDS = 32    # requests in flight at once; the pacers still bound the rate


class Pacer:
    """At most `rate` sends a second overall; `rate` <= 0 lifts the limit (benchmarks)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = time.monotonic()

    async def wait(self) -> None:
        """Reserve the next free slot first, then sleep until it: concurrent senders never share a slot."""
        now = time.monotonic()
        slot = max(self.next_at, now)
        self.next_at = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


class ChatPacer:
    """At most one message a second to the same chat (one every three seconds to a group)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.last: dict[int, float] = {}

    async def wait(self, chat_id: int) -> None:
        gap = GROUP_INTERVAL if chat_id < 0 else self.interval
        now = time.monotonic()
        slot = max(self.last.get(chat_id, -1e9) + gap, now)
        self.last[chat_id] = slot
        if slot > now:
            await asyncio.sleep(slot - now)


async def drain(db: Database, send: Send, rate: float, retry_limit: int, base_delay: float,
                per_chat: float = 1.0, progress: Progress | None = None) -> dict[str, int]:
    """Send every pending delivery once; returns how many ended in each state."""
    pacer, chats, tally = Pacer(rate), ChatPacer(per_chat), {"sent": 0, "blocked": 0, "failed": 0}
    slots, releases = asyncio.Semaphore(CONCURRENT_SENDS), {}
    reported = [time.monotonic()]

    async def deliver(delivery: store.Delivery) -> None:
        async with slots:
            await pacer.wait()
            await chats.wait(delivery.chat_id)
            if progress and time.monotonic() - reported[0] >= PROGRESS_EVERY:
                reported[0] = time.monotonic()
                await progress(tally)
            if delivery.broadcast_id not in releases:
                releases[delivery.broadcast_id] = await store.release_of(db, delivery.broadcast_id)
            await store.mark_in_flight(db, delivery)
            outcome = await send(delivery.chat_id, releases[delivery.broadcast_id])
            await _record(db, delivery, outcome, retry_limit, base_delay, tally)

    while batch := await store.pending(db):
        await asyncio.gather(*(deliver(d) for d in batch))
    return tally


async def _record(db: Database, delivery: store.Delivery, outcome: Outcome, retry_limit: int, base_delay: float,
                  tally: dict[str, int]) -> None:
    if outcome.status == "sent":
        await store.mark(db, delivery, "sent", message_id=outcome.message_id)
        tally["sent"] += 1
    elif outcome.status == "blocked":
        await store.mark(db, delivery, "blocked", outcome.error)
        await subscribers.upsert_subscriber(db, delivery.chat_id, None, active=False, reason=outcome.error)
        tally["blocked"] += 1
    elif delivery.attempts + 1 >= retry_limit:
        await store.mark(db, delivery, "failed", outcome.error)
        log.warning("delivery to %s failed for good: %s", delivery.chat_id, outcome.error)
        tally["failed"] += 1
    else:
        delay = outcome.retry_after or base_delay * 2 ** delivery.attempts
        await store.mark(db, delivery, "pending", outcome.error)
        log.info("delivery to %s will be retried in %.1fs: %s", delivery.chat_id, delay, outcome.error)
        await asyncio.sleep(delay)
