"""Describing a measure in words: its concepts and its place, for answers, chart titles and the topic list."""
from functools import cache

from bot.answer.model import StoredFact
from bot.text.concepts import concept_names

# concepts that say where or by whom, not what was measured
SETTING_CONCEPTS = frozenset({"#واحد", "#شهرک", "#سازمان", "#مدیرعامل", "#کوچک", "#نخست", "#جدید", "#علت",
                              "#برنامه", "#تحقق", "#رشد", "#کاهش"})
STRONG = 0.8  # a concept this close to the number describes it


def place_parts(region: str | None, scope: str | None) -> list[str]:
    """«استان لرستان», «شهرک‌ها و نواحی دولتی»: what is named, nothing for the whole country."""
    return [p for p in (f"استان {region}" if region else "", f"شهرک‌ها و نواحی {scope}" if scope else "") if p]


def place_words(region: str | None, scope: str | None) -> str:
    return "، ".join(place_parts(region, scope)) or "کل کشور"


def concepts_of(fact: StoredFact, limit: int = 2) -> list[str]:
    """The names of the concepts that stand closest to the number, strongest first."""
    names = _names()
    strong = sorted(((w, t) for t, w in fact.terms.items()
                     if t in names and t not in SETTING_CONCEPTS and w >= STRONG), reverse=True)
    return [names[t] for _, t in strong[:limit]]


@cache
def _names() -> dict[str, str]:
    return concept_names()
