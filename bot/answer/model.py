"""What the answer engine returns (an Answer). The stored rows it reads live in `bot.records`."""
from dataclasses import dataclass, field

from bot.answer.question import Query
from bot.records import Source, StoredFact, StoredList, StoredPerson

__all__ = ["Answer", "Choice", "Source", "StoredFact", "StoredList", "StoredPerson"]  # rows re-exported for old callers


@dataclass(frozen=True, slots=True)
class Choice:
    """One reading of a question that has two close ones: a complete one-line answer, offered as a button."""
    value: float
    unit: str | None
    period: str | None
    region: str | None
    text: str
    fact_id: int


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
    choices: list[Choice] = field(default_factory=list)  # «which did you mean?»: close readings, none answered
    query: Query | None = field(default=None, repr=False)  # what was understood, for a chart of the answer
