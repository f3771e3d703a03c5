"""Durable broadcasts: one delivery row per recipient, claimed atomically, its state saved after every part.

A delivery goes pending → sending (claimed) → sent | blocked | failed | unconfirmed, or back to pending with a
time for the next try. Only the holder of the sender lease (one row, renewed, expiring) can claim: the claim
and the lease check are one UPDATE, so two loops or two processes never claim the same row.
"""
from dataclasses import dataclass

import aiosqlite

from bot.extract.model import Extraction
from bot.release import Release
from db.connection import Database
from db.releases import ReleaseExists, insert_release_rows, release_id_by_hash
from db.rows import new_id, one
from db.subscriptions import WANTS_RELEASE

OPEN = ("pending", "sending")


@dataclass(frozen=True, slots=True)
class Delivery:
    broadcast_id: int
    chat_id: int
    attempts: int
    parts_sent: int = 0


@dataclass(frozen=True, slots=True)
class Broadcast:
    """A broadcast still being sent, and where its admin follows the progress."""
    id: int
    admin_chat_id: int | None
    progress_message_id: int | None


async def _queue(conn: aiosqlite.Connection, release_id: int, admin_chat_id: int | None) -> int:
    cur = await conn.execute("INSERT INTO broadcasts(release_id, admin_chat_id) VALUES (?, ?)",
                             (release_id, admin_chat_id))
    # One pending delivery per active subscriber who wants this release (db.subscriptions).
    await conn.execute("INSERT INTO deliveries(broadcast_id, chat_id) SELECT :broadcast_id, chat_id FROM subscribers"
                       f" WHERE subscribed = 1 AND active = 1 AND {WANTS_RELEASE}",
                       {"broadcast_id": new_id(cur), "release_id": release_id})
    return new_id(cur)


async def create_broadcast(db: Database, release_id: int, admin_chat_id: int | None) -> int:
    """A broadcast with one pending delivery per active subscriber, in one transaction."""
    async with db.atomic() as conn:
        return await _queue(conn, release_id, admin_chat_id)


async def publish(db: Database, release: Release, extraction: Extraction, admin_chat_id: int | None) -> tuple[int, int]:
    """Store a release and queue one delivery per active subscriber in the same transaction:
    a crash leaves either both or neither. Returns (release id, broadcast id)."""
    existing = await release_id_by_hash(db, release.content_hash)
    if existing is not None:
        raise ReleaseExists(existing)
    try:
        async with db.atomic() as conn:
            release_id = await insert_release_rows(conn, release, extraction)
            return release_id, await _queue(conn, release_id, admin_chat_id)
    finally:
        db.facts_changed()


async def claim_next(db: Database, owner: str, now: float, after_broadcast: int = 0) -> Delivery | None:
    """Claim one due pending delivery, taking broadcasts in turn (the next one after `after_broadcast`);
    None when nothing is due or `owner` does not hold the lease. One statement: only one claimer wins a row."""
    due = "SELECT rowid FROM deliveries WHERE status = 'pending' AND next_try_at <= :now"
    rows = await db.write_returning(
        f"UPDATE deliveries SET status = 'sending', updated_at = CURRENT_TIMESTAMP"
        f" WHERE rowid = COALESCE(({due} AND broadcast_id > :after ORDER BY broadcast_id, chat_id LIMIT 1),"
        f"                        ({due} ORDER BY broadcast_id, chat_id LIMIT 1))"
        f" AND status = 'pending'"
        f" AND EXISTS (SELECT 1 FROM sender_lease WHERE owner = :owner AND expires_at > :now)"
        f" RETURNING broadcast_id, chat_id, attempts, parts_sent",
        {"now": now, "after": after_broadcast, "owner": owner})
    return Delivery(*rows[0]) if rows else None


async def next_due(db: Database) -> float | None:
    """When the earliest pending delivery may be tried (a time.time() value); None when nothing is pending."""
    async with db.conn.execute("SELECT MIN(next_try_at) FROM deliveries WHERE status = 'pending'") as cur:
        row = one(await cur.fetchone())
    return row[0]


async def any_open(db: Database) -> bool:
    """Whether a delivery is still pending or being sent."""
    async with db.conn.execute("SELECT 1 FROM deliveries WHERE status IN (?, ?) LIMIT 1", OPEN) as cur:
        return await cur.fetchone() is not None


async def mark_parts_sent(db: Database, delivery: Delivery, parts_sent: int) -> None:
    """Parts confirmed so far: a retry resumes after them and never sends them again."""
    await db.write("UPDATE deliveries SET parts_sent = ?, updated_at = CURRENT_TIMESTAMP"
                   " WHERE broadcast_id = ? AND chat_id = ?", (parts_sent, delivery.broadcast_id, delivery.chat_id))


async def unclaim(db: Database, delivery: Delivery) -> None:
    """Back to pending, untried: the sender stopped before this delivery's next part (its confirmed parts stay)."""
    await db.write("UPDATE deliveries SET status = 'pending', updated_at = CURRENT_TIMESTAMP"
                   " WHERE broadcast_id = ? AND chat_id = ? AND status = 'sending'",
                   (delivery.broadcast_id, delivery.chat_id))


async def mark(db: Database, delivery: Delivery, status: str, error: str | None = None, *, parts_sent: int,
               message_id: int | None = None, next_try_at: float = 0.0) -> None:
    """Save one delivery's outcome: sent, blocked, failed, unconfirmed, or pending again with one more attempt."""
    await db.write(
        "UPDATE deliveries SET status = ?, error = ?, message_id = ?, parts_sent = ?, next_try_at = ?,"
        " attempts = attempts + 1, updated_at = CURRENT_TIMESTAMP WHERE broadcast_id = ? AND chat_id = ?",
        (status, error, message_id, parts_sent, next_try_at, delivery.broadcast_id, delivery.chat_id))


async def settle_in_flight(db: Database) -> int:
    """Deliveries caught mid-send (a crash, a lost lease) become «unconfirmed»: they may have arrived, so they
    are not resent unless the admin asks. Called only by the lease holder, before it claims anything."""
    return await db.write("UPDATE deliveries SET status = 'unconfirmed', error = 'interrupted mid-send'"
                          " WHERE status = 'sending'")


async def counts(db: Database, broadcast_id: int) -> dict[str, int]:
    sql = "SELECT status, COUNT(*) FROM deliveries WHERE broadcast_id = ? GROUP BY status"
    async with db.conn.execute(sql, (broadcast_id,)) as cur:
        return {r[0]: r[1] async for r in cur}


async def release_of(db: Database, broadcast_id: int) -> int:
    async with db.conn.execute("SELECT release_id FROM broadcasts WHERE id = ?", (broadcast_id,)) as cur:
        row = one(await cur.fetchone())
    return row[0]


async def recent(db: Database, limit: int = 10) -> list[tuple[int, str, str, dict[str, int]]]:
    """(id, release title, started at, counts by state) of the latest broadcasts."""
    sql = ("SELECT b.id, r.title, b.started_at FROM broadcasts b JOIN releases r ON r.id = b.release_id"
           " ORDER BY b.id DESC LIMIT ?")
    async with db.conn.execute(sql, (limit,)) as cur:
        rows = [(r[0], r[1], r[2]) async for r in cur]
    return [(i, title, started, await counts(db, i)) for i, title, started in rows]


async def retry_failed(db: Database, broadcast_id: int) -> int:
    """Failed and unconfirmed deliveries of a broadcast go back to pending (keeping the parts already
    confirmed) and the broadcast is open again; returns how many."""
    async with db.atomic() as conn:
        cur = await conn.execute("UPDATE deliveries SET status = 'pending', attempts = 0, next_try_at = 0"
                                 " WHERE broadcast_id = ? AND status IN ('failed', 'unconfirmed')", (broadcast_id,))
        if cur.rowcount:
            await conn.execute("UPDATE broadcasts SET finished_at = NULL WHERE id = ?", (broadcast_id,))
    return cur.rowcount


async def follow_progress(db: Database, broadcast_id: int, chat_id: int, message_id: int) -> None:
    """The admin's message that shows this broadcast's progress (edited as it goes)."""
    await db.write("UPDATE broadcasts SET admin_chat_id = ?, progress_message_id = ? WHERE id = ?",
                   (chat_id, message_id, broadcast_id))


async def unfinished(db: Database) -> list[Broadcast]:
    async with db.conn.execute("SELECT id, admin_chat_id, progress_message_id FROM broadcasts"
                               " WHERE finished_at IS NULL ORDER BY id") as cur:
        return [Broadcast(r[0], r[1], r[2]) async for r in cur]


async def finish(db: Database, broadcast_id: int) -> bool:
    """Set finished_at once no delivery is pending or being sent; True only for the call that set it."""
    return bool(await db.write(
        "UPDATE broadcasts SET finished_at = CURRENT_TIMESTAMP WHERE id = ? AND finished_at IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM deliveries WHERE broadcast_id = ? AND status IN (?, ?))",
        (broadcast_id, broadcast_id, *OPEN)))


async def lease_holder(db: Database) -> tuple[str, float] | None:
    """(owner, expires at) of the sender lease, if anyone ever took it."""
    async with db.conn.execute("SELECT owner, expires_at FROM sender_lease WHERE id = 1") as cur:
        row = await cur.fetchone()
    return (row[0], row[1]) if row else None


async def take_lease(db: Database, owner: str, now: float, expires_at: float, replacing: str | None = None) -> bool:
    """Take or renew the sender lease: granted when free, expired, already `owner`'s, or held by `replacing`
    (a holder known to be dead). One statement, so two processes never both get it."""
    return bool(await db.write(
        "INSERT INTO sender_lease(id, owner, expires_at) VALUES (1, :owner, :expires)"
        " ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at"
        " WHERE sender_lease.owner IN (:owner, :replacing) OR sender_lease.expires_at <= :now",
        {"owner": owner, "expires": expires_at, "replacing": replacing or owner, "now": now}))


async def drop_lease(db: Database, owner: str) -> None:
    await db.write("DELETE FROM sender_lease WHERE owner = ?", (owner,))
