"""People and their roles: «علی رسولیان» … «رئیس هیات مدیره و مدیرعامل سازمان …»."""
import re
from functools import cache

from bot.extract.context import keyed
from bot.extract.model import PersonFact
from bot.lang.speech import ROLE_WORDS, SPEECH_VERBS
from bot.text.datafiles import data_lines
from bot.text.normalize import normalize
from bot.text.tokens import tokenize

_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_ROLE_RE = re.compile(rf"(?:^|[:.،]\s*)((?:{'|'.join(ROLE_WORDS)})[^:.،]*?)\s+(?:در ادامه\s+|همچنین\s+)?"
                      rf"(?:{_SPEECH})")


@cache
def _first_names() -> frozenset[str]:
    return frozenset(normalize(n) for n in data_lines("first_names.txt"))


def _names(text: str) -> list[tuple[int, str]]:
    words = text.split()
    found = []
    for i, word in enumerate(words[:-1]):
        surname = words[i + 1].strip("،:.")
        if word in _first_names() and surname and surname[0].isalpha() and surname not in _first_names():
            found.append((i, f"{word} {surname}"))
    return found


def find_people(sentences: list[str]) -> list[PersonFact]:
    """Pair each role that speaks without a name with the person the release names."""
    names = [name for s in sentences for _, name in _names(s)]
    if not names:
        return []
    people: list[PersonFact] = []
    for sentence in sentences:
        for m in _ROLE_RE.finditer(sentence):
            role = m.group(1).strip()
            if _names(role):
                continue
            name = _speaker(names, sentence, sentences)
            terms = {k: 1.0 for found in keyed(tokenize(role)) for k in found}
            people.append(PersonFact(name=name, role=role, sentence=sentence, terms=terms))
    return _dedupe(people)


def _speaker(names: list[str], sentence: str, sentences: list[str]) -> str:
    """The named person whose surname the release repeats most: the one speaking."""
    def mentions(name: str) -> int:
        surname = name.split()[-1]
        return sum(s.count(surname) for s in sentences)
    return max(dict.fromkeys(names), key=mentions)


def _dedupe(people: list[PersonFact]) -> list[PersonFact]:
    seen: dict[tuple[str, str], PersonFact] = {}
    for p in people:
        seen.setdefault((p.name, p.role), p)
    return list(seen.values())
