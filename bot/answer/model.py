"""What the answer engine reads (stored facts) and what it returns (an Answer)."""
from dataclasses import dataclass, field

from bot.extract.model import Period


@dataclass(frozen=True, slots=True)
class Source:
    release_id: int
    date: str
    title: str


@dataclass(slots=True)
class StoredFact:
    id: int
    value: float
    value_max: float | None
    unit: str | None
    kind: str
    noun: str | None
    qualifier: str | None
    period: Period | None
    region: str | None
    scope: str | None
    is_target: bool
    sentence: str
    amount_text: str
    terms: dict[str, float]
    source: Source


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
