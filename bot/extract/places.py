"""Regions and scopes named in a sentence."""
import re
from functools import cache

from bot.extract.model import Mention
from bot.lang.regions import CITIES, NATIONAL_WORDS, NEEDS_OSTAN, PROVINCES
from bot.lang.scopes import SCOPES


def _forms(words) -> str:
    forms = sorted((re.escape(w).replace("\\ ", " ").replace(" ", "[ \u200c]") for w in words), key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


# In a question «فارس پارسال چند واحد احیا کرد؟» names the province; these words before a name do not.
_NOT_A_PROVINCE_AFTER = "".join(rf"(?<!{w}[ \u200c])" for w in ("خلیج", "بانک", "دفتر", "ستاد", "سازمان", "شورای",
                                                                  "دولت", "بخش"))


@cache
def _region_patterns(question: bool = False) -> list[tuple[str, re.Pattern[str]]]:
    patterns = []
    for name, spellings in PROVINCES.items():
        if name in NEEDS_OSTAN:
            prefix = rf"(?:استان |{_NOT_A_PROVINCE_AFTER})" if question else r"استان "
        else:
            prefix = r"(?:استان )?"
        patterns.append((name, re.compile(rf"(?<!\w){prefix}{_forms(spellings)}(?!\w)")))
    for city in CITIES:
        patterns.append((city, re.compile(rf"(?<!\w)(?:شهر )?{_forms([city])}(?!\w)")))
    return patterns


@cache
def _scope_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(rf"(?<!\w){_forms(forms)}(?!\w)")) for name, forms in SCOPES.items()]


_NATIONAL = re.compile(rf"(?<!\w){_forms(NATIONAL_WORDS)}(?!\w)")


@cache
def _any_name() -> re.Pattern[str]:
    """One pattern for every spelling: most sentences name no place, and this says so in one pass."""
    words = [w for spellings in PROVINCES.values() for w in spellings] + list(CITIES) + \
            [f for forms in SCOPES.values() for f in forms]
    return re.compile(_forms(words))


def _find(sentence: str, patterns: list[tuple[str, re.Pattern[str]]]) -> list[Mention]:
    found: list[Mention] = []
    if not _any_name().search(sentence):
        return found
    matches = [(m, name) for name, pattern in patterns for m in pattern.finditer(sentence)]
    for m, name in sorted(matches, key=lambda mn: mn[0].end() - mn[0].start(), reverse=True):
        if not any(f.start < m.end() and m.start() < f.end for f in found):  # the longest name wins
            found.append(Mention(m.start(), m.end(), name))
    return sorted(found, key=lambda f: f.start)


def find_regions(sentence: str, question: bool = False) -> list[Mention]:
    """Provinces (and larger cities) named in the sentence; in a question, «فارس», «گلستان» and «مرکزی»
    need no «استان» before them."""
    return _find(sentence, _region_patterns(question))


def find_scopes(sentence: str) -> list[Mention]:
    """«دولتی», «غیردولتی», «خارج از شهرک» …"""
    return _find(sentence, _scope_patterns())


def says_national(sentence: str) -> bool:
    return bool(_NATIONAL.search(sentence))
