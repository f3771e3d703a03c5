"""Typos in questions: a word no release uses, and no dictionary knows, read as the known word one edit away.

An edit is Damerau–Levenshtein's (optimal string alignment): one letter inserted, deleted or replaced, or two
neighbouring letters swapped («اشتغلا», «خوزتسان»). Candidates come from single-deletion neighbourhoods
(SymSpell's idea at distance one), a few dictionary probes per word, and are then checked by the true distance.
When several known words are one edit away, the one that occurs far more often than each other wins; when
none does, the word is left as typed. A real Persian word («جدید», «کنونی», «نرسیده») is never changed into
another word, only read without an ending (ENDINGS); the caller says which words are real.
"""
import re
from collections import defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import cache

from bot.lang.units import UNITS
from bot.text import resources

MIN_LENGTH = 4
DOMINANCE = 5  # a candidate is picked over another one edit away only when it occurs this many times as often
# A real word is read as a known word only when that is itself without an ending: «پرداختی» is «پرداخت»
# described, «صادره» is «صادر»; «نرسیده» is not «رسیده» and «کنونی» is not «اکنون».
ENDINGS = ("ی", "ه")
ZWNJ = "\u200c"


def is_real_word(word: str) -> bool:
    """A word of hazm's lexicon, written with a half-space, a space or neither («سرمایه گذاری»)."""
    vocabulary = resources.vocabulary()
    return any(w in vocabulary for w in (word, word.replace(" ", ZWNJ), word.replace(ZWNJ, "")))


def edit_distance(a: str, b: str) -> int:
    """Damerau–Levenshtein distance (optimal string alignment: a swap of neighbours is one edit)."""
    previous, current = list(range(len(b) + 1)), [0] * (len(b) + 1)
    before: list[int] = []
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Speller:
    """Known words with how often each occurs (facts carrying it, or 1 for a name of the gazetteer)."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = counts
        self.index: dict[str, set[str]] = defaultdict(set)
        for word in counts:
            if len(word) >= MIN_LENGTH - 1 and not word.startswith("#"):
                for variant in _deletions(word) | {word}:
                    self.index[variant].add(word)

    @property
    def known(self) -> AbstractSet[str]:
        return self.counts.keys()

    def candidates(self, word: str) -> list[str]:
        """The known words exactly one edit from `word`, the most frequent first."""
        found: set[str] = set()
        for variant in _deletions(word) | {word}:
            found |= self.index.get(variant, set())
        near = (w for w in found if w != word and edit_distance(word, w) == 1)
        return sorted(near, key=lambda w: (-self.counts[w], w))

    def correct(self, word: str, real: bool = False) -> str | None:
        """The known word one edit away that is clearly the one meant, or None (known or unclear); a `real` word
        is only read without its ending."""
        if word in self.counts or len(word) < MIN_LENGTH:
            return None
        found = self.candidates(word)
        if real:
            found = [w for w in found if word.endswith(ENDINGS) and w == word[:-1]]
        if not found or (len(found) > 1 and self.counts[found[1]] * DOMINANCE > self.counts[found[0]]):
            return None
        return found[0]


@cache
def _unit_with_copula() -> re.Pattern[str]:
    units = sorted((u for u in UNITS if u.isalpha() and not u.endswith("ه") and UNITS[u].kind != "duration"),
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)({'|'.join(units)})ه(?!\w)")


def unit_copula_written(text: str) -> str:
    """«… چند هکتاره؟», «چند درصده»: a unit with the spoken «ـه» of «است», written out («هکتار است»); a real
    word («نفره», «واحده», «تنه») is left as it is, like any real word."""
    return _unit_with_copula().sub(lambda m: m[0] if is_real_word(m[0]) else f"{m[1]} است", text)
