"""Messages that are not questions about statistics: a call for help, a thank-you, Latin-script text.

`classify` runs before the answer engine, so «ممنون» is thanked rather than searched for, and
«chand vahed ehya shod» gets a Persian transliteration to confirm instead of a «نمی‌دانم».
"""
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.lang.smalltalk import FILLER_WORDS, FINGLISH_ENDINGS, HELP_WORDS, THANKS_WORDS
from bot.text.datafiles import data_lines
from bot.text.normalize import fold_letters

_WORD = re.compile(r"[\w'‌]+")
_LATIN = re.compile(r"[A-Za-z]")
_PERSIAN = re.compile(r"[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]{2}")  # two letters
FINGLISH_SHARE = 0.6  # at least this share of the words must be known Finglish to offer a transliteration
MIN_STEM = 4  # «dare» is not «dar» + ezafe: endings are read only on longer words


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """What kind of message this is ("help", "thanks", "latin", "finglish") and, for Finglish, its Persian."""
    kind: str
    persian: str = ""


@cache
def finglish_table() -> dict[str, str]:
    """bot/data/finglish.txt: Latin-script Persian words and their Persian spelling."""
    pairs = (line.split("=>", 1) for line in data_lines("finglish.txt"))
    return {latin.strip().lower(): persian.strip() for latin, persian in pairs}


@lru_cache(maxsize=4096)  # every message is classified first: a popular question is read once
def classify(text: str) -> SmallTalk | None:
    """The kind of a message that is not a question, or None for a question (or anything else)."""
    words = [w.lower() for w in _WORD.findall(fold_letters(text))]
    meaningful = [w for w in words if w not in FILLER_WORDS]
    if words and meaningful and all(w in HELP_WORDS for w in meaningful):
        return SmallTalk("help")
    if words and meaningful and all(w in THANKS_WORDS for w in meaningful):
        return SmallTalk("thanks")
    if _LATIN.search(text) and not _PERSIAN.search(text):  # any Persian word makes it a question to answer
        return _latin(words)
    return None


def _latin(words: list[str]) -> SmallTalk:
    """Finglish when most words are known Persian words in Latin letters; otherwise a foreign language."""
    persian = [_persian_word(w) for w in words]
    known = [p for p in persian if p is not None]
    if len(known) < FINGLISH_SHARE * len(words):
        return SmallTalk("latin")
    return SmallTalk("finglish", " ".join(p or w for p, w in zip(persian, words, strict=True)) + "؟")


def _persian_word(word: str) -> str | None:
    """A Finglish word in Persian letters («vahedha» -> «واحد‌ها»), a number as it is, or None."""
    table = finglish_table()
    if word in table or word.isdigit():
        return table.get(word, word)
    for ending, persian in FINGLISH_ENDINGS:
        base = word.removesuffix(ending)
        if base != word and len(base) >= MIN_STEM and base in table:
            return table[base] + persian
    return None
