"""A verb of speech says nothing was done: «… از افتتاح ۱۰ واحد خبر داد» opened units, it did not allot them.

A concept's phrase may be a bare light verb («دادند» of «واگذاری»: «زمین به سرمایه‌گذاران دادند»), so the «داد» of
«خبر داد» gave a figure the event «واگذاری», and «چند واحد … واگذار شد» was answered with the units opened. What
the question's verb says was done is not said by a figure whose sentence names it only inside a verb of speech
(bot/lang/speech.py): there it weighs as the bare verb does, not at all. Dropping «دادند» from the concept
instead lost the allotment said with that verb. A concept the question names with a noun («قراردادهای واگذاری
زمین») is left as it was: the contracts of «از انعقاد ۱۶۰۰ قرارداد … خبر داد» are the land's allotment.
"""
from dataclasses import replace
from functools import cache, lru_cache

from bot.answer.match import SENTENCES_KEPT
from bot.answer.question import TermGroup
from bot.lang.speech import SPEECH_VERBS
from bot.records import StoredFact
from bot.text.concepts import concept_hits
from bot.text.normalize import normalize
from bot.text.tokens import tokenize


@cache
def _speech_keys() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.key for t in tokenize(normalize(v))) for v in SPEECH_VERBS)


def _speech_spans(keys: list[str]) -> list[tuple[int, int]]:
    """(first, last) token of each verb of speech in a sentence's keys."""
    spans = []
    for verb in _speech_keys():
        n = len(verb)
        spans += [(i, i + n - 1) for i in range(len(keys) - n + 1) if tuple(keys[i : i + n]) == verb]
    return spans


@lru_cache(maxsize=SENTENCES_KEPT)
def said_only_in_speech(sentence: str) -> frozenset[str]:
    """The concepts a sentence names only with words of a verb of speech («#واگذاری» of «خبر داد»)."""
    keys = [t.key for t in tokenize(sentence)]
    spans = _speech_spans(keys)
    if not spans:
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    for first, last, concept in concept_hits(keys):
        within = any(a <= first and last <= b for a, b in spans)
        (inside if within else outside).add(concept)
    return frozenset(inside - outside)


def verb_concepts(groups: list[TermGroup]) -> frozenset[str]:
    """The concepts the question's verb names («#واگذاری» of «واگذار شد»)."""
    return frozenset(a for g in groups if g.verbal for a in g.alternatives if a.startswith("#"))


def without_speech_events(fact: StoredFact, asked: frozenset[str]) -> StoredFact:
    """The figure read without the concepts of `asked` that its sentence names only inside a verb of speech."""
    if not asked & fact.terms.keys():
        return fact
    dropped = said_only_in_speech(fact.sentence) & asked
    if not dropped:
        return fact
    return replace(fact, terms={k: w for k, w in fact.terms.items() if k not in dropped})
