"""Charts offered under answers: the series behind each «نمودار» button, so a press works after a restart."""
from db.connection import Database
from db.rows import one


async def remember_chart(db: Database, fact_ids: list[int], anchor_id: int) -> int:
    """The chart's id; the same series with the same answered point always gets the same id."""
    key = ",".join(map(str, fact_ids))
    async with db.atomic() as conn:
        await conn.execute("INSERT OR IGNORE INTO charts(fact_ids, anchor_id) VALUES (?, ?)", (key, anchor_id))
        async with conn.execute("SELECT id FROM charts WHERE fact_ids = ? AND anchor_id = ?", (key, anchor_id)) as cur:
            row = one(await cur.fetchone())
    return row[0]


async def chart_series(db: Database, chart_id: int) -> tuple[list[int], int] | None:
    """(fact ids oldest first, the answered fact) of a chart, or None for an unknown id."""
    async with db.conn.execute("SELECT fact_ids, anchor_id FROM charts WHERE id = ?", (chart_id,)) as cur:
        row = await cur.fetchone()
    return ([int(i) for i in row[0].split(",")], row[1]) if row else None
