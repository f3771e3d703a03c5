"""Wordings an admin taught: a question's words stand for a stored fact. Verbs for the bot."""
from dataclasses import dataclass

from db.connection import Database
from db.rows import new_id

# Tehran's day starts 3.5 hours before UTC's: questions are stored with UTC timestamps.
_TEHRAN_TODAY = "datetime('now', '+210 minutes', 'start of day', '-210 minutes')"


@dataclass(frozen=True, slots=True)
class Taught:
    id: int
    wording: str
    period: tuple[int, int] | None  # what the question's time words meant when it was taught
    fact_id: int


@dataclass(frozen=True, slots=True)
class ToReview:
    question_id: int
    question: str
    asked: int           # how many times this wording was asked
    voted_down: bool     # answered, but a 👎 said it was wrong
    reason: str | None   # the 👎's line of why
    today: bool          # asked today (Tehran time), not only earlier this week


async def teach(db: Database, wording: str, period: tuple[int, int] | None, fact_id: int, question_id: int | None,
                admin_id: int | None) -> int:
    """Store a taught wording; returns its id (for undo)."""
    start, end = period or (None, None)
    async with db.atomic() as conn:
        cur = await conn.execute("INSERT INTO paraphrases(wording, period_start, period_end, fact_id, question_id,"
                                 " taught_by) VALUES (?, ?, ?, ?, ?, ?)",
                                 (wording, start, end, fact_id, question_id, admin_id))
        return new_id(cur)


async def undo(db: Database, paraphrase_id: int) -> bool:
    """Withdraw a teaching; False when it is unknown or already withdrawn."""
    changed = await db.write("UPDATE paraphrases SET undone_at = CURRENT_TIMESTAMP WHERE id = ? AND undone_at IS NULL",
                             (paraphrase_id,))
    return changed > 0


async def taught(db: Database, wording: str) -> Taught | None:
    """The latest teaching still in force for this wording."""
    rows = await db.conn.execute_fetchall("SELECT id, wording, period_start, period_end, fact_id FROM paraphrases"
                                          " WHERE wording = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
                                          (wording,))  # one round trip to the database thread, not three
    if not rows:
        return None
    row = next(iter(rows))
    period = (row[2], row[3]) if row[2] is not None else None
    return Taught(row[0], row[1], period, row[4])


async def to_review(db: Database, days: int = 7, limit: int = 40) -> list[ToReview]:
    """The week's unanswered questions and 👎 answers, most asked first, each wording once."""
    sql = ("SELECT MAX(q.id), q.question, COUNT(*), MAX(f.vote = -1), MAX(f.reason),"
           f" MAX(q.asked_at >= {_TEHRAN_TODAY})"
           " FROM questions q LEFT JOIN feedback f ON f.question_id = q.id"
           " WHERE q.asked_at >= datetime('now', ?) AND (q.answered = 0 OR f.vote = -1)"
           " GROUP BY q.question ORDER BY COUNT(*) DESC, MAX(q.id) DESC LIMIT ?")
    async with db.conn.execute(sql, (f"-{days} days", limit)) as cur:
        return [ToReview(r[0], r[1], r[2], bool(r[3]), r[4], bool(r[5])) async for r in cur]
