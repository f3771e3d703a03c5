"""Delivering one release to one chat within Telegram's limits. Telegram-free: `send` is injected.

`send(chat_id, part)` returns an Outcome: sent, blocked (the subscriber left), unconfirmed (timed out:
it may have arrived), retry after N seconds (Telegram said so), or a transient error. A release longer than
one message goes as several parts in order; each confirmed part is saved on the delivery row, so a retry
resumes with the next part and never sends a confirmed part again. A part that fails stops the delivery
there: blocked, unconfirmed (the part may have arrived; only the admin's /retry sends it again), or pending
again after a back-off (failed for good after `retry_limit` tries).
"""
import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.answer.render import fa
from bot.card import card_text
from bot.paging import pages
from db import broadcasts as store
from db import releases, subscribers
from db.connection import Database

log = logging.getLogger(__name__)
GROUP_INTERVAL = 3.0     # Telegram: about 20 messages a minute to one group


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # sent | blocked | unconfirmed | retry | error
    retry_after: float = 0.0
    error: str | None = None
    message_id: int | None = None


@dataclass(frozen=True, slots=True)
class Pacing:
    """Messages a second overall (<= 0: unlimited), seconds between two messages to one chat, and retries."""
    rate: float
    per_chat: float = 1.0
    retry_limit: int = 5
    base_delay: float = 1.0


@dataclass(frozen=True, slots=True)
class Part:
    """One message of a release: HTML text; the last part names its release, whose buttons go under it."""
    text: str
    buttons_for: int | None = None


Send = Callable[[int, Part], Awaitable[Outcome]]


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

    def hold(self, seconds: float) -> None:
        """Telegram said «retry after N» (a limit on the whole bot): nobody sends before N seconds pass."""
        self.next_at = max(self.next_at, time.monotonic() + seconds)


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


async def release_parts(db: Database, release_id: int) -> list[Part]:
    """The release as subscribers get it: the card (bold title, Jalali date, key figures), then the whole
    body, in parts; the release's buttons under the last."""
    stored = await releases.release_text(db, release_id)
    if stored is None:
        raise LookupError(f"release {release_id} is not stored")
    source, body = stored
    facts = await releases.facts_of_release(db, release_id)
    texts = pages(card_text(source.date, body, facts), title=f"📰 {source.title}")
    return [Part(t, release_id if i == len(texts) - 1 else None) for i, t in enumerate(texts)]


def tallies(counts: dict[str, int]) -> dict[str, str]:
    """A broadcast's counts by state as the admin reads them, in Persian digits."""
    return {"sent": fa(counts.get("sent", 0)), "blocked": fa(counts.get("blocked", 0)),
            "failed": fa(counts.get("failed", 0)), "unconfirmed": fa(counts.get("unconfirmed", 0)),
            "pending": fa(sum(counts.get(s, 0) for s in store.OPEN)), "total": fa(sum(counts.values()))}


async def deliver(db: Database, delivery: store.Delivery, parts: list[Part], send: Send, pacer: Pacer,
                  chats: ChatPacer, pacing: Pacing, stopping: Callable[[], bool] = lambda: False) -> None:
    """Send the parts not yet confirmed, in order, saving progress after each; the caller paced the first.
    When `stopping` turns true between two parts, the delivery goes back to pending after the confirmed ones."""
    outcome = Outcome("sent")
    for k in range(delivery.parts_sent, len(parts)):
        if k > delivery.parts_sent:
            await pacer.wait()
        await chats.wait(delivery.chat_id)
        if k > delivery.parts_sent and stopping():
            await store.unclaim(db, delivery)
            return
        outcome = await send(delivery.chat_id, parts[k])
        if outcome.status == "retry":
            pacer.hold(outcome.retry_after)
        if outcome.status != "sent":
            await _record_failure(db, delivery, outcome, k, len(parts), pacing)
            return
        if k + 1 < len(parts):
            await store.mark_parts_sent(db, delivery, k + 1)
    await store.mark(db, delivery, "sent", parts_sent=len(parts), message_id=outcome.message_id)


async def _record_failure(db: Database, delivery: store.Delivery, outcome: Outcome, part: int, parts: int,
                          pacing: Pacing) -> None:
    error = f"part {part + 1} of {parts}: {outcome.error}" if parts > 1 else outcome.error
    if outcome.status == "blocked":
        await store.mark(db, delivery, "blocked", error, parts_sent=part)
        await subscribers.upsert_subscriber(db, delivery.chat_id, None, active=False, reason=outcome.error)
    elif outcome.status == "unconfirmed":
        await store.mark(db, delivery, "unconfirmed", error, parts_sent=part)
        log.warning("delivery to %s unconfirmed (kept for /retry %s): %s", delivery.chat_id,
                    delivery.broadcast_id, error)
    elif delivery.attempts + 1 >= pacing.retry_limit:
        await store.mark(db, delivery, "failed", error, parts_sent=part)
        log.warning("delivery to %s failed for good: %s", delivery.chat_id, error)
    else:
        delay = outcome.retry_after or pacing.base_delay * 2 ** delivery.attempts
        await store.mark(db, delivery, "pending", error, parts_sent=part, next_try_at=time.time() + delay)
        log.info("delivery to %s will be retried in %.1fs: %s", delivery.chat_id, delay, error)
