"""👍/👎 under answers and the optional line of why: verbs for the bot."""
from db.connection import Database

UP, DOWN = 1, -1


async def asked(db: Database, question_id: int) -> tuple[int | None, str] | None:
    """(chat_id, question) of a logged question, or None when the id is unknown."""
    async with db.conn.execute("SELECT chat_id, question FROM questions WHERE id = ?", (question_id,)) as cur:
        row = await cur.fetchone()
    return (row[0], row[1]) if row else None


async def record_vote(db: Database, question_id: int, fact_id: int | None, vote: int) -> None:
    """A vote on an answer; pressing again (or the other thumb) replaces it, keeping any reason given."""
    await db.write("INSERT INTO feedback(question_id, fact_id, vote) VALUES (?, ?, ?)"
                   " ON CONFLICT(question_id) DO UPDATE SET vote = excluded.vote, fact_id = excluded.fact_id,"
                   " voted_at = CURRENT_TIMESTAMP", (question_id, fact_id, vote))


async def record_reason(db: Database, question_id: int, reason: str) -> bool:
    """The line of why under a 👎; False when there is no 👎 for that question."""
    changed = await db.write("UPDATE feedback SET reason = ? WHERE question_id = ? AND vote = ?",
                             (reason[:500], question_id, DOWN))
    return changed > 0


async def votes(db: Database, question_id: int) -> tuple[int, int | None, str | None] | None:
    """(vote, fact_id, reason) for a question, or None when nobody voted."""
    async with db.conn.execute("SELECT vote, fact_id, reason FROM feedback WHERE question_id = ?",
                               (question_id,)) as cur:
        row = await cur.fetchone()
    return (row[0], row[1], row[2]) if row else None
