"""Comparing extracted facts with gold: the project's (value, unit, period) triples, and the shared real
releases' facts (value, period label, province) scored as `../shared/eval/extract_score.py` does."""
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


@dataclass(frozen=True, slots=True)
class FullScore:
    """Shared-gold score of one release: a gold fact is found when a fact has its value (within 0.5%), and
    fully when it also has its period (unless the gold leaves it open) and its province."""
    expected: int
    values: int
    full: int
    extracted: int
    stray: int
    misses: list[str]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(b), 1e-9)


def _province(name: str | None) -> str:
    return " ".join((name or "").replace("\u200c", " ").replace("استان", "").split())


def compare_full(facts: list[Fact], gold: list[dict]) -> FullScore:
    values = full = 0
    misses: list[str] = []
    for g in gold:
        same = [f for f in facts if _close(f.value, g["value"])]
        whole = [f for f in same if (g.get("period") is None or (f.period and f.period.label == g["period"]))
                 and _province(f.region) == _province(g.get("region"))]
        values, full = values + bool(same), full + bool(whole)
        if not whole:
            got = "; ".join(f"{f.period.label if f.period else None} / {f.region}" for f in same) or "no value"
            misses.append(f"{g['value']:g} {g.get('unit')} {g.get('period')} {g.get('region')} :: got {got}")
    stray = sum(not any(_close(f.value, g["value"]) for g in gold) for f in facts)
    return FullScore(len(gold), values, full, len(facts), stray, misses)
