"""Charts offered under answers: the series behind each «نمودار» button, so a press works after a restart."""
from weakref import WeakKeyDictionary

from db.connection import Database
from db.rows import one

# A stored chart never changes: the id of each series is remembered, so offering it again under a popular
# answer costs no write.
_known: WeakKeyDictionary[Database, dict[tuple[str, int], int]] = WeakKeyDictionary()


async def remember_chart(db: Database, fact_ids: list[int], anchor_id: int) -> int:
    """The chart's id; the same series with the same answered point always gets the same id."""
    key = (",".join(map(str, fact_ids)), anchor_id)
    known = _known.setdefault(db, {})
    if key not in known:
        known[key] = await _stored_chart(db, *key)
    return known[key]


async def _stored_chart(db: Database, fact_ids: str, anchor_id: int) -> int:
    async with db.atomic() as conn:
        await conn.execute("INSERT OR IGNORE INTO charts(fact_ids, anchor_id) VALUES (?, ?)", (fact_ids, anchor_id))
        async with conn.execute("SELECT id FROM charts WHERE fact_ids = ? AND anchor_id = ?",
                                (fact_ids, anchor_id)) as cur:
            row = one(await cur.fetchone())
    return row[0]


async def chart_series(db: Database, chart_id: int) -> tuple[list[int], int] | None:
    """(fact ids oldest first, the answered fact) of a chart, or None for an unknown id."""
    async with db.conn.execute("SELECT fact_ids, anchor_id FROM charts WHERE id = ?", (chart_id,)) as cur:
        row = await cur.fetchone()
    return ([int(i) for i in row[0].split(",")], row[1]) if row else None
