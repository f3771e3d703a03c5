"""What the stored facts cover, for the topic list: kept in `topic_coverage`, added to as each release is stored,
so the list is read from a small table however many releases there are.

A row is (unit, aspect, value, weight, count): aspect «facts» and «releases» count them per unit, «region» and
«year» name what the unit's figures cover, «concept» counts the facts a concept stands near with that weight.
A missing unit or region is stored as '' (the key cannot hold NULL) and read back as None.
"""
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.extract.model import Fact
from db.connection import Database

ADD_COVERAGE = ("INSERT INTO topic_coverage(unit, aspect, value, weight, count) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO UPDATE SET count = count + excluded.count")


@dataclass(slots=True)
class UnitCoverage:
    unit: str | None
    facts: int
    releases: int
    regions: set[str | None] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    concepts: dict[str, int] = field(default_factory=dict)  # concept key -> facts it stands close to
    measures: dict[str, int] = field(default_factory=dict)  # a measure's name -> facts that measure it


def coverage_rows(facts: list[Fact], postings: Iterable[tuple[int, str, float]]) -> Counter:
    """What one release adds: postings are (index of the fact, term, weight)."""
    rows: Counter = Counter()
    for fact in facts:
        unit = fact.unit or ""
        rows[unit, "facts", "", 0.0] += 1
        rows[unit, "region", fact.region or "", 0.0] += 1
        if fact.measure:
            rows[unit, "measure", fact.measure, 0.0] += 1
        if fact.period is not None:
            for year in range(fact.period.start // 100, fact.period.end // 100 + 1):
                rows[unit, "year", str(year), 0.0] += 1
    for unit in {fact.unit or "" for fact in facts}:
        rows[unit, "releases", "", 0.0] = 1
    for i, term, weight in postings:
        if "#" <= term < "$":
            rows[facts[i].unit or "", "concept", term, weight] += 1
    return rows


async def coverage_by_unit(db: Database, strong: float) -> list[UnitCoverage]:
    """Per unit: facts, releases, regions, years, and how many facts each concept is near (weight ≥ strong)."""
    units: dict[str, UnitCoverage] = {}
    sql = ("SELECT unit, aspect, value, count FROM topic_coverage WHERE aspect != 'concept' OR weight >= ?"
           " ORDER BY unit, aspect")
    async with db.conn.execute(sql, (strong,)) as cur:
        async for unit, aspect, value, count in cur:
            c = units.setdefault(unit, UnitCoverage(unit or None, 0, 0))
            if aspect == "facts":
                c.facts = count
            elif aspect == "releases":
                c.releases = count
            elif aspect == "region":
                c.regions.add(value or None)
            elif aspect == "year":
                c.years.add(int(value))
            elif aspect == "measure":
                c.measures[value] = count
            else:
                c.concepts[value] = c.concepts.get(value, 0) + count
    return list(units.values())
