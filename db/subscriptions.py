"""What each subscriber chose to receive: every release (no rows), or only releases about chosen provinces."""
from db.connection import Database


async def provinces_on_offer(db: Database, limit: int = 12) -> list[str]:
    """The provinces the stored releases speak of, most documented first: the choices /subscribe offers."""
    sql = ("SELECT region FROM facts WHERE region IS NOT NULL GROUP BY region"
           " ORDER BY COUNT(DISTINCT release_id) DESC, region LIMIT ?")
    async with db.conn.execute(sql, (limit,)) as cur:
        return [row[0] async for row in cur]


async def chosen_provinces(db: Database, chat_id: int) -> list[str]:
    """The provinces a chat chose; empty means every release."""
    sql = "SELECT region FROM subscription_regions WHERE chat_id = ? ORDER BY region"
    async with db.conn.execute(sql, (chat_id,)) as cur:
        return [row[0] async for row in cur]


async def toggle_province(db: Database, chat_id: int, region: str) -> list[str]:
    """Add the province to the chat's choice, or take it out when it was there; returns the new choice."""
    async with db.atomic() as conn:
        cur = await conn.execute("DELETE FROM subscription_regions WHERE chat_id = ? AND region = ?",
                                 (chat_id, region))
        if cur.rowcount == 0:
            await conn.execute("INSERT INTO subscription_regions(chat_id, region) VALUES (?, ?)", (chat_id, region))
    return await chosen_provinces(db, chat_id)


async def choose_everything(db: Database, chat_id: int) -> None:
    """Back to every release."""
    await db.write("DELETE FROM subscription_regions WHERE chat_id = ?", (chat_id,))


# A delivery is queued for a subscriber who chose nothing (every release), for a release that names no
# province (national news concerns everyone), or when one of the release's provinces is among the chosen.
WANTS_RELEASE = """(
    NOT EXISTS (SELECT 1 FROM subscription_regions c WHERE c.chat_id = subscribers.chat_id)
    OR NOT EXISTS (SELECT 1 FROM facts f WHERE f.release_id = :release_id AND f.region IS NOT NULL)
    OR EXISTS (SELECT 1 FROM subscription_regions c JOIN facts f ON f.region = c.region
               WHERE c.chat_id = subscribers.chat_id AND f.release_id = :release_id))"""
