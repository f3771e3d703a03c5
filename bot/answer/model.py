"""What the answer engine returns (an Answer). The stored rows it reads live in `bot.records`."""
from dataclasses import dataclass, field

from bot.answer.question import Query
from bot.records import Source, StoredFact, StoredList, StoredPerson

__all__ = ["Answer", "Source", "StoredFact", "StoredList", "StoredPerson"]  # rows re-exported for old callers


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
