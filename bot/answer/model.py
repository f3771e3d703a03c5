"""What the answer engine reads (stored facts) and what it returns (an Answer)."""
from dataclasses import dataclass, field

from bot.answer.question import Query
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


@dataclass(slots=True)
class Answer:
    """The engine's reply to one question; `text` is plain Persian (escaped only when rendered)."""
    question: str
    answered: bool
    text: str
    value: float | None = None
    unit: str | None = None
    period: str | None = None
    region: str | None = None
    confidence: float = 0.0
    sources: list[Source] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    suggestion_ids: list[int] = field(default_factory=list)
    fact_id: int | None = None
    query: Query | None = field(default=None, repr=False)  # what was understood, for a chart of the answer
