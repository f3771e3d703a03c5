"""People and their roles: «حمیدرضا امانی مدیرعامل شرکت شهرک‌های صنعتی استان», «سرپرست شرکت … اعلام کرد
… . به گفته کشاورز …».

A role is linked to the name written next to it («محمد اهلی، مدیرعامل …»), else to the person who speaks
right after it («مدیرعامل … گفت: … . جمال علیرضاپور افزود»), else to the person the release names most.
"""
import re
from dataclasses import dataclass
from functools import cache

from bot.extract.context import keyed
from bot.extract.model import PersonFact
from bot.lang.speech import ROLE_WORDS, SPEECH_VERBS
from bot.text.datafiles import data_lines
from bot.text.normalize import normalize
from bot.text.stopwords import is_function_word
from bot.text.tokens import tokenize

_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# A role starts a sentence, follows a comma or a name, and ends before what the person did or said.
_ROLE_TEXT = (rf"((?:{'|'.join(ROLE_WORDS)})(?![\w\u200c])[^:.،]*?)"
              rf"(?=\s+(?:{_SPEECH}|در|از|هم|نیز|پیش از|با|به مناسبت|طی|روز)(?:\s|$|[:.،])|\s*[:.،]|$)")
_ROLE = re.compile(rf"(?:^|(?<=[:.،]\s)|(?<=[:.،]))\s*{_ROLE_TEXT}")
_ROLE_AFTER_NAME = re.compile(rf"\s*،?\s*{_ROLE_TEXT}")  # «مسلم فلاح‌زاده مدیرعامل شرکت …»
# «به گفته کشاورز»، «فلاح‌زاده افزود»: a speaker named by the surname alone
_SURNAME_SPEAKS = re.compile(rf"(?:به گفته\s+([^\s،:.]+)|(?:^|[.:]\s*)([^\s،:.]+)\s+(?:{_SPEECH}))")
_PRONOUNS = frozenset({"وی", "او", "ایشان", "این", "معاون", "مدیرعامل", "رئیس", "رییس", "سرپرست", "استاندار"})
_TITLE = "سید"
# «معاون فنی سازمان صنایع کوچک و شهرک‌های صنعتی ایران شمار قراردادها را …»: the role ends with its body
_ORGANISATION_END = re.compile(r"^(.*?(?:ایران|کشور))\s.*$")
_NEXT_SENTENCES = 2
_WORD = re.compile(r"[^\s،:.]+")


@dataclass(frozen=True, slots=True)
class _Name:
    start: int
    end: int
    text: str


@cache
def _first_names() -> frozenset[str]:
    return frozenset(normalize(n) for n in data_lines("first_names.txt"))


def _names(text: str) -> list[_Name]:
    """«علی رسولیان», «سید امیر امیری‌زاد», «سید مرتضی نیرومند اسکویی»: a first name, the surname after it
    (a second surname word ending in «ی» when a comma or the end follows), and «سید» before it. The words'
    places are worked out only in a text that holds a first name (most sentences name nobody)."""
    words = _WORD.findall(text)
    first_names = _first_names()
    starts = [k for k, word in enumerate(words[:-1]) if word in first_names]
    if not starts:
        return []
    spans = [m.span() for m in _WORD.finditer(text)]
    found = []
    for k in starts:
        if not _is_surname(words[k + 1]):
            continue
        start, first = spans[k][0], words[k]
        if k and words[k - 1] == _TITLE:
            start, first = spans[k - 1][0], f"{_TITLE} {first}"
        end, name = spans[k + 1][1], f"{first} {words[k + 1]}"
        after = spans[k + 2][1] if k + 2 < len(words) else None
        closes = text[after : after + 1] in ("،", "") if after is not None else False
        if after is not None and words[k + 2].endswith("ی") and text[end : end + 1] == " " and closes:
            end, name = after, f"{name} {words[k + 2]}"
        found.append(_Name(start, end, name))
    return found


def _is_surname(word: str) -> bool:
    return word[0].isalpha() and len(word) > 2 and word not in _first_names() and not is_function_word(word)


def find_people(sentences: list[str], provinces: list[str | None] | None = None) -> list[PersonFact]:
    """Each role named in the release with the person who holds it; a provincial title that says only
    «… شرکت شهرک‌های صنعتی استان» is completed with the province in force (`provinces`, one a sentence)."""
    named = [_names(s) for s in sentences]
    everyone = [name.text for names in named for name in names]
    if not everyone:
        return []
    people: list[PersonFact] = []
    for i, sentence in enumerate(sentences):
        after_names = [m for n in named[i] if (m := _ROLE_AFTER_NAME.match(sentence, n.end))]
        for m in [*_ROLE.finditer(sentence), *after_names]:
            role = _ORGANISATION_END.sub(r"\1", m.group(1).strip())
            if role.endswith(" استان") and provinces and provinces[i]:
                role = f"{role} {provinces[i]}"
            if _names(role):
                continue
            following = slice(i, i + 1 + _NEXT_SENTENCES)
            name = _beside(named[i], sentence, m.start(1), m.end(1)) \
                or _next_speaker(sentences[following], named[following], m.end(1)) \
                or _most_named(everyone, sentences)
            name = next((full for full in everyone if full.endswith(" " + name)), name)  # «رسولیان» -> «علی رسولیان»
            terms = {k: 1.0 for found in keyed(tokenize(role)) for k in found}
            people.append(PersonFact(name=name, role=role, sentence=sentence, terms=terms))
    return _dedupe(people)


def _beside(names: list[_Name], sentence: str, start: int, end: int) -> str | None:
    """«حمیدرضا امانی مدیرعامل …», «محمد اهلی، مدیرعامل …», «مدیرعامل …، مسلم فلاح‌زاده،»: of the sentence's
    names."""
    for name in names:
        before, after = sentence[name.end : start], sentence[end : name.start]
        if re.fullmatch(r"\s*،?\s*", before) or re.fullmatch(r"\s*،\s*", after):
            return name.text
    return None


def _next_speaker(sentences: list[str], named: list[list[_Name]], after: int) -> str | None:
    """The first person named after the role, in its sentence or the next ones («… . به گفته علیرضا راشکی،»);
    `named` holds each sentence's names."""
    later = [n.text for n in named[0] if n.start >= after]
    for sentence, names in zip(sentences[1:], named[1:], strict=True):
        surnames = [m.group(1) or m.group(2) for m in _SURNAME_SPEAKS.finditer(sentence)]
        later += [n.text for n in names] + [s for s in surnames if s not in _PRONOUNS]
    return later[0] if later else None


def _most_named(names: list[str], sentences: list[str]) -> str:
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
