"""hazm's word data, built once per process and shared: one word table and one table of verb forms serve
the normaliser, the lemmatiser and the half-space repair alike.

hazm's own objects would read words.dat four times and conjugate its 692 verbs into 502,000 forms twice
(about 3 s and 250 MB). Only one-word forms can ever be looked up by the normaliser or for a token, so
those 48,000 are kept; the rare word containing a space or «_» is looked up in hazm's full table, built
then. The tables are cached on disk, keyed by hazm's version, so a process starts in a few milliseconds.
"""
import json
import logging
import os
import re
from collections.abc import Set
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bot.text import hazm_parts
from bot.text.literals import Requirement, may_match

log = logging.getLogger(__name__)
_HAZM = hazm_parts.load()
HAZM_VERSION = version("hazm")
CACHE_FORMAT = 1
CACHE_DIR = Path.home() / ".cache" / "amar-bot"
COMMON, RARE = (1,), (0,)  # hazm's normaliser asks only whether a word's count is above zero
_LETTERS = "[آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی]"


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, tuple[int]]  # word -> COMMON or RARE
    verb_forms: dict[str, str]    # a one-word verb form -> hazm's «past#present»


class Lemmatizer:
    """hazm's `Lemmatizer().lemmatize(word)` on the shared tables."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.words, self.verb_forms = lexicon.words, lexicon.verb_forms
        self.stemmer = _HAZM["stemmer"].Stemmer()

    def lemmatize(self, word: str) -> str:
        if word in self.words:
            return word
        verbs = self.verb_forms if " " not in word and "_" not in word else _all_verb_forms()
        if word in verbs:
            return verbs[word]
        stem = self.stemmer.stem(word)
        return stem if stem and stem in self.words else word


_HazmNormalizer: Any = _HAZM["normalizer"].Normalizer  # built at run time: no static type
# Text every match of a hazm spacing pattern holds (one of, for a tuple): where a line holds none, the pattern
# cannot change it and is not run. A pattern not named here (or changed by a new hazm) always runs. Written out,
# not read by bot.text.literals.required_text: that names one group's letters («ها» for «(ه)(ها)»), which
# nearly every line holds, where these span groups («هها») or follow from \b beside \B (never an empty match).
_SPACING_NEEDS: dict[str, Requirement] = {
    r" {2,}": ("  ",), r"\n{3,}": ("\n\n\n",), r"\u200c{2,}": ("\u200c\u200c",), r"\u200c{1,} ": ("\u200c ",),
    r" \u200c{1,}": (" \u200c",), r"\b\u200c*\B": ("\u200c",), r"\B\u200c*\b": ("\u200c",),  # \b and \B: never empty
    r"([^ ]ه) ی ": ("ه ی ",), r"(^| )(ن?می) ": ("می ",), r"(ه)(ها)": ("هها",), r'" ([^\n"]+) "': ('" ',),
    r"([^ ]ه) (ا(م|یم|ش|ند|ی|ید|ت))(?=[ \n" + _HAZM["constants"].PUNC_AFTER + r"]|$)": ("ه ا",),
    _HAZM["constants"].AFFIX_SPACING_PATTERNS[2][0]: (" تر", " گر", " ها"),
}


_Step = tuple[re.Pattern[str], str, Requirement | None]


def _spacing_steps(patterns: list[tuple[str, str]]) -> list[_Step]:
    return [(re.compile(pattern), repl, _SPACING_NEEDS.get(pattern)) for pattern, repl in patterns]


def _replace(steps: list[_Step], text: str) -> str:
    """hazm's `regex_replace`, each pattern compiled once and skipped where the text lacks what it needs."""
    for pattern, repl, needs in steps:
        if may_match(text, needs):
            text = pattern.sub(repl, text)
    return text


class Normalizer(_HazmNormalizer):
    """hazm's `Normalizer(persian_numbers=False)` on the shared tables, its character table built once."""

    _TRANSLATIONS = _HAZM["normalizer"].maketrans(_HAZM["constants"].TRANSLATION_SRC,
                                                  _HAZM["constants"].TRANSLATION_DST)
    # any character the table changes: text already folded (bot.text.normalize) holds none, and looking for one
    # costs a twentieth of translating the text through a table of 393 characters
    _TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in _TRANSLATIONS) + "]")

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(correct_spacing=False, decrease_repeated_chars=False, persian_numbers=False,
                         seperate_mi=False)  # the steps that would build hazm's own tables: set up below
        self._correct_spacing = self._decrease_repeated_chars = self._seperate_mi = True
        self._tokenizer = _HAZM["word_tokenizer"].WordTokenizer(words_file=os.devnull, join_verb_parts=False)
        self._words, self._verbs = lexicon.words, lexicon.verb_forms
        self.more_than_two_repeat_pattern = re.compile(rf"({_LETTERS})\1{{2,}}")
        self.repeated_chars_pattern = re.compile(rf"{_LETTERS}*({_LETTERS})\1{{2,}}{_LETTERS}*")

    def normalize(self, text: str) -> str:
        if self._TRANSLATED.search(text):
            text = text.translate(self._TRANSLATIONS)
        text = self.persian_style(text)
        text = self.remove_diacritics(text)
        text = self.correct_spacing(text)
        text = self.unicodes_replacement(text)
        text = self.remove_specials_chars(text)
        text = self.decrease_repeated_chars(text)
        return self.seperate_mi(text)

    _EXTRA_SPACE = _spacing_steps(_HAZM["constants"].EXTRA_SPACE_PATTERNS)
    _AFFIX_SPACING = _spacing_steps(_HAZM["constants"].AFFIX_SPACING_PATTERNS)
    _PUNCTUATION_SPACING = _spacing_steps(_HAZM["constants"].PUNCTUATION_SPACING_PATTERNS)

    def correct_spacing(self, text: str) -> str:
        """hazm's step (its patterns, its tokenizer's joins, in its order), a pattern run only on text that
        holds what it needs: a fifth of a release's normalisation."""
        text = _replace(self._EXTRA_SPACE, text)
        text = "\n".join(" ".join(self.token_spacing(self._tokenizer.tokenize(line))) if line.strip() else line
                         for line in text.split("\n"))
        return _replace(self._PUNCTUATION_SPACING, _replace(self._AFFIX_SPACING, text))

    def decrease_repeated_chars(self, text: str) -> str:
        """hazm's step, run only when a letter is written three times in a row: its own pattern looks for one
        by backtracking through every word."""
        return super().decrease_repeated_chars(text) if self.more_than_two_repeat_pattern.search(text) else text

    def seperate_mi(self, text: str) -> str:
        """hazm's step, run only on text holding «می» (the start of every word it changes)."""
        return super().seperate_mi(text) if "می" in text else text


@cache
def lexicon() -> Lexicon:
    """The shared tables, from the disk cache when it holds this hazm version's."""
    tables = _read_cache() or _write_cache(_tables_from_hazm())
    words = dict.fromkeys(tables["common"], COMMON) | dict.fromkeys(tables["rare"], RARE)
    return Lexicon(words, tables["verb_forms"])


@cache
def normalizer() -> Normalizer:
    return Normalizer(lexicon())


@cache
def lemmatizer() -> Lemmatizer:
    return Lemmatizer(lexicon())


@cache
def word_tags() -> dict[str, tuple[int, str]]:
    """hazm's corpus count and part-of-speech tags («N,AJ», «ADV», «CL» …) of each word it tags: read only when
    a question has a word no release uses (never at start), and cached on disk like the tables."""
    return _read_cache("tags") or _write_cache(_tags_from_hazm(), "tags")


def vocabulary() -> Set[str]:
    """hazm's word list: the lexicon used to repair half-spaces and to spot unknown words."""
    return lexicon().words.keys()


@cache
def _all_verb_forms() -> dict[str, str]:
    """hazm's full table, several-word forms included (never needed for a single token)."""
    return _HAZM["lemmatizer"].Lemmatizer().verbs


def _tables_from_hazm() -> dict:
    hazm_lemmatizer = _HAZM["lemmatizer"].Lemmatizer()
    words = hazm_lemmatizer.words
    return {"common": [w for w, (count, _) in words.items() if count > 0],
            "rare": [w for w, (count, _) in words.items() if count <= 0],
            "verb_forms": {form: verb for form, verb in hazm_lemmatizer.verbs.items()
                           if " " not in form and "_" not in form}}


def _tags_from_hazm() -> dict:
    text = (hazm_parts.data_dir() / "words.dat").read_text(encoding="utf-8")
    lines = (line.split("\t") for line in text.splitlines())  # word, count, tags («N,AJ»; «0» for none)
    return {row[0]: (int(row[1]), row[2]) for row in lines if len(row) == 3 and row[2] != "0"}


def _cache_path(name: str = "tables") -> Path:
    return CACHE_DIR / f"hazm-{HAZM_VERSION}-{name}-{CACHE_FORMAT}.json"


def _read_cache(name: str = "tables") -> dict | None:
    try:
        return json.loads(_cache_path(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_cache(tables: dict, name: str = "tables") -> dict:
    """Written whole or not at all (a temporary file renamed); a read-only home only costs the rebuild."""
    path = _cache_path(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)
    except OSError as err:
        log.warning("hazm tables not cached in %s: %s", path, err)
    return tables
