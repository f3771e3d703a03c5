"""Function words: never what a sentence or a question is about."""
from functools import cache

from bot.text.datafiles import data_lines
from bot.text.normalize import fold_letters


@cache
def stopwords() -> frozenset[str]:
    words = {fold_letters(w) for w in data_lines("stopwords.txt")}
    return frozenset(words | {w.replace("\u200c", "") for w in words})


def is_function_word(word: str) -> bool:
    return word in stopwords() or word.replace("\u200c", "") in stopwords()
