"""Concepts from bot/data/synonyms.txt: phrases that mean the same thing, found in token keys."""
from dataclasses import dataclass
from functools import cache

from bot.text.datafiles import data_lines
from bot.text.normalize import normalize
from bot.text.tokens import tokenize

_GAP = 1  # how many other words may stand between two words of a phrase


@dataclass(frozen=True, slots=True)
class Phrase:
    concept: str
    keys: tuple[str, ...]


@cache
def phrases() -> tuple[Phrase, ...]:
    """Every phrase of every concept, longest first."""
    found: list[Phrase] = []
    for line in data_lines("synonyms.txt"):
        name, _, rest = line.partition(":")
        concept = _key(name)
        for phrase in rest.split("|"):
            keys = tuple(t.key for t in tokenize(normalize(phrase.strip())))
            if keys:
                found.append(Phrase(concept, keys))
    return tuple(sorted(found, key=lambda p: len(p.keys), reverse=True))


@cache
def concept_names() -> dict[str, str]:
    """Each concept's key and the name it is written with in synonyms.txt («#بهرهبرداری» -> «بهره‌برداری»)."""
    names = {}
    for line in data_lines("synonyms.txt"):
        name = line.partition(":")[0].strip()
        names[_key(name)] = name
    return names


def _key(name: str) -> str:
    return "#" + tokenize(normalize(name.strip()))[0].key


@cache
def _by_first_key() -> dict[str, tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = {}
    for phrase in phrases():
        index.setdefault(phrase.keys[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def concept_hits(keys: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, concept) for every phrase found in a sequence of keys."""
    hits: list[tuple[int, int, str]] = []
    index = _by_first_key()
    for i, key in enumerate(keys):
        for phrase in index.get(key, ()):
            end = _match_from(keys, i, phrase.keys)
            if end is not None:
                hits.append((i, end, phrase.concept))
    return hits


def _match_from(keys: list[str], i: int, wanted: tuple[str, ...]) -> int | None:
    pos = i
    for want in wanted[1:]:
        window = keys[pos + 1 : pos + 2 + _GAP]
        if want not in window:
            return None
        pos = pos + 1 + window.index(want)
    return pos
