"""«۲۳ شهرک و ناحیه صنعتی» counts parks and industrial areas together, two kinds of one concept joined by «و»;
«چند شهرک صنعتی فعاله» asks the parks alone, and «چند تا شهرک و ناحیه صنعتی داره» both. A figure counting
one where the question counts the other fits only by the concept, as a noun of the same concept does
(match.CONCEPT_NOUN), so the one that counts what the question counts is answered, not offered as a choice.
"""
import re
from functools import lru_cache

from bot.text.concepts import concept_hits
from bot.text.tokens import word_key

_AND_NEXT = re.compile(r"\s*و\s+([^\s،؛:.]+)")


@lru_cache(maxsize=4096)
def _concepts(word: str) -> frozenset[str]:
    return frozenset(c for _, _, c in concept_hits([word_key(word)]))


def joins_another_kind(text: str, noun_end: int, noun: str) -> bool:
    """The noun ending at `noun_end` is followed by «و» and another word of its concept («شهرک و ناحیه»)."""
    found = _AND_NEXT.match(text, noun_end)
    if not found or word_key(found.group(1)) == word_key(noun):
        return False
    return bool(_concepts(noun) & _concepts(found.group(1)))


@lru_cache(maxsize=8192)
def fact_counts_two(sentence: str, amount_text: str) -> bool:
    """«۲۳ شهرک و ناحیه صنعتی»: the figure's counted word is joined to another kind of the same thing."""
    at = sentence.find(amount_text)
    return at >= 0 and joins_another_kind(sentence, at + len(amount_text), amount_text.split()[-1])


def question_counts_two(normalized: str, counted: str) -> bool:
    """«چند تا شهرک و ناحیه …»: the question's counted word is joined to another kind of the same thing."""
    at = normalized.find(counted)
    return at >= 0 and joins_another_kind(normalized, at + len(counted), counted)
