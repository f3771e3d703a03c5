"""What a figure measures, apart from where and when: one key for every "same measure" test, and its words.

Two figures measure the same thing when they are the same kind of quantity in the same unit, for the same
scope, and both are achievements or both targets. Deciding between two releases, drawing a series and
ranking provinces all compare figures by this key (plus the place, or the period, that they vary over).
What it is called is made of the release's own words (`described`): the counted noun and the words that stand
closest to the number, so a forwarded answer still says what was counted. The key carries no name: working
one out for every candidate of every question cost a third of an answer's time, and comparing never read it.
"""
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.answer.render import unit_words
from bot.extract.model import Fact
from bot.records import StoredFact
from bot.text.concepts import concept_hits, concept_names
from bot.text.resources import lemmatizer
from bot.text.stopwords import is_function_word
from bot.text.tokens import tokenize, word_key
from bot.text.verbs import LIGHT_VERBS

# concepts that say where or by whom, not what was measured
SETTING_CONCEPTS = frozenset({"#واحد", "#شهرک", "#سازمان", "#مدیرعامل", "#کوچک", "#نخست", "#جدید", "#علت",
                              "#برنامه", "#تحقق", "#رشد", "#کاهش", "#انعقاد"})
STRONG = 0.8  # a concept this close to the number describes it


@dataclass(frozen=True, slots=True)
class Measure:
    """The comparable part of a figure."""
    kind: str
    unit: str | None
    scope: str | None
    is_target: bool


def measure_of(fact: StoredFact) -> Measure:
    return Measure(fact.kind, fact.unit, fact.scope, fact.is_target)


def described(fact: Fact) -> str:
    """What an amount («۳۳ طرح») leaves unsaid: the rest of the counted noun («صنعتی») and the release's
    words for what happened, in the order the sentence says them; no word twice."""
    said = {word_key(w) for w in unit_words(fact.unit).split()}
    words = []
    for word in [*(fact.noun or "").split(), *own_words(fact)]:
        keys = {word_key(w) for w in word.split() if not is_function_word(w)}
        if not keys <= said:
            words.append(word)
            said |= keys
    return " ".join(words)


def own_words(fact: Fact, limit: int = 2) -> list[str]:
    """The release's own words for the strongest concepts next to the number, as written in its sentence
    (a verb alone, «می‌دهد», never names a measure). The sentence is read as stored, already normalised:
    normalising it again cost a sixth of a bulk load and can change it (hazm joins «برنامه‌ریزی شده»)."""
    wanted = concepts_of_keys(fact, limit)
    if not wanted:
        return []
    tokens = tokenize(fact.sentence)
    at = fact.sentence.find(fact.amount_text)
    found: dict[str, tuple[int, int, str]] = {}  # concept -> (distance from the number, position, words)
    for first, last, concept in concept_hits([t.key for t in tokens]):
        if concept not in wanted:
            continue
        words = [t.text for t in tokens[first : last + 1] if not _is_verb(t.text)]
        if words:
            distance = abs(tokens[first].start - at) if at >= 0 else first
            if concept not in found or distance < found[concept][0]:
                found[concept] = (distance, first, " ".join(words))
    return [text for _, text in sorted((found[c][1], found[c][2]) for c in wanted if c in found)]


@lru_cache(maxsize=8192)
def _is_verb(word: str) -> bool:
    return word in LIGHT_VERBS or "#" in lemmatizer().lemmatize(word)


def place_parts(region: str | None, scope: str | None, place: str | None = None) -> list[str]:
    """«شکوهیه», «استان لرستان», «شهرک‌ها و نواحی دولتی»: what is named, nothing for the whole country."""
    named = (place or "", f"استان {region}" if region else "", f"شهرک‌ها و نواحی {scope}" if scope else "")
    return [p for p in named if p]


def place_words(region: str | None, scope: str | None, place: str | None = None) -> str:
    return "، ".join(place_parts(region, scope, place)) or "کل کشور"


def concepts_of_keys(fact: Fact, limit: int = 2) -> list[str]:
    """The keys of the concepts that stand closest to the number, strongest first."""
    names = _names()
    strong = sorted(((w, t) for t, w in fact.terms.items()
                     if t in names and t not in SETTING_CONCEPTS and w >= STRONG), reverse=True)
    return [t for _, t in strong[:limit]]


def concepts_of(fact: Fact, limit: int = 2) -> list[str]:
    """The names of the concepts that stand closest to the number, strongest first."""
    names = _names()
    return [names[t] for t in concepts_of_keys(fact, limit)]


@cache
def _names() -> dict[str, str]:
    return concept_names()
