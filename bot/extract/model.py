"""The dataclasses that flow through extraction: one document in, facts out."""
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Period:
    """A span of Jalali months, inclusive, as year*100+month; `point` means «as it stands on» a date."""
    start: int
    end: int
    kind: str  # year | partial | years | point | named
    label: str

    @property
    def months(self) -> int:
        return (self.end // 100 - self.start // 100) * 12 + self.end % 100 - self.start % 100 + 1


@dataclass(frozen=True, slots=True)
class Span:
    """Something found in a sentence, with its character offsets."""
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PeriodMention(Span):
    period: Period


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A region or scope named in a sentence."""
    value: str


@dataclass(frozen=True, slots=True)
class Amount(Span):
    value: float
    value_max: float | None
    unit: str | None
    kind: str
    noun: str | None       # what was counted, when the unit does not say («جواز تاسیس»)
    qualifier: str | None  # «بالغ بر», «قریب», «حدود» …
    text: str              # the amount as written, normalised


@dataclass(slots=True)
class Fact:
    """One statistic of a release, with what it means."""
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
    terms: dict[str, float] = field(default_factory=dict)  # matching key -> weight near the number
    place: str | None = None  # a county, city or park within the region, when the release names one
    measure: str = ""  # what it measures, in the release's own words (named after extraction: bot.ingest)


@dataclass(slots=True)
class ListFact:
    """An enumeration: «کمبود نقدینگی، فقدان بازار، … از علل عمده توقف تولید … است»."""
    head: str
    items: list[str]
    sentence: str
    terms: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class PersonFact:
    name: str
    role: str
    sentence: str
    terms: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Extraction:
    facts: list[Fact]
    lists: list[ListFact]
    people: list[PersonFact]
