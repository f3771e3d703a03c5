"""Words and their matching keys: the lemma a word is compared by."""
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.lang.letters import ZWNJ
from bot.text import resources

SHORT = 2000  # characters: a sentence or a question
_AUXILIARIES = frozenset({"شده", "شد", "شدن", "یافته", "یافت", "کرده", "کرد", "گردیده", "نموده", "است"})
_WORD_RE = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+(?:\u200c[^\W\d_]+)*|[%٪]|\S")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    key: str


def tokenize(text: str) -> list[Token]:
    """Split normalised text into tokens with character offsets and matching keys. A short text's tokens are
    remembered (the same stored sentences are read for every answer that names their measure)."""
    return list(_tokens(text)) if len(text) <= SHORT else _split(text)


@lru_cache(maxsize=2048)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(_split(text))


def _split(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), word_key(m.group())) for m in _WORD_RE.finditer(text)]


@cache
def word_key(word: str) -> str:
    """The form two words are compared by: «واحدهای» -> «واحد», «رسیده» -> «رسید», «احیای» -> «احیا»."""
    if not word or not word[0].isalpha():
        return word
    head, _, last = word.rpartition(ZWNJ)
    if head and last in _AUXILIARIES:
        word = head
    lemma = resources.lemmatizer().lemmatize(word)
    if "#" in lemma:
        lemma = lemma.split("#", 1)[0] or lemma.split("#", 1)[1]
    vocab = resources.vocabulary()
    for suffix in ("‌ها", "‌های", "ها", "های"):
        if lemma.endswith(suffix) and lemma[: -len(suffix)].rstrip(ZWNJ) in vocab:
            lemma = lemma[: -len(suffix)].rstrip(ZWNJ)
            break
    if lemma.endswith("ی") and lemma[-2:-1] in ("ا", "و") and lemma[:-1] in vocab:
        lemma = lemma[:-1]
    return lemma.replace(ZWNJ, "")
