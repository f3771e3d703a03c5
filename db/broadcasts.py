"""Durable broadcasts: one delivery row per recipient, its state saved after every send."""
from dataclasses import dataclass

import aiosqlite

from bot.extract.model import Extraction
from bot.release import Release
from db.connection import Database
from db.releases import ReleaseExists, insert_release_rows, release_id_by_hash
from db.subscriptions import WANTS_RELEASE


@dataclass(frozen=True, slots=True)
class Delivery:
    broadcast_id: int
    chat_id: int
    attempts: int


async def create_broadcast(db: Database, release_id: int, admin_chat_id: int | None) -> int:
    """A broadcast with one pending delivery per active subscriber, in one transaction."""
    async with db.atomic() as conn:
        cur = await conn.execute("INSERT INTO broadcasts(release_id, admin_chat_id) VALUES (?, ?)",
                                 (release_id, admin_chat_id))
        broadcast_id = cur.lastrowid
        await _queue_deliveries(conn, broadcast_id, release_id)
    return broadcast_id


async def _queue_deliveries(conn: aiosqlite.Connection, broadcast_id: int, release_id: int) -> None:
    """One pending delivery per active subscriber who wants this release (db.subscriptions)."""
    await conn.execute("INSERT INTO deliveries(broadcast_id, chat_id) SELECT :broadcast_id, chat_id FROM subscribers"
                       f" WHERE subscribed = 1 AND active = 1 AND {WANTS_RELEASE}",
                       {"broadcast_id": broadcast_id, "release_id": release_id})


async def pending(db: Database, limit: int = 500) -> list[Delivery]:
    sql = ("SELECT broadcast_id, chat_id, attempts FROM deliveries WHERE status = 'pending'"
           " ORDER BY broadcast_id, chat_id LIMIT ?")
    async with db.conn.execute(sql, (limit,)) as cur:
        return [Delivery(r[0], r[1], r[2]) async for r in cur]


async def mark_in_flight(db: Database, delivery: Delivery) -> None:
    """Written before the send: after a crash, an in-flight delivery may have arrived and is not resent."""
    await db.write("UPDATE deliveries SET status = 'sending', updated_at = CURRENT_TIMESTAMP"
                   " WHERE broadcast_id = ? AND chat_id = ?", (delivery.broadcast_id, delivery.chat_id))


async def settle_in_flight(db: Database) -> int:
    """At start: deliveries caught mid-send by a crash become «unconfirmed» (the admin may retry them)."""
    cur = await db.conn.execute("UPDATE deliveries SET status = 'unconfirmed', error = 'interrupted mid-send'"
                                " WHERE status = 'sending'")
    return cur.rowcount


async def mark(db: Database, delivery: Delivery, status: str, error: str | None = None,
               message_id: int | None = None) -> None:
    """Save one delivery's outcome: sent, blocked, failed, or pending again with one more attempt."""
    await db.write(
        "UPDATE deliveries SET status = ?, error = ?, message_id = ?, attempts = attempts + 1,"
        " updated_at = CURRENT_TIMESTAMP WHERE broadcast_id = ? AND chat_id = ?",
        (status, error, message_id, delivery.broadcast_id, delivery.chat_id))


async def counts(db: Database, broadcast_id: int) -> dict[str, int]:
    sql = "SELECT status, COUNT(*) FROM deliveries WHERE broadcast_id = ? GROUP BY status"
    async with db.conn.execute(sql, (broadcast_id,)) as cur:
        return {r[0]: r[1] async for r in cur}


async def release_of(db: Database, broadcast_id: int) -> int:
    async with db.conn.execute("SELECT release_id FROM broadcasts WHERE id = ?", (broadcast_id,)) as cur:
        row = await cur.fetchone()
    return row[0]


async def recent(db: Database, limit: int = 10) -> list[tuple[int, str, str, dict[str, int]]]:
    """(id, release title, started at, counts by state) of the latest broadcasts."""
    sql = ("SELECT b.id, r.title, b.started_at FROM broadcasts b JOIN releases r ON r.id = b.release_id"
           " ORDER BY b.id DESC LIMIT ?")
    async with db.conn.execute(sql, (limit,)) as cur:
        rows = [(r[0], r[1], r[2]) async for r in cur]
    return [(i, title, started, await counts(db, i)) for i, title, started in rows]


async def retry_failed(db: Database, broadcast_id: int) -> int:
    """Failed and unconfirmed deliveries of a broadcast go back to pending; returns how many."""
    cur = await db.conn.execute("UPDATE deliveries SET status = 'pending', attempts = 0 WHERE broadcast_id = ?"
                                " AND status IN ('failed', 'unconfirmed')", (broadcast_id,))
    return cur.rowcount


async def finish(db: Database, broadcast_id: int) -> None:
    await db.conn.execute("UPDATE broadcasts SET finished_at = CURRENT_TIMESTAMP WHERE id = ?", (broadcast_id,))


async def publish(db: Database, release: Release, extraction: Extraction, admin_chat_id: int | None) -> tuple[int, int]:
    """Store a release and queue one delivery per active subscriber in the same transaction:
    a crash leaves either both or neither. Returns (release id, broadcast id)."""
    existing = await release_id_by_hash(db, release.content_hash)
    if existing is not None:
        raise ReleaseExists(existing)
    async with db.atomic() as conn:
        release_id = await insert_release_rows(conn, release, extraction)
        cur = await conn.execute("INSERT INTO broadcasts(release_id, admin_chat_id) VALUES (?, ?)",
                                 (release_id, admin_chat_id))
        await _queue_deliveries(conn, cur.lastrowid, release_id)
    return release_id, cur.lastrowid
