"""Comparing extracted facts with a gold list: precision and recall of (value, unit, period)."""
from dataclasses import dataclass

from bot.extract.model import Fact

Triple = tuple[float, str | None, str | None]


@dataclass(frozen=True, slots=True)
class GoldScore:
    true_positive: int
    extracted: int
    expected: int
    missing: list[Triple]
    extra: list[Triple]

    @property
    def precision(self) -> float:
        return self.true_positive / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0


def triples(facts: list[Fact]) -> list[Triple]:
    return [(round(f.value, 6), f.unit, f.period.label if f.period else None) for f in facts]


def compare(facts: list[Fact], gold: list[list]) -> GoldScore:
    got = triples(facts)
    want = [(round(float(v), 6), u, p) for v, u, p in gold]
    remaining = list(got)
    hits, missing = 0, []
    for item in want:
        if item in remaining:
            remaining.remove(item)
            hits += 1
        else:
            missing.append(item)
    return GoldScore(hits, len(got), len(want), missing, remaining)
