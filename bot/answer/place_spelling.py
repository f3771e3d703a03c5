"""Province names as readers type them: shortened («چهارمحال») or one slip off («خوزتسان», «مازندارن»).

Short forms come from bot/data/place_short_forms.txt; a slip is a word no dictionary knows that is one edit
(a swap counts as one) from exactly one name of a province or of a place in the gazetteer («ایجرو»).
"""
import re
from collections.abc import Set as AbstractSet
from functools import cache

from bot.answer.spelling import Speller
from bot.extract.places import gazetteer
from bot.lang.regions import PROVINCES
from bot.text import resources
from bot.text.datafiles import data_lines
from bot.text.normalize import normalize


@cache
def _short_forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = (line.split("=>", 1) for line in data_lines("place_short_forms.txt") if "=>" in line)
    forms = []
    for short, full in ((normalize(a.strip()), normalize(b.strip())) for a, b in pairs):
        rest = re.escape(full[len(short):].strip())
        forms.append((re.compile(rf"(?<!\w){re.escape(short)}(?!\w)(?!\s*{rest})"), full))
    return tuple(forms)


@cache
def _speller() -> Speller:
    """Every one-word name of a province and of a place in the gazetteer, each as likely as another; a name
    that is also an ordinary word (marked * in places.txt) is never a correction."""
    names = [normalize(s) for spellings in PROVINCES.values() for s in spellings]
    names += [name for name, (_, ordinary) in gazetteer().items() if not ordinary]
    return Speller(dict.fromkeys((n for n in names if " " not in n), 1))


def with_full_place_names(normalized: str) -> str:
    """The question with shortened and misspelt province names written in full."""
    for pattern, full in _short_forms():
        normalized = pattern.sub(full, normalized)
    vocabulary, speller = resources.vocabulary(), _speller()
    return " ".join(_fixed(w, vocabulary, speller) for w in normalized.split(" "))


def _fixed(word: str, vocabulary: AbstractSet[str], speller: Speller) -> str:
    if word in vocabulary or not word.isalpha():
        return word
    return speller.correct(word) or word
