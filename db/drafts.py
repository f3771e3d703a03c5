"""Drafts: a previewed release waiting for its admin's decision.

A preview's buttons name their draft, and a draft belongs to one admin in one chat. Only an open draft can be
published, and only once (the claim is one conditional UPDATE); a new draft of the same admin in the same chat
replaces the open one, so an old preview's button can no longer publish anything.
"""
from dataclasses import dataclass

from bot.release import Release
from db.connection import Database
from db.rows import new_id

OPEN, PUBLISHED, CANCELLED, REPLACED = "open", "published", "cancelled", "replaced"
DROP, PLACE, PERIOD = "drop", "place", "period"  # what a correction does (bot/corrections.py)


@dataclass(frozen=True, slots=True)
class Correction:
    """The admin's choice for line `line` of a preview: DROP the statistic, move it to a PLACE (a province,
    or "" for the whole country), or give it another PERIOD (stored as JSON)."""
    line: int
    kind: str
    value: str = ""


async def create_draft(db: Database, chat_id: int, user_id: int, release: Release) -> int:
    """Store a release as the admin's open draft in this chat; an earlier open one is replaced."""
    async with db.atomic() as conn:
        await conn.execute("UPDATE drafts SET status = ?, body = '' WHERE chat_id = ? AND user_id = ? AND status = ?",
                           (REPLACED, chat_id, user_id, OPEN))
        cur = await conn.execute("INSERT INTO drafts(chat_id, user_id, body, date, title, content_hash)"
                                 " VALUES (?, ?, ?, ?, ?, ?)",
                                 (chat_id, user_id, release.body, release.date, release.title, release.content_hash))
    return new_id(cur)


async def open_draft(db: Database, draft_id: int, chat_id: int, user_id: int) -> Release | None:
    """The release of this admin's open draft in this chat, or None (closed, replaced, or someone else's)."""
    async with db.conn.execute("SELECT body, date, title, content_hash FROM drafts"
                               " WHERE id = ? AND chat_id = ? AND user_id = ? AND status = ?",
                               (draft_id, chat_id, user_id, OPEN)) as cur:
        row = await cur.fetchone()
    return Release(*row) if row else None


async def latest_open_draft(db: Database, chat_id: int, user_id: int) -> int | None:
    async with db.conn.execute("SELECT max(id) FROM drafts WHERE chat_id = ? AND user_id = ? AND status = ?",
                               (chat_id, user_id, OPEN)) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


async def close_draft(db: Database, draft_id: int, status: str) -> bool:
    """Close an open draft; False when it was not open any more (so a second press does nothing)."""
    return await db.write("UPDATE drafts SET status = ?, body = '' WHERE id = ? AND status = ?",
                          (status, draft_id, OPEN)) == 1


async def reopen_draft(db: Database, draft_id: int, release: Release) -> None:
    """Undo a claim whose publishing failed, so the admin can press again."""
    await db.write("UPDATE drafts SET status = ?, body = ? WHERE id = ?", (OPEN, release.body, draft_id))


async def close_drafts(db: Database, chat_id: int, user_id: int, status: str) -> int:
    """Close every open draft of this admin in this chat; returns how many."""
    return await db.write("UPDATE drafts SET status = ?, body = '' WHERE chat_id = ? AND user_id = ? AND status = ?",
                          (status, chat_id, user_id, OPEN))


async def save_correction(db: Database, draft_id: int, fix: Correction) -> None:
    """The admin's choice for one line of the draft; a later choice for the same line replaces it."""
    await db.write("INSERT INTO draft_corrections(draft_id, line, kind, value) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT(draft_id, line) DO UPDATE SET kind = excluded.kind, value = excluded.value,"
                   " corrected_at = CURRENT_TIMESTAMP", (draft_id, fix.line, fix.kind, fix.value))


async def corrections(db: Database, draft_id: int) -> list[Correction]:
    async with db.conn.execute("SELECT line, kind, value FROM draft_corrections WHERE draft_id = ? ORDER BY line",
                               (draft_id,)) as cur:
        return [Correction(*row) async for row in cur]


async def carry_corrections(db: Database, from_draft: int, to_draft: int) -> None:
    """A new preview of the same text (another date) keeps the corrections made so far."""
    await db.write("INSERT OR REPLACE INTO draft_corrections(draft_id, line, kind, value)"
                   " SELECT ?, line, kind, value FROM draft_corrections WHERE draft_id = ?", (to_draft, from_draft))


async def record_release(db: Database, draft_id: int, release_id: int) -> None:
    """Which release a published draft became, so its corrections can be traced to the stored facts."""
    await db.write("UPDATE drafts SET release_id = ? WHERE id = ?", (release_id, draft_id))
