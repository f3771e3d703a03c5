"""One sender loop per process, for every broadcast at once. Telegram-free: `send` and `report` are injected.

Publishing, /retry and a restart only wake the loop; it also looks for due deliveries every few seconds, so
nothing waits on a wake-up that was lost. The loop sends only while it holds the sender lease, a database row
it renews and that expires: a second process on the same database finds the lease held and sends nothing
until the holder stops (the lease is dropped) or dies (it expires; at once when the holder was a process on
this host that no longer exists). Each claim checks the lease in the same statement, so a holder that lost
its lease cannot claim again. The loop is supervised: a failure is logged and the loop restarts with
back-off. A delivery that broke off (its outcome could not be saved) is settled as «unconfirmed» once the
pass ends, as are those a crashed holder left mid-send when the lease is taken. `stop()` makes no new claims, lets
sends in flight finish for a moment, and leaves the rest pending for the next start.
"""
import asyncio
import contextlib
import logging
import os
import secrets
import socket
import time
from collections.abc import Awaitable, Callable

from bot.broadcast import ChatPacer, Pacer, Pacing, Part, Send, deliver, release_parts
from db import broadcasts as store
from db.connection import Database

log = logging.getLogger(__name__)
Report = Callable[[store.Broadcast, dict[str, int], bool], Awaitable[None]]  # (broadcast, counts, final)
CONCURRENT_SENDS = 32    # requests in flight at once; the pacers still bound the rate
PROGRESS_EVERY = 2.0     # seconds between two progress reports (and lease renewals while sending)
LOOK_EVERY = 2.0         # seconds between two looks for due deliveries when nothing woke the loop
LEASE_FOR = 30.0         # seconds a lease lasts unless renewed
RESTART_AFTER = (1.0, 60.0)  # the supervisor's first and longest back-off
STOP_GRACE = 5.0         # seconds sends in flight may take to finish when stopping


def this_process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def is_dead_here(owner: str) -> bool:
    """Whether `owner` names a process on this host that no longer exists."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


class Sender:
    """The loop: `start()` once after the database opens, `wake()` after a publish or /retry, `stop()` at exit."""

    def __init__(self, db: Database, send: Send, report: Report, pacing: Pacing, owner: str | None = None) -> None:
        self.db, self.send, self.report, self.pacing = db, send, report, pacing
        self.owner = owner or this_process()
        self._wake, self._idle = asyncio.Event(), asyncio.Event()
        self._wakes, self._stopping = 0, False
        self._held: bool | None = None  # None: not known yet, or to be settled again after a failure
        self._task: asyncio.Task | None = None
        self._texts: dict[int, list[Part]] = {}
        self._releases: dict[int, int] = {}
        self._last_broadcast = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self._supervise(), name="sender loop")

    def wake(self) -> None:
        """Something became due (a publish, a /retry): look now."""
        self._wakes += 1
        self._idle.clear()
        self._wake.set()

    async def until_idle(self) -> None:
        """Wait until every delivery is settled and every broadcast finished (tests and benchmarks)."""
        self.wake()
        await self._idle.wait()

    async def stop(self) -> None:
        """No new claims; sends in flight get STOP_GRACE seconds; the rest stays pending; the lease is dropped."""
        if self._task is None or self._stopping:
            return
        self._stopping = True
        self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), STOP_GRACE)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        with contextlib.suppress(Exception):
            await store.drop_lease(self.db, self.owner)
        log.info("sender loop stopped; undelivered messages stay pending for the next start")

    async def _supervise(self) -> None:
        backoff = RESTART_AFTER[0]
        while not self._stopping:
            try:
                await self._serve()
            except Exception:
                log.exception("sender loop failed; restarting in %.0f s", backoff)
                self._held = None
                await self._pause(backoff)
                backoff = min(backoff * 2, RESTART_AFTER[1])

    async def _serve(self) -> None:
        while not self._stopping:
            wakes, held = self._wakes, await self._hold_lease()
            if held:
                await self._drain()
                if orphans := await store.settle_in_flight(self.db):  # nothing is in flight between passes
                    log.warning("%s deliveries broke off mid-send; marked unconfirmed", orphans)
                await self._report_all(progress=False)
                if wakes == self._wakes and not await store.any_open(self.db) and not await store.unfinished(self.db):
                    self._idle.set()
            await self._pause(await self._until_due() if held else LOOK_EVERY)

    async def _hold_lease(self) -> bool:
        """Take or renew the lease; on taking it, settle what a previous holder left mid-send."""
        now, holder = time.time(), await store.lease_holder(self.db)
        dead = holder[0] if holder and holder[0] != self.owner and is_dead_here(holder[0]) else None
        held = await store.take_lease(self.db, self.owner, now, now + LEASE_FOR, replacing=dead)
        if held and held != self._held:
            log.info("sender lease taken by %s", self.owner)
            if settled := await store.settle_in_flight(self.db):
                log.warning("%s deliveries were mid-send when the last sender stopped; marked unconfirmed", settled)
        elif not held and held != self._held:
            log.warning("sender lease held by %s: this process sends nothing until it is free", holder and holder[0])
        self._held = held
        return held

    async def _drain(self) -> None:
        """Claim at the paced rate and send, up to CONCURRENT_SENDS at once, until nothing is due; the lease is
        renewed meanwhile. A delivery is claimed only when its turn to send has come."""
        pacer, chats = Pacer(self.pacing.rate), ChatPacer(self.pacing.per_chat)
        slots = asyncio.Semaphore(CONCURRENT_SENDS)
        keeper = asyncio.create_task(self._keep())
        try:
            async with asyncio.TaskGroup() as group:
                while delivery := await self._claim(pacer, slots):
                    group.create_task(self._deliver(delivery, pacer, chats, slots))
        finally:
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper

    async def _claim(self, pacer: Pacer, slots: asyncio.Semaphore) -> store.Delivery | None:
        """The next due delivery once a send slot and the rate allow; None when stopping or nothing is due."""
        await slots.acquire()
        await pacer.wait()
        delivery = None if self._stopping else await store.claim_next(self.db, self.owner, time.time(),
                                                                          self._last_broadcast)
        if delivery is None:
            slots.release()
            return None
        self._last_broadcast = delivery.broadcast_id
        return delivery

    async def _deliver(self, delivery: store.Delivery, pacer: Pacer, chats: ChatPacer,
                       slots: asyncio.Semaphore) -> None:
        try:
            parts = await self._parts(delivery.broadcast_id)
            await deliver(self.db, delivery, parts, self.send, pacer, chats, self.pacing, lambda: self._stopping)
        except Exception:  # the others in flight go on; this one is settled when the pass ends
            log.exception("delivery to %s (broadcast %s) broke off; it will be marked unconfirmed",
                          delivery.chat_id, delivery.broadcast_id)
        finally:
            slots.release()

    async def _parts(self, broadcast_id: int) -> list[Part]:
        if broadcast_id not in self._releases:
            self._releases[broadcast_id] = await store.release_of(self.db, broadcast_id)
        release_id = self._releases[broadcast_id]
        if release_id not in self._texts:
            self._texts[release_id] = await release_parts(self.db, release_id)
        return self._texts[release_id]

    async def _keep(self) -> None:
        """While sending: renew the lease and report progress every PROGRESS_EVERY seconds."""
        while True:
            await asyncio.sleep(PROGRESS_EVERY)
            try:
                await self._hold_lease()
                await self._report_all(progress=True)
            except Exception:
                log.exception("sender lease renewal or progress report failed; sending goes on")

    async def _report_all(self, progress: bool) -> None:
        """Finish every broadcast with nothing left to send (final report); report progress on the others."""
        for broadcast in await store.unfinished(self.db):
            final = await store.finish(self.db, broadcast.id)
            if final or progress:
                try:
                    await self.report(broadcast, await store.counts(self.db, broadcast.id), final)
                except Exception:
                    log.exception("report on broadcast %s to its admin failed", broadcast.id)

    async def _until_due(self) -> float:
        due = await store.next_due(self.db)
        return LOOK_EVERY if due is None else min(LOOK_EVERY, max(0.0, due - time.time()))

    async def _pause(self, seconds: float) -> None:
        """Sleep until woken or `seconds` pass."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)
        self._wake.clear()
