"""What the bot can answer about: the stored statistics grouped by what they count, for /topics.

A topic is a unit of measure («واحد», «هکتار», «ریال» …) with the concepts its figures are about
(«احیا», «واگذاری» …), the years and places they cover and the releases behind them. Units come from
the releases themselves, so a new kind of statistic shows up here without a code change.
"""
import time
from dataclasses import dataclass

from bot.answer.measure import SETTING_CONCEPTS, STRONG
from bot.answer.render import fa, unit_words
from bot.messages import say
from bot.text.concepts import concept_names
from db import releases as store
from db.connection import Database
from db.topics import UnitCoverage, coverage_by_unit

MAX_CONCEPTS = 6
MAX_TOPICS = 20
RECHECK_EVERY = 5.0  # seconds between two checks for newly stored releases


@dataclass(slots=True)
class Topic:
    unit: str
    concepts: list[str]
    years: list[int]
    regions: list[str]   # «کل کشور» first when national figures exist
    releases: int
    facts: int


def build_topics(coverage: list[UnitCoverage]) -> list[Topic]:
    """Topics from what the database counted, the ones with most releases behind them first."""
    names = concept_names()
    topics = []
    for c in coverage:
        concepts = sorted(((n, t) for t, n in c.concepts.items() if t in names and t not in SETTING_CONCEPTS),
                          key=lambda nt: (-nt[0], nt[1]))
        regions = (["کل کشور"] if None in c.regions else []) + sorted(r for r in c.regions if r)
        measures = sorted(c.measures, key=lambda m: (-c.measures[m], m))  # in the releases' own words
        about = measures[:MAX_CONCEPTS] or [names[t] for _, t in concepts[:MAX_CONCEPTS]]  # older databases
        topics.append(Topic(unit_words(c.unit) or "بی‌واحد", about, sorted(c.years), regions, c.releases, c.facts))
    return sorted(topics, key=lambda t: (-t.releases, -t.facts, t.unit))


def year_ranges(years: list[int]) -> str:
    """[1395, 1399, 1402, 1403, 1404] -> «۱۳۹۵، ۱۳۹۹، ۱۴۰۲ تا ۱۴۰۴»."""
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return "، ".join(fa(r[0]) if len(r) == 1 else f"{fa(r[0])} تا {fa(r[-1])}" for r in runs)


class TopicIndex:
    """The topic list, rebuilt only when a release has been added since it was last built."""

    def __init__(self, db: Database, recheck_every: float = RECHECK_EVERY) -> None:
        self.db, self.recheck_every = db, recheck_every
        self._built: tuple[int, list[Topic]] | None = None
        self._checked = 0.0

    async def topics(self) -> list[Topic]:
        if self._built is not None and time.monotonic() - self._checked < self.recheck_every:
            return self._built[1]
        self._checked = time.monotonic()
        version = await store.facts_version(self.db)
        if self._built is None or self._built[0] != version:
            self._built = (version, build_topics(await coverage_by_unit(self.db, STRONG)))
        return self._built[1]


def topics_text(topics: list[Topic]) -> str:
    """The overview people read: one entry a topic, most documented first."""
    if not topics:
        return say("no_topics")
    lines = [say("topics_title")]
    for t in topics[:MAX_TOPICS]:
        about = f" — {'، '.join(t.concepts)}" if t.concepts else ""
        covered = [year_ranges(t.years)] if t.years else []
        covered += ["، ".join(t.regions), say("topic_releases", releases=fa(t.releases))]
        lines.append(say("topic_line", unit=t.unit, about=about, covered=" · ".join(covered)))
    if len(topics) > MAX_TOPICS:
        lines.append(say("topics_more", more=fa(len(topics) - MAX_TOPICS)))
    return "\n".join(lines)
