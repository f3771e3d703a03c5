"""A part said of a whole named before it: «۲۷ هکتار از این زمین‌ها در نواحی صنعتی», «از این قراردادها، ۲۵۲۲
طرح …», «۶ شهرک از این تعداد», «از ۳۸۴ واحد … در استان، ۲۸۵ واحد فعال هستند».

A part pointing back to the sentence before does not say what «این زمین‌ها» are (the land assigned, said there),
so its stored words weigh that sentence little, and a question about the part («چند هکتار از زمین‌های
واگذارشده در نواحی») found the whole instead. Such a part is read with the words of its whole, and marked as
its part: the whole answers unless the question says what only the part says (answer.decide), and a share is
computed of the whole the part is said of (intents.computed). In «از ۳۸۴ واحد …، ۲۸۵ واحد فعال هستند» what
follows the part («فعال هستند») is said of the part alone, though extraction lends a sentence's closing words to
each of its numbers: the whole is read without them.
"""
import re
from dataclasses import replace
from functools import cache, lru_cache

from bot.extract.context import keyed
from bot.records import StoredFact
from bot.text.tokens import tokenize, word_key

_OF_THIS = r"از\s+(?:این|آن|همین)(?:‌ها|ها)?(?:\s+([^\s،؛:.]+))?"
_AFTER = re.compile(r"\s*" + _OF_THIS)                     # «۲۷ هکتار از این زمین‌ها»
_BEFORE = re.compile(r"(?<!\w)" + _OF_THIS + r"\s*،?\s*$")  # «از این قراردادها، ۲۵۲۲ طرح»
_AZ_BEFORE = re.compile(r"(?<!\w)از(?:\s+(?:میان|بین))?\s*$")  # «از ۳۸۴ واحد …», «از میان ۲۰ شهرک …»
_AZ = re.compile(r"(?<!\w)از(?!\w)")
# nouns that point back to a count without naming it again: «از این تعداد», «از این میان»
COUNTING_NOUNS = ("تعداد", "میان", "رقم", "مجموع", "مجموعه", "میزان", "وسعت")
STRONG = 0.8  # a word this close to a number is about it (match.STRONG_TERM)
LENT = 0.7  # a whole's words lent to its part in another sentence (extract.context.SAME_KIND)
SAID_AROUND = 0.5  # share of the whole's own words found in the part's: the two sentences adjoin


def pointer(sentence: str, amount_text: str) -> tuple[int, str | None] | None:
    """(where the pointer stands, the key of the noun it names or None for «آنها», «این تعداد») when the
    figure is said as a part «از این …» of a whole named before; else None."""
    said = pointing(sentence, amount_text)
    return None if said is None else (said[0], None if said[1] in _counting_nouns() else said[1])


@lru_cache(maxsize=4096)
def pointing(sentence: str, amount_text: str) -> tuple[int, str | None] | None:
    """(where «از این …» stands, the key of the word after it, a counting noun such as «وسعت» included)."""
    at = sentence.find(amount_text)
    if at < 0:
        return None
    found = _AFTER.match(sentence, at + len(amount_text)) or _BEFORE.search(sentence, 0, at)
    if not found:
        return None
    return found.start(), word_key(found.group(1)) if found.group(1) else None


@cache
def _counting_nouns() -> frozenset[str]:
    return frozenset(word_key(w) for w in COUNTING_NOUNS)


def wholes(facts: list[StoredFact]) -> dict[int, StoredFact]:
    """For each part among the candidates, the candidate it is said of (by the part's fact id)."""
    by_release: dict[int, list[StoredFact]] = {}
    for fact in facts:
        by_release.setdefault(fact.source.release_id, []).append(fact)
    found = {}
    for fact in facts:
        if not _says_az(fact.sentence):  # every construction read here says «از»
            continue
        release = by_release[fact.source.release_id]
        said = pointer(fact.sentence, fact.amount_text)
        if whole := (_whole(fact, *said, release) if said else None) or _named_with_az(fact, release):
            found[fact.id] = whole
    return found


@lru_cache(maxsize=8192)
def _says_az(sentence: str) -> bool:
    return _AZ.search(sentence) is not None


def _named_with_az(part: StoredFact, release: list[StoredFact]) -> StoredFact | None:
    """«از ۳۸۴ واحد تولیدی به بهره‌برداری رسیده در استان، ۲۸۵ واحد فعال هستند», «از میان ۲۰ شهرک و ناحیه صنعتی
    استان، در ۱۵ شهرک و ناحیه …»: the figure after «از (میان) N …،»."""
    text, at = part.sentence, part.sentence.find(part.amount_text)
    for whole in release:
        if whole.sentence != text or whole.kind != part.kind:
            continue
        start = text.find(whole.amount_text)
        between = text[start + len(whole.amount_text) : at] if 0 <= start < at else ""
        if between and "،" in between and _AZ_BEFORE.search(text, 0, start) and not re.search(r"\d", between):
            return whole
    return None


def _whole(part: StoredFact, at: int, noun: str | None, release: list[StoredFact]) -> StoredFact | None:
    """The nearest figure before the pointer in the part's sentence, of its kind and naming its noun; else, when
    the noun is not said before it in its sentence, the last figure of the sentence before that names it."""
    earlier = [f for f in release if f.id < part.id]
    before = [f for f in earlier if f.sentence == part.sentence and f.kind == part.kind
              and 0 <= f.sentence.find(f.amount_text) < at and (noun is None or f.terms.get(noun, 0.0) >= STRONG)]
    if before or noun is None or noun in _said_before(part.sentence[:at]):
        return max(before, key=lambda f: f.id, default=None)
    named = [f for f in earlier if f.sentence != part.sentence and f.terms.get(noun, 0.0) >= STRONG
             and _adjoins(f, part)]
    return max(named, key=lambda f: f.id, default=None)


@lru_cache(maxsize=4096)
def _said_before(text: str) -> frozenset[str]:
    """The words and concepts said in a stretch of a sentence (a candidate's sentence is read again and again)."""
    return frozenset(k for keys in keyed(tokenize(text)) for k in keys)


def _adjoins(whole: StoredFact, part: StoredFact) -> bool:
    """The part's words hold most of the whole's own words: extraction lent it the sentence before."""
    own = [k for k, w in whole.terms.items() if w >= STRONG and not k.startswith("#")]
    return bool(own) and sum(k in part.terms for k in own) >= SAID_AROUND * len(own)


def without_part_clause(whole: StoredFact, part: StoredFact) -> StoredFact:
    """The whole of «از N …، M …» read without the words said only after its part («فعال هستند»)."""
    at = whole.sentence.find(part.amount_text)
    if whole.sentence != part.sentence or at < 0:
        return whole
    before = _said_before(whole.sentence[:at])
    after = _said_before(whole.sentence[at:]) - before
    return replace(whole, terms={k: w for k, w in whole.terms.items() if k not in after})


def with_whole(part: StoredFact, whole: StoredFact) -> StoredFact:
    """A part of a whole said in another sentence, read with the whole's words a little weaker (its own kept
    where stronger)."""
    if whole.sentence == part.sentence:
        return part
    terms = dict(part.terms)
    for key, weight in whole.terms.items():
        if weight * LENT > terms.get(key, 0.0):
            terms[key] = round(weight * LENT, 3)
    return replace(part, terms=terms)
