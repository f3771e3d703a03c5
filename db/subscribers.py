"""Subscribers and the questions people asked: verbs for the bot."""
from db.connection import Database
from db.rows import new_id, one


async def upsert_subscriber(db: Database, chat_id: int, user_id: int | None, *, subscribed: bool | None = None,
                            active: bool = True, reason: str | None = None) -> None:
    """Create or update a chat's record; nobody's record is ever deleted."""
    async with db.atomic() as conn:
        await conn.execute(
            "INSERT INTO subscribers(chat_id, user_id, active, subscribed, blocked_reason) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(chat_id) DO UPDATE SET active = excluded.active, blocked_reason = excluded.blocked_reason,"
            " user_id = COALESCE(excluded.user_id, subscribers.user_id), updated_at = CURRENT_TIMESTAMP",
            (chat_id, user_id, int(active), int(bool(subscribed)), reason))
        if subscribed is not None:
            await conn.execute("UPDATE subscribers SET subscribed = ? WHERE chat_id = ?", (int(subscribed), chat_id))


async def subscriber_state(db: Database, chat_id: int) -> tuple[bool, bool] | None:
    """(subscribed, active) for a chat, or None when unknown."""
    async with db.conn.execute("SELECT subscribed, active FROM subscribers WHERE chat_id = ?", (chat_id,)) as cur:
        row = await cur.fetchone()
    return (bool(row[0]), bool(row[1])) if row else None


async def subscriber_counts(db: Database) -> tuple[int, int]:
    """(active, inactive) subscribers."""
    sql = "SELECT SUM(active), SUM(1 - active) FROM subscribers WHERE subscribed = 1"
    async with db.conn.execute(sql) as cur:
        row = one(await cur.fetchone())
    return int(row[0] or 0), int(row[1] or 0)


async def move_chat(db: Database, old_chat_id: int, new_chat_id: int) -> None:
    """A group became a supergroup: its subscription follows it."""
    async with db.atomic() as conn:
        await conn.execute("UPDATE OR IGNORE subscribers SET chat_id = ? WHERE chat_id = ?", (new_chat_id, old_chat_id))
        await conn.execute("UPDATE OR IGNORE deliveries SET chat_id = ?, status = 'pending' WHERE chat_id = ?"
                           " AND status IN ('pending', 'sending')", (new_chat_id, old_chat_id))


async def log_question(db: Database, chat_id: int | None, question: str, answered: bool, confidence: float) -> int:
    """Record a question; returns its id (the 👍/👎 under its answer refer to it)."""
    cur = await db.conn.execute("INSERT INTO questions(chat_id, question, answered, confidence) VALUES (?, ?, ?, ?)",
                                (chat_id, question[:500], int(answered), confidence))
    return new_id(cur)


async def question_stats(db: Database, days: int = 7) -> tuple[int, int]:
    """Answered and unanswered questions in the last days (the unanswered themselves: db.feedback)."""
    async with db.conn.execute(
            "SELECT SUM(answered), SUM(1 - answered) FROM questions WHERE asked_at >= datetime('now', ?)",
            (f"-{days} days",)) as cur:
        row = one(await cur.fetchone())
    return int(row[0] or 0), int(row[1] or 0)
