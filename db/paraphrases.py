"""Wordings an admin taught: a question's words stand for a stored fact. Verbs for the bot."""
import time
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from db.connection import Database
from db.rows import new_id

# Tehran's day starts 3.5 hours before UTC's: questions are stored with UTC timestamps.
_TEHRAN_TODAY = "datetime('now', '+210 minutes', 'start of day', '-210 minutes')"
RECHECK_EVERY = 1.0  # seconds between two looks for another process's teachings


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
    _changed(db)
    return new_id(cur)


async def undo(db: Database, paraphrase_id: int) -> bool:
    """Withdraw a teaching; False when it is unknown or already withdrawn."""
    changed = await db.write("UPDATE paraphrases SET undone_at = CURRENT_TIMESTAMP WHERE id = ? AND undone_at IS NULL",
                             (paraphrase_id,))
    _changed(db)
    return changed > 0


async def taught(db: Database, wording: str) -> Taught | None:
    """The latest teaching still in force for this wording. Every question asks this, so the teachings in
    force (a handful) are kept in memory: read again after a teaching or undo here, and when the table's
    stamp shows another process changed them (read at most once a second)."""
    return (await _in_force(db)).get(wording)


async def _in_force(db: Database) -> dict[str, Taught]:
    kept, generation, now = _kept.get(db), _generation.get(db, 0), time.monotonic()
    if kept is not None and now - kept.checked < RECHECK_EVERY:
        return kept.by_wording
    rows = await db.conn.execute_fetchall("SELECT MAX(id), COUNT(undone_at) FROM paraphrases")
    stamp = tuple(next(iter(rows)))
    by_wording = kept.by_wording if kept is not None and kept.stamp == stamp else await _read_in_force(db)
    if _generation.get(db, 0) == generation:  # no teaching or undo here while the table was read
        _kept[db] = _Kept(stamp, now, by_wording)
    return by_wording


async def _read_in_force(db: Database) -> dict[str, Taught]:
    rows = await db.conn.execute_fetchall("SELECT id, wording, period_start, period_end, fact_id FROM paraphrases"
                                          " WHERE undone_at IS NULL ORDER BY id")  # the latest teaching wins
    return {r[1]: Taught(r[0], r[1], (r[2], r[3]) if r[2] is not None else None, r[4]) for r in rows}


@dataclass(frozen=True, slots=True)
class _Kept:
    stamp: tuple  # (largest id, how many undone): changes with every teaching and every undo
    checked: float
    by_wording: dict[str, Taught]


_kept: WeakKeyDictionary[Database, _Kept] = WeakKeyDictionary()
_generation: WeakKeyDictionary[Database, int] = WeakKeyDictionary()


def _changed(db: Database) -> None:
    """A teaching or an undo by this process: the next look-up reads the table again."""
    _kept.pop(db, None)
    _generation[db] = _generation.get(db, 0) + 1


async def to_review(db: Database, days: int = 7, limit: int = 40) -> list[ToReview]:
    """The week's unanswered questions and 👎 answers, most asked first, each wording once."""
    sql = ("SELECT MAX(q.id), q.question, COUNT(*), MAX(f.vote = -1), MAX(f.reason),"
           f" MAX(q.asked_at >= {_TEHRAN_TODAY})"
           " FROM questions q LEFT JOIN feedback f ON f.question_id = q.id"
           " WHERE q.asked_at >= datetime('now', ?) AND (q.answered = 0 OR f.vote = -1)"
           " GROUP BY q.question ORDER BY COUNT(*) DESC, MAX(q.id) DESC LIMIT ?")
    async with db.conn.execute(sql, (f"-{days} days", limit)) as cur:
        return [ToReview(r[0], r[1], r[2], bool(r[3]), r[4], bool(r[5])) async for r in cur]
