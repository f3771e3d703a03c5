"""Regions and scopes named in a sentence.

A region is a province or a place below one (a county, a city, a named industrial park) from the
gazetteer `bot/data/places.txt`; `province_of` says which province a place is in.
"""
import re
from collections.abc import Iterable
from functools import cache

from bot.extract.model import Mention
from bot.lang.regions import NATIONAL_HOLDERS, NATIONAL_WORDS, NEEDS_OSTAN, NOT_A_HOLDER_BEFORE, PROVINCES
from bot.lang.scopes import SCOPES
from bot.lang.speech import ROLE_WORDS
from bot.text.datafiles import data_lines
from bot.text.normalize import normalize

# A gazetteer name that is also an ordinary word («نور», «بافت») counts only after one of these; a specialised
# park is named by its trade, then its town: «شهرک تخصصی بادام سامان».
_PLACE_NOUN = r"(?:شهرستان|شهر|شهرک|ناحیه)(?: صنعتی| تخصصی [^\s،.؛:\d]+)? "


@cache
def gazetteer() -> dict[str, tuple[str, bool]]:
    """Place -> (its province, whether the name needs «شهر / شهرستان …» before it)."""
    places: dict[str, tuple[str, bool]] = {}
    for line in data_lines("places.txt"):
        province, names = line.split(":", 1)
        for name in names.split("،"):
            name = normalize(name.strip())
            places[name.rstrip("*")] = (province.strip(), name.endswith("*"))
    return places


def province_of(region: str | None) -> str | None:
    """The province a region is in: itself for a province."""
    return gazetteer()[region][0] if region in gazetteer() else region


def finer_place(region: str | None) -> str | None:
    """A county, city or park of the gazetteer; None for a province or the whole country."""
    return region if region != province_of(region) else None


def asked_places(mentions: list[Mention]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The provinces a question names and the finer places it names: «شکوهیه قم» asks about one park of
    Qom, «ایجرود» about a town of Zanjan, never about a province called «ایجرود»."""
    provinces = tuple(dict.fromkeys(p for m in mentions if (p := province_of(m.value))))
    return provinces, tuple(dict.fromkeys(m.value for m in mentions if finer_place(m.value)))


def _forms(words: Iterable[str]) -> str:
    return "(?:" + "|".join(form for _, form in _ordered_forms(words)) + ")"


def _ordered_forms(words: Iterable[str]) -> list[tuple[str, str]]:
    """Each word with its pattern (a space matching a half-space too, a half-space a space or nothing: «ثامن
    الائمه», «ثامن‌الائمه»), longest pattern first: the order in which an alternation of them tries them."""
    forms = ((w, _spaced(w)) for w in words)
    return sorted(forms, key=lambda pair: len(pair[1]), reverse=True)


def _spaced(name: str) -> str:
    parts = re.escape(name).replace("\\ ", " ").split("\u200c")
    return "[ \u200c]?".join(part.replace(" ", "[ \u200c]") for part in parts)


# In a question «فارس پارسال چند واحد احیا کرد؟» names the province; these words before a name do not.
_NOT_A_PROVINCE_AFTER = "".join(rf"(?<!{w}[ \u200c])" for w in ("خلیج", "بانک", "دفتر", "ستاد", "سازمان", "شورای",
                                                                  "دولت", "بخش"))


# A name's pattern with the plain spellings that must occur for it to match (a fast test before the regex).
_Pattern = tuple[str, re.Pattern[str], tuple[str, ...]]


def _fold(text: str) -> str:
    return text.replace("\u200c", " ")


# In a release «فارس», «گلستان», «مرکزی» name the province after «استان» or in the provincial company's name
# («مدیرعامل شرکت شهرک‌های صنعتی فارس گفت: …»), which is how most provincial releases say where they are.
_PROVINCE_BEFORE = r"(?:استان |شهرک[ \u200c]?های صنعتی )"


@cache
def _region_patterns(question: bool = False) -> tuple[_Pattern, ...]:
    patterns = []
    for name, spellings in PROVINCES.items():
        if name in NEEDS_OSTAN:
            prefix = rf"(?:استان |{_NOT_A_PROVINCE_AFTER})" if question else _PROVINCE_BEFORE
        else:
            prefix = r"(?:استان )?"
        patterns.append((name, re.compile(rf"(?<!\w){prefix}{_forms(spellings)}(?!\w)"),
                         tuple(_fold(w) for w in spellings)))
    for place, (_, strict) in gazetteer().items():
        prefix = _PLACE_NOUN if strict else r"(?:شهر )?"
        patterns.append((place, re.compile(rf"(?<!\w){prefix}{_forms([place])}(?!\w)"), (_fold(place),)))
    return tuple(patterns)


# «استان‌های بوشهر، یزد و فارس»: every name in the list is a province
_PROVINCES_WORD = re.compile(r"استان[\u200c ]?(?:های|ها)")
_PROVINCE_LIST = re.compile(r"استان[\u200c ]?(?:های|ها)\s+(?:[^\s،.؛:]+(?:\s+[^\s،.؛:\d]+)?(?:\s*،\s*|\s+و\s+))*$")


# «سرمایه‌گذاری بخش خصوصی», «بانک‌های دولتی»: who invests or lends, not which kind of park a figure counts
_NOT_A_SCOPE_AFTER = "".join(rf"(?<!{w}[ \u200c])" for w in ("بخش", "سرمایه‌گذاری", "سرمایه‌گذاران", "بانک",
                                                              "بانک‌های", "بانکهای"))


@cache
def _scope_patterns() -> tuple[_Pattern, ...]:
    return tuple((name, re.compile(rf"(?<!\w){_NOT_A_SCOPE_AFTER}{_forms(forms)}(?!\w)"),
                  tuple(_fold(f) for f in forms)) for name, forms in SCOPES.items())


_NATIONAL = re.compile(rf"(?<!\w){_forms(NATIONAL_WORDS)}(?!\w)")


@cache
def any_place_name() -> re.Pattern[str]:
    """Every spelling of a province or a place in the gazetteer, as whole words."""
    words = [w for spellings in PROVINCES.values() for w in spellings] + list(gazetteer())
    return re.compile(rf"(?<![\w\u200c]){_forms(words)}(?![\w\u200c])")


@cache
def _spelling_groups(kind: str) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """Every spelling of a kind («regions», «scopes») grouped by its first two letters (a half-space read as a
    space), each group one alternation in the order one alternation of them all would try them; and a pattern
    of the letters a spelling starts with, to skip the others at once."""
    if kind == "scopes":
        words = [f for forms in SCOPES.values() for f in forms]
    else:
        words = [w for spellings in PROVINCES.values() for w in spellings] + list(gazetteer())
    groups: dict[str, list[str]] = {}
    for word, form in _ordered_forms(words):
        if len(word) < 2:
            raise ValueError(f"a place or scope spelled with one letter: {word!r}")
        groups.setdefault(_fold(word[:2]), []).append(form)
    starts = re.compile("[" + "".join(sorted({re.escape(start[0]) for start in groups})) + "]")
    return starts, {start: re.compile("(?:" + "|".join(forms) + ")") for start, forms in groups.items()}


def _spellings_named(sentence: str, kind: str) -> set[str]:
    """The spellings of a kind the sentence holds, as one alternation of them all would find them (left to
    right, none overlapping, at each position the first spelling that matches, inside a word too), though
    trying at each position only the spellings that start with its two letters: most sentences name none,
    and this says so in one quick pass, and which names to try when they do."""
    (starts, groups), folded = _spelling_groups(kind), _fold(sentence)
    named: set[str] = set()
    at = 0
    while (start := starts.search(folded, at)) is not None:
        at = start.start()
        group = groups.get(folded[at : at + 2])
        m = group.match(sentence, at) if group else None
        if m:
            named.add(_fold(m.group()))
            at = m.end()
        else:
            at += 1
    return named


@cache
def _by_spelling(kind: str, question: bool = False) -> dict[str, list[int]]:
    """Each plain spelling -> the patterns (by position) that need it: a sentence's few spellings pick
    their patterns at once instead of testing thousands of gazetteer names."""
    index: dict[str, list[int]] = {}
    for i, (_, _, keys) in enumerate(_patterns(kind, question)):
        for key in dict.fromkeys(keys):
            index.setdefault(key, []).append(i)
    return index


def _patterns(kind: str, question: bool) -> tuple[_Pattern, ...]:
    return _scope_patterns() if kind == "scopes" else _region_patterns(question)


def _find(sentence: str, kind: str, question: bool = False) -> list[Mention]:
    found: list[Mention] = []
    named = _spellings_named(sentence, kind)
    if not named:
        return found
    index, patterns = _by_spelling(kind, question), _patterns(kind, question)
    chosen = sorted({i for key in named for i in index.get(key, ())})  # in the patterns' order, as before
    matches = [(m, patterns[i][0]) for i in chosen for m in patterns[i][1].finditer(sentence)]
    for m, name in sorted(matches, key=lambda mn: mn[0].end() - mn[0].start(), reverse=True):
        if not any(f.start < m.end() and m.start() < f.end for f in found):  # the longest name wins
            found.append(Mention(m.start(), m.end(), name))
    return sorted(found, key=lambda f: f.start)


def find_regions(sentence: str, question: bool = False) -> list[Mention]:
    """Provinces and places in them named in the sentence; in a question, «فارس», «گلستان» and «مرکزی»
    need no «استان» before them, and neither do they in a list after «استان‌های»."""
    found = _find(sentence, "regions", question)
    if question or not _PROVINCES_WORD.search(sentence):
        return found
    listed = [m for m in _find(sentence, "regions", question=True) if m.value in NEEDS_OSTAN
              and _PROVINCE_LIST.search(sentence[: m.start])]
    return sorted(found + [m for m in listed if not any(f.start < m.end and m.start < f.end for f in found)],
                  key=lambda f: f.start)


def find_scopes(sentence: str) -> list[Mention]:
    """«دولتی», «غیردولتی», «خارج از شهرک» …"""
    return _find(sentence, "scopes")


def says_national(sentence: str) -> bool:
    return bool(_NATIONAL.search(sentence))


_IN_THE_COUNTRY = re.compile(r"(?<!\w)(?:در|سراسر|سطح|کل)(?: سطح| کل)? کشور(?!\w)")


def find_national(sentence: str) -> list[Mention]:
    """«در سطح کشور», «در کل کشور» …: where a sentence places a figure in the whole country (a bare
    «کشور» is often a genitive: «۱۰ درصد واحدهای کشور در استان تهران»)."""
    return [Mention(m.start(), m.end(), "کشور") for m in _IN_THE_COUNTRY.finditer(sentence)]


_NATIONAL_HOLDER = re.compile(
    "(?<![\\w\u200c])(?:" + "|".join(h.replace("\u200c", "[\u200c ]?") for h in NATIONAL_HOLDERS) + ")(?![\\w\u200c])")
_TITLE_BEFORE = re.compile("(?:" + "|".join(ROLE_WORDS + NOT_A_HOLDER_BEFORE) + ")\\s*$")


def holds_nationally(before: str) -> bool:
    """Whether the national organisation, or all the provincial companies, hold the figure said after `before`
    («سازمان صنایع کوچک و شهرک‌های صنعتی ایران و شرکت‌های استانی آن اکنون ۸۵۱ شهرک … را در اختیار دارند»), not
    as a speaker's title («مدیرعامل سازمان …») or a source («به گزارش روابط عمومی سازمان …»)."""
    return any(not _TITLE_BEFORE.search(before[: m.start()]) for m in _NATIONAL_HOLDER.finditer(before))
