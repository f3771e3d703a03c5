"""A word of the question said by a figure only inside a name the question also says is not said of the figure.

«سرمایه صندوق ضمانت سرمایه‌گذاری صنایع کوچک الان چقدره» asks the fund's capital. «مدیرعامل صندوق ضمانت
سرمایه‌گذاری صنایع کوچک گفت: … ۲۷ هزار میلیارد تومان ضمانت‌نامه … صادر شده است» says every word of the question,
but its «سرمایه» (the concept of «سرمایه‌گذاری») only inside the fund's name, which the question says after it:
the figure is the fund's guarantees, and stating it as the capital was a confident wrong number. Such a figure is
offered, never stated. A name is three or more of the question's words in a row, said in a row by the sentence.
Dropping the shorter word of a concept beside the longer one instead («سرمایه» beside «سرمایه‌گذاری») lost
«چقد پول … سرمایه گذاری شد», whose «پول» is read as «سرمایه».
"""
from functools import lru_cache

from bot.answer.question import TermGroup
from bot.extract.context import keyed
from bot.text.tokens import tokenize

NAME_WORDS = 3  # the fewest words of the question said in a row that make a name


def said_only_in_a_name(sentence: str, groups: list[TermGroup]) -> bool:
    """A word of the question outside a name it says is found in the sentence only inside that name."""
    return _said_only_in_a_name(sentence, tuple(g.alternatives for g in groups))


@lru_cache(maxsize=4096)
def _said_only_in_a_name(sentence: str, asked: tuple[frozenset[str], ...]) -> bool:
    keys = keyed(tokenize(sentence))
    for start, first, count in _names(keys, asked):
        inside = range(start, start + count)
        for i, alternatives in enumerate(asked):
            if first <= i < first + count:
                continue
            hits = [t for t, found in enumerate(keys) if found & alternatives]
            if hits and all(t in inside for t in hits):
                return True
    return False


def _names(keys: list[set[str]], asked: tuple[frozenset[str], ...]) -> list[tuple[int, int, int]]:
    """(first token, first group, how many) of each run of NAME_WORDS or more of the question's words, in the
    question's order, said word by word in the sentence (each word as written, not another of its concept)."""
    written = [frozenset(a for a in alternatives if not a.startswith("#")) for alternatives in asked]
    runs = []
    for start in range(len(keys)):
        for first in range(len(written)):
            count = 0
            while (first + count < len(written) and start + count < len(keys)
                   and keys[start + count] & written[first + count]):
                count += 1
            if count >= NAME_WORDS:
                runs.append((start, first, count))
    return runs
