"""hazm objects and its lexicon, built once per process (about 2 s and 200+ MB together)."""
from functools import cache
from pathlib import Path

import hazm


@cache
def normalizer() -> hazm.Normalizer:
    return hazm.Normalizer(persian_numbers=False)


@cache
def tokenizer() -> hazm.WordTokenizer:
    return hazm.WordTokenizer(join_verb_parts=False)


@cache
def lemmatizer() -> hazm.Lemmatizer:
    return hazm.Lemmatizer()


@cache
def vocabulary() -> frozenset[str]:
    """hazm's word list: the lexicon used to repair half-spaces and to spot unknown words."""
    path = Path(hazm.__file__).parent / "data" / "words.dat"
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.split("\t", 1)[0] for line in lines)
