"""What the stored facts cover, counted in SQL (no fact is read one by one): for the topic list."""
from dataclasses import dataclass, field

from db.connection import Database


@dataclass(slots=True)
class UnitCoverage:
    unit: str | None
    facts: int
    releases: int
    regions: set[str | None] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    concepts: dict[str, int] = field(default_factory=dict)  # concept key -> facts it stands close to


async def coverage_by_unit(db: Database, strong: float) -> list[UnitCoverage]:
    """Per unit: facts, releases, regions, years, and how many facts each concept is near (weight ≥ strong)."""
    units: dict[str | None, UnitCoverage] = {}
    sql = "SELECT unit, COUNT(*), COUNT(DISTINCT release_id) FROM facts GROUP BY unit"
    async with db.conn.execute(sql) as cur:
        async for unit, facts, releases in cur:
            units[unit] = UnitCoverage(unit, facts, releases)
    async with db.conn.execute("SELECT DISTINCT unit, region FROM facts") as cur:
        async for unit, region in cur:
            units[unit].regions.add(region)
    sql = ("SELECT DISTINCT unit, period_start / 100, period_end / 100 FROM facts"
           " WHERE period_start IS NOT NULL")
    async with db.conn.execute(sql) as cur:
        async for unit, first, last in cur:
            units[unit].years.update(range(first, last + 1))
    sql = ("SELECT f.unit, t.term, COUNT(*) FROM fact_terms t JOIN facts f ON f.id = t.fact_id"
           " WHERE t.term >= '#' AND t.term < '$' AND t.weight >= ? GROUP BY f.unit, t.term")
    async with db.conn.execute(sql, (strong,)) as cur:
        async for unit, term, count in cur:
            units[unit].concepts[term] = count
    return list(units.values())
