"""Typos in questions: a word no release uses, and no dictionary knows, read as the known word one slip away.

A slip is an edit of Damerau–Levenshtein's (optimal string alignment): one letter inserted, deleted or replaced,
or two neighbouring letters swapped («اشتغلا», «خوزتسان»); a letter written for another of the same sound
(«صنعطی», «واگزاری»: bot/lang/homophones.py) is no slip. Candidates come from single-deletion neighbourhoods
(SymSpell's idea at distance one), a few dictionary probes per word, and are then checked by the true distance.
Of the closest known words, the one that occurs far more often than each other wins; when none does, the word
is left as typed. A real Persian word («جدید», «کنونی», «نرسیده») is never changed into
another word, only read without an ending (ENDINGS); the caller says which words are real.
"""
from collections import defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from bot.lang.homophones import AS_HEARD
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


def _heard(word: str) -> str:
    return word.translate(AS_HEARD)


class Speller:
    """Known words with how often each occurs (facts carrying it, or 1 for a name of the gazetteer)."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = dict(counts)
        self.index: dict[str, set[str]] = defaultdict(set)
        self._index(self.counts)

    def learn(self, counts: Mapping[str, int]) -> None:
        """Words stored since it was built, with how often each occurs now: it becomes the speller those
        counts would build, without indexing every known word again."""
        new = [word for word in counts if word not in self.counts]
        self.counts.update(counts)
        self._index(new)

    def _index(self, words: Iterable[str]) -> None:
        for word in words:
            if len(word) >= MIN_LENGTH - 1 and not word.startswith("#"):
                heard = _heard(word)
                for variant in _deletions(heard) | {heard}:
                    self.index[variant].add(word)

    @property
    def known(self) -> AbstractSet[str]:
        return self.counts.keys()

    def candidates(self, word: str) -> list[tuple[str, tuple[int, int]]]:
        """The known words one slip from `word` (a letter written for the same sound, «ط» for «ت», is none),
        each with (slips, letters changed): the closest first, then the most frequent."""
        heard = _heard(word)
        found: set[str] = set()
        for variant in _deletions(heard) | {heard}:
            found |= self.index.get(variant, set())
        near = {w: (edit_distance(heard, _heard(w)), edit_distance(word, w)) for w in found if w != word}
        return sorted(((w, d) for w, d in near.items() if d[0] <= 1), key=lambda wd: (wd[1], -self.counts[wd[0]]))

    def correct(self, word: str, real: bool = False) -> str | None:
        """The known word one slip away that is clearly the one meant, or None (known or unclear); a `real` word
        is only read without its ending."""
        if word in self.counts or len(word) < MIN_LENGTH:
            return None
        found = self.candidates(word)
        if real:
            found = [(w, d) for w, d in found if word.endswith(ENDINGS) and w == word[:-1]]
        if not found:
            return None
        best, closest = found[0]
        rivals = [w for w, d in found[1:] if d == closest]  # as close: frequency decides, and only clearly
        return None if rivals and self.counts[rivals[0]] * DOMINANCE > self.counts[best] else best
