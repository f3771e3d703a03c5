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
from functools import lru_cache

from bot.extract.context import keyed
from bot.records import StoredFact
from bot.text.tokens import tokenize, word_key

_OF_THIS = r"از\s+(?:این|آن|همین)(?:‌ها|ها)?(?:\s+([^\s،؛:.]+))?"
_AFTER = re.compile(r"\s*" + _OF_THIS)                     # «۲۷ هکتار از این زمین‌ها»
_BEFORE = re.compile(r"(?<!\w)" + _OF_THIS + r"\s*،?\s*$")  # «از این قراردادها، ۲۵۲۲ طرح»
_AZ_BEFORE = re.compile(r"(?<!\w)از\s*$")  # «از ۳۸۴ واحد …»
# nouns that point back to a count without naming it again: «از این تعداد», «از این میان»
_COUNTING_NOUNS = frozenset(word_key(w) for w in ("تعداد", "میان", "رقم", "مجموع", "مجموعه", "میزان", "وسعت"))
STRONG = 0.8  # a word this close to a number is about it (match.STRONG_TERM)
LENT = 0.7  # a whole's words lent to its part in another sentence (extract.context.SAME_KIND)
SAID_AROUND = 0.5  # share of the whole's own words found in the part's: the two sentences adjoin


@lru_cache(maxsize=4096)
def pointer(sentence: str, amount_text: str) -> tuple[int, str | None] | None:
    """(where the pointer stands, the key of the noun it names or None for «آنها», «این تعداد») when the
    figure is said as a part «از این …» of a whole named before; else None."""
    at = sentence.find(amount_text)
    if at < 0:
        return None
    found = _AFTER.match(sentence, at + len(amount_text)) or _BEFORE.search(sentence, 0, at)
    if not found:
        return None
    noun = word_key(found.group(1)) if found.group(1) else None
    return found.start(), (None if noun in _COUNTING_NOUNS else noun)


def wholes(facts: list[StoredFact]) -> dict[int, StoredFact]:
    """For each part among the candidates, the candidate it is said of (by the part's fact id)."""
    found = {}
    for fact in facts:
        said = pointer(fact.sentence, fact.amount_text)
        if whole := (_whole(fact, *said, facts) if said else None) or _named_with_az(fact, facts):
            found[fact.id] = whole
    return found


def _named_with_az(part: StoredFact, facts: list[StoredFact]) -> StoredFact | None:
    """«از ۳۸۴ واحد تولیدی به بهره‌برداری رسیده در استان، ۲۸۵ واحد فعال هستند»: the figure after «از N …،»."""
    text, at = part.sentence, part.sentence.find(part.amount_text)
    for whole in facts:
        start = text.find(whole.amount_text) if whole.sentence == text and whole.kind == part.kind else -1
        between = text[start + len(whole.amount_text) : at] if 0 <= start < at else ""
        if (whole.source.release_id == part.source.release_id and between and _AZ_BEFORE.search(text, 0, start)
                and "،" in between and not re.search(r"\d", between)):
            return whole
    return None


def _whole(part: StoredFact, at: int, noun: str | None, facts: list[StoredFact]) -> StoredFact | None:
    """The nearest figure before the pointer in the part's sentence, of its kind and naming its noun; else, when
    the noun is not said before it in its sentence, the last figure of the sentence before that names it."""
    release = [f for f in facts if f.source.release_id == part.source.release_id and f.id < part.id]
    before = [f for f in release if f.sentence == part.sentence and f.kind == part.kind
              and 0 <= f.sentence.find(f.amount_text) < at and (noun is None or f.terms.get(noun, 0.0) >= STRONG)]
    if before or noun is None or noun in _said_before(part.sentence[:at]):
        return max(before, key=lambda f: f.id, default=None)
    earlier = [f for f in release if f.sentence != part.sentence and f.terms.get(noun, 0.0) >= STRONG
               and _adjoins(f, part)]
    return max(earlier, key=lambda f: f.id, default=None)


def _said_before(text: str) -> set[str]:
    return {k for keys in keyed(tokenize(text)) for k in keys}


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
