"""Stored rows as the answer side reads them: plain data below both `db/` and `bot.answer`.

`db/` builds these from SQL rows; nothing here knows how a question is parsed.
"""
from dataclasses import dataclass, field

from bot.extract.model import Fact


@dataclass(frozen=True, slots=True)
class Source:
    release_id: int
    date: str
    title: str


@dataclass(slots=True)
class StoredFact(Fact):
    """A fact as stored: what extraction found, plus its id and the release it came from."""
    id: int = 0
    source: Source = field(default_factory=lambda: Source(0, "", ""))


@dataclass(slots=True)
class StoredList:
    id: int
    head: str
    items: list[str]
    sentence: str
    terms: dict[str, float]
    source: Source


@dataclass(slots=True)
class StoredPerson:
    id: int
    name: str
    role: str
    sentence: str
    terms: dict[str, float]
    source: Source
