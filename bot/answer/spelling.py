"""Typos in questions: a word no release uses is mapped to the known word one edit away.

Known words are the matching keys stored with the facts. The look-up uses single-deletion
neighbourhoods (SymSpell's idea at distance one), so it costs a few dictionary probes per word.
"""
from collections import defaultdict

MIN_LENGTH = 4


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Speller:
    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.index: dict[str, set[str]] = defaultdict(set)
        for word in known:
            if len(word) >= MIN_LENGTH - 1 and not word.startswith("#"):
                for variant in _deletions(word) | {word}:
                    self.index[variant].add(word)

    def correct(self, word: str) -> str | None:
        """The single known word one edit (insert, delete, substitute, swap) away, or None."""
        if word in self.known or len(word) < MIN_LENGTH:
            return None
        found: set[str] = set()
        for variant in _deletions(word) | {word}:
            found |= self.index.get(variant, set())
        found = {w for w in found if abs(len(w) - len(word)) <= 1}
        return found.pop() if len(found) == 1 else None
