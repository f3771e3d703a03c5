"""Each chat's conversation context (what its last question asked), kept so a follow-up works after a restart.

The state is the core's own plain JSON text; this module only stores it, one row a chat, with the time saved.
"""
from db.connection import Database

_SAVE = ("INSERT INTO conversations(chat_id, state, saved_at) VALUES (?, ?, ?)"
         " ON CONFLICT(chat_id) DO UPDATE SET state = excluded.state, saved_at = excluded.saved_at")


async def save_conversation(db: Database, chat_id: int, state: str, now: float) -> None:
    """Replace the chat's context with `state`, saved at `now` (seconds since the epoch)."""
    await db.write(_SAVE, (chat_id, state, now))


async def conversation_since(db: Database, chat_id: int, since: float) -> str | None:
    """The chat's context if it was saved at `since` or later; an older one is as good as none."""
    sql = "SELECT state FROM conversations WHERE chat_id = ? AND saved_at >= ?"
    async with db.conn.execute(sql, (chat_id, since)) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


async def save_conversations(db: Database, rows: list[tuple[int, str, float]]) -> None:
    """Replace the context of each chat in `rows` (chat_id, state, saved_at), all in one transaction."""
    async with db.atomic() as conn:
        await conn.executemany(_SAVE, rows)
