"""Understanding a question: what quantity, about what, when, where, which scope.

Same normalisation as releases, plus the colloquial map; periods resolve against the asking date.
"""
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache

from bot.answer import tense
from bot.answer.asked_periods import bare_baseline, runs_to_now, spelled_out, state_now
from bot.answer.place_spelling import with_full_place_names
from bot.extract.amounts import find_amounts
from bot.extract.context import keyed
from bot.extract.model import Period
from bot.extract.periods import RefDate, find_periods
from bot.extract.places import asked_places, find_regions, find_scopes
from bot.lang.asked_arithmetic import ARITHMETIC_WORDS, DIFFERENCE, GROWTH_NAMED, SUM
from bot.lang.numbers import MULTIPLIERS
from bot.lang.units import MEASURE_NOUNS, UNITS, UnitSpec
from bot.text.datafiles import data_lines
from bot.text.normalize import fold_letters, normalize
from bot.text.stopwords import is_function_word
from bot.text.tokens import Token, tokenize
from bot.text.verbs import is_verbal

_QUANTITY_WORDS = ("چه تعداد", "چه مقدار", "چه میزان", "چند", "چقدر", "تعداد", "میزان", "مقدار", "حجم", "مبلغ")
_AMOUNT_WORDS = frozenset({"چقدر", "مقدار", "میزان", "حجم", "مبلغ"})  # «چقدر زمین»: an amount, not a count
_GREETINGS = frozenset({"سلام", "درود", "خسته", "نباشید", "ممنون", "مرسی", "تشکر", "متشکرم", "خداحافظ",
                        "صبح", "بخیر", "شب", "عصر", "وقت", "علیک", "خوبی", "خوبید", "چطوری", "سپاس", "عالی"})
_WHO = re.compile(r"کیست|چه کسی|چه کسانی|نام .*چیست|اسم")
_WHY = frozenset({"#علت"})
_WHEN = re.compile(r"چه سالی|چه سال|کدام سال|چه زمانی|چه ماهی|کی ")
_BASELINE = re.compile(r"(?:نسبت به|در مقایسه با|مقایسه با|از)\s*$")  # «… نسبت به پارسال»: a baseline
VERB_WEIGHT = 0.5
NEW = "#جدید"
_WHICH_REGION = re.compile(r"(?:کدام|کدوم|چه)(?: یک از)? استان|کدام استان‌ها|چه استانی")
_WHICH_THING = re.compile(r"(?:کدام|کدوم)\s+(?!استان)\w+|کدامند|کدام‌ها")  # «کدوم بانک»: a name, never a number
_LEAST = re.compile(r"کمترین|کم‌ترین|پایین‌ترین|آخرین رتبه|(?<!\w)کمتری(?!\w)")  # «… کمتری داشت، الف یا ب؟»
_RANK_WORDS = frozenset({"استان", "استانی", "کدام", "کدوم", "بیشترین", "بیش‌ترین", "بالاترین", "کمترین", "کم‌ترین",
                         "پایین‌ترین", "رتبه", "مقام", "بیشتری", "کمتری"})
_COMPARATIVES = frozenset({"بیشتری", "کمتری"})  # «… زمین بیشتری واگذار کرد»: more of the phrase before it
_YEAR = re.compile(r"1[34]\d\d")  # a year said alone («نسبت به ۱۳۹۷») is a period, not a figure
_WHOLE = re.compile(r"(?<!\w)(?:کل|مجموع)(?!\w)(?!\s+کشور)")  # «کل کشور» is a place, not a total
_PUNCTUATION = "؟?!.،"
_LATEST = re.compile(r"آخرین|تازه‌ترین|جدیدترین|اخبار|خبر جدید|اطلاعیه")


@dataclass(frozen=True, slots=True)
class TermGroup:
    """One thing the question is about: a word and the concepts it belongs to."""
    text: str
    alternatives: frozenset[str]
    weight: float = 1.0
    verbal: bool = False  # part of the verb: its absence from the releases says nothing
    specific: bool = False  # a rare name («ایجرود», «شکوهیه»): a figure not near it is about something else


@dataclass(frozen=True, slots=True)
class Query:
    """What a question asks, as understood; never changed after analysis (later stages use `replace`)."""
    text: str
    normalized: str
    intent: str  # empty | greeting | numeric | list | person | latest | reverse
    asked_kind: str | None = None
    asked_unit: str | None = None
    counted: TermGroup | None = None
    period: Period | None = None
    region: str | None = None
    place: str | None = None  # a county, town or park asked about («ناحیه صنعتی ایجرود»); `region` is its province
    places: tuple[str, ...] = ()  # every such place named; `place` is the first
    scope: str | None = None
    wants_target: bool = False
    open_tense: bool = False  # «… ایجاد می‌کنند؟»: the present tense may mean done or planned
    extreme: str | None = None  # «کدام استان بیشترین …»: "max" or "min"
    number: float | None = None
    today: int | None = None  # the asking month, year*100+month
    regions: tuple[str, ...] = ()  # every province named («هرمزگان و قزوین روی هم»); `region` is the first
    baseline: Period | None = None  # «… نسبت به ۹۷», «… بیشتر از نیمه اول ۹۷»: the period compared with
    arithmetic: str | None = None  # "sum" or "difference": asked for a figure computed from others
    mentioned: tuple[str, ...] = ()  # numbers said in the question («اعتبار ۱۲ طرح»), as written
    to_now: bool = False  # the asked span runs to the asking date: a figure so far may answer it
    asks_new: bool = False  # «… جدید»: what was new in the asked span, never a running total
    asks_state: bool = False  # «چند نفر … کار می‌کنند»: where things stand now, not what a period added
    asks_done: bool = False  # «… به بهره‌برداری رسید»: what happened in the asked period, not a stock
    running_total: bool = False  # «کل … چند تا شده», «تا حالا»: everything so far, not one period's share
    how_much: bool = False  # «چقدر / چه میزان» with nothing after it: an amount, not a count, is asked
    groups: list[TermGroup] = field(default_factory=list)


@cache
def _colloquial() -> dict[str, str]:
    pairs = (line.split("=>", 1) for line in data_lines("colloquial.txt") if "=>" in line)
    return {fold_letters(a.strip()): b.strip() for a, b in pairs}


def respell(text: str) -> str:
    """Colloquial and misspelt words to their written forms («چن تا» -> «چند تا», «راه بندازه» -> «راه‌اندازی
    کند»); a unit closing the question with the spoken copula («چند هکتاره») is the unit and «است»."""
    table = _colloquial()
    words = re.findall(r"\S+", fold_letters(text))
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(w.strip(_PUNCTUATION) for w in words[i : i + 2])
        if i + 1 < len(words) and pair in table:
            out.append(table[pair])
            i += 2
            continue
        word = words[i].strip(_PUNCTUATION)
        last = i == len(words) - 1 or not words[i + 1].strip(_PUNCTUATION)
        out.append(table.get(word) or (last and _spoken_copula(word, words[i - 1] if i else "")) or words[i])
        i += 1
    return " ".join(out)


def _spoken_copula(word: str, before: str) -> str | None:
    """«درصده», «مگاواته», «نفره» at the end of a question: the unit and «است»; «۵۰ نفره» after a number
    describes something («a fifty-person firm») and stays, as does a span («ساله») except after «چند»: «عمر …
    چند ساله» asks how many years it is."""
    stem = word[:-1] if word.endswith("ه") else ""
    if stem and UNITS.get(f"{before} {stem}"):  # «چند متر مربعه»: a unit of two words
        return f"{stem} است"
    spec = UNITS.get(stem) if stem else None
    if spec is None or (spec.kind == "duration" and before != "چند") or before[:1].isdigit():
        return None
    return f"{stem} است"


def analyze(text: str, today: RefDate) -> Query:
    """Everything the matcher needs to know about one question."""
    normalized = with_full_place_names(spelled_out(normalize(respell(text.replace("\n", " ")))))
    tokens = tokenize(normalized)
    query = Query(text=text, normalized=normalized, intent="numeric", today=today[0] * 100 + today[1])
    words = [t for t in tokens if t.text[0].isalpha()]
    if not words and not any(t.text[0].isdigit() for t in tokens):
        return replace(query, intent="empty")
    if all(w.text in _GREETINGS or is_function_word(w.text) for w in words):
        return replace(query, intent="greeting")
    found = find_periods(normalized, today)
    periods = [p for p in found if not _BASELINE.search(normalized[: p.start])]
    baselines = [p.period for p in found if p not in periods]
    regions = find_regions(normalized, question=True)
    provinces, places = asked_places(regions)
    scopes = find_scopes(normalized)
    taken = [*periods, *regions, *scopes]
    query = replace(query, period=_combined([p.period for p in periods], today[0] * 100 + today[1])
                    or state_now(normalized, today),
                    region=provinces[0] if provinces else None, place=places[0] if places else None,
                    places=places,
                    scope=scopes[0].value if scopes else None, regions=provinces,
                    baseline=baselines[0] if baselines else bare_baseline(normalized),
                    arithmetic=_arithmetic(normalized),
                    groups=_groups(tokens, keyed(tokens), taken))
    if query.arithmetic:
        query = replace(query, groups=[g for g in query.groups if g.text not in ARITHMETIC_WORDS])
    query = _quantity(query, tokens, taken)
    if query.asked_unit:  # the unit is checked as such; as a word every fact in that unit would carry it
        unit = query.asked_unit
        query = replace(query, groups=[g for g in query.groups if g.text != unit and unit not in g.alternatives
                                       and g.text not in MULTIPLIERS
                                       and not _same_kind_unit(g.text, query.asked_kind)])
    query = replace(query, wants_target=tense.wants_target(query.groups, normalized),
                    open_tense=tense.open_tense(query.groups, normalized),
                    asks_state=query.period is None and not query.arithmetic and tense.asks_state(normalized),
                    asks_done=tense.asks_done(normalized),
                    to_now=runs_to_now(normalized),
                    asks_new=any(NEW in g.alternatives for g in query.groups),
                    running_total=query.period is None and (runs_to_now(normalized) or bool(_WHOLE.search(normalized))),
                    mentioned=_mentioned(normalized, tokens, [*taken, *(p for p in found if p not in periods)]))
    return _with_intent(query, normalized, tokens, taken)


def _mentioned(normalized: str, tokens: list[Token], taken: list) -> tuple[str, ...]:
    """Numbers said in the question that are not a period («اعتبار ۱۲ طرح», «در ۷ شهرک»), as written and by value:
    «۱۰۰ واحد» is also the release's «یکصد واحد»."""
    said = [(a.text.split()[0], said_value(a.value)) for a in find_amounts(normalized, tokens, taken)]
    return tuple(dict.fromkeys(form for written, value in said if not _YEAR.fullmatch(written)
                               for form in (written, value)))


def said_value(value: float) -> str:
    """A number's value as one string however it was written («۱۰۰», «یکصد», «100.0»)."""
    return str(int(value)) if value == int(value) else str(value)


def _arithmetic(normalized: str) -> str | None:
    if DIFFERENCE.search(normalized):
        return "difference"
    return "sum" if SUM.search(normalized) else None


def _same_kind_unit(word: str, kind: str | None) -> bool:
    """«چند همت»: «همت» is the asked unit (rials) said another way, not a word to look for."""
    spec = UNITS.get(word)
    return bool(spec and spec.kind == kind and kind in ("money", "foreign_money"))  # «شغل» for people stays


def _combined(periods: list[Period], today: int) -> Period | None:
    """«پارسال در ۹ ماه اول»: months said apart from their year take that year."""
    if len(periods) == 2:
        year = next((p for p in periods if p.kind == "year"), None)
        now = next((p for p in periods if p.kind == "point"), None)
        if year and now and year.start // 100 == now.start // 100:  # «امسال تا الان»: the year so far
            y, last = year.start // 100, now.end % 100
            return Period(year.start, now.end, "partial", f"{y}-01..{y}-{last:02d}")
        said = [p for p in periods if p.kind == "partial" and p.end != today]
        if len(said) == 1 and all(p.kind == "partial" for p in periods):
            return said[0]  # «از اول فروردین تا آخر آذر ۹۶»: the end said, not «from Farvardin to now»
        part = next((p for p in periods if p.kind == "partial"), None)
        if year and part:
            shift = (year.start // 100 - part.start // 100) * 100
            y = year.start // 100
            first, last = part.start % 100, part.end % 100
            return Period(part.start + shift, part.end + shift, "partial", f"{y}-{first:02d}..{y}-{last:02d}")
    return periods[0] if periods else None


def _groups(tokens: list[Token], keys: list[set[str]], taken: list) -> list[TermGroup]:
    groups: list[TermGroup] = []
    words = [t.text for t in tokens]
    for i, (tok, found) in enumerate(zip(tokens, keys, strict=True)):
        if not found or any(s.start <= tok.start < s.end for s in taken) or _is_quantity_word(tok.text):
            continue
        concepts = {k for k in found if k.startswith("#")}
        if concepts and groups and concepts <= groups[-1].alternatives:
            continue  # the rest of a phrase already counted («بازگشت به چرخه تولید»)
        verbal = is_verbal(words, i) or _is_period_word(tok.text)
        # a plain verb («ایجاد کردند», «پرداخت شد») is said many ways in releases; its concepts are not
        weight = VERB_WEIGHT if verbal and not concepts else 1.0
        groups.append(TermGroup(tok.text, frozenset(found), weight, verbal))
    return groups


def _is_period_word(word: str) -> bool:
    """«پارسال» left as a word when it names a baseline («نسبت به پارسال»)."""
    return bool(find_periods(word, (1400, 1, 1)))


def _is_quantity_word(word: str) -> bool:
    return any(word == q for q in _QUANTITY_WORDS) or word in ("تا", "چندتا", "چیست", "کیست")


def _quantity(query: Query, tokens: list[Token], taken: list) -> Query:
    """Which kind of number is asked for, from the word after «چند / چقدر / تعداد»; a unit named after
    any of them wins («تعداد قراردادها چند درصد رشد داشته» asks for a percentage)."""
    after = [_after_quantity_word(tokens, i) for i, tok in enumerate(tokens)
             if _is_quantity_word(tok.text) and tok.text not in ("تا", "چیست", "کیست")] or _compared(tokens, taken)
    unit = next(filter(None, (_unit_after(tokens, j) for j in after)), None)
    counting = any(t.text in ("چند", "تعداد", "چندتا") for t in tokens)
    if unit:
        return replace(query, asked_unit=unit.unit, asked_kind=unit.kind)
    if after and after[0] < len(tokens) and tokens[after[0]].text[0].isalpha() \
            and not is_function_word(tokens[after[0]].text):
        noun = tokens[after[0]]
        kind = MEASURE_NOUNS.get(noun.key) or MEASURE_NOUNS.get(noun.text)
        if kind:
            return replace(query, asked_kind=kind)
        if counting or not any(t.text in _AMOUNT_WORDS for t in tokens):
            return _counting(query, noun.text)
    query = replace(query, how_much=bool(after) and not counting)
    if query.how_much and GROWTH_NAMED.search(query.normalized):
        return replace(query, asked_kind="percent", asked_unit="درصد")  # «رشد صادرات چقدر بود»: a rate
    if _counts_what_was_named(tokens):
        return replace(query, asked_kind="count")
    if kind := _measure_noun_kind(query.groups, tokens):
        return replace(query, asked_kind=kind, asked_unit="درصد" if kind == "percent" else None)
    return query


def _compared(tokens: list[Token], taken: list) -> list[int]:
    """«کدام استان قرارداد واگذاری زمین بیشتری داشت»: the phrase before «بیشتری» names what is compared,
    and its first word is its head («قرارداد», not «زمین»)."""
    at = next((k for k, t in enumerate(tokens) if t.text in _COMPARATIVES), None)
    if at is None:
        return []
    start = at
    while start > 0 and _in_phrase(tokens[start - 1], taken):
        start -= 1
    return [start] if start < at else []


def _in_phrase(tok: Token, taken: list) -> bool:
    return (tok.text[0].isalpha() and not is_function_word(tok.text) and tok.text not in _RANK_WORDS
            and not any(s.start <= tok.start < s.end for s in taken))


def _counts_what_was_named(tokens: list[Token]) -> bool:
    """«کل قراردادهای واگذاری زمین چند تا شده»: «چند تا» after the noun asks how many of it, whatever
    measure nouns («زمین») stand in the question."""
    words = [t.text for t in tokens]
    return "چندتا" in words or any(a == "چند" and b == "تا" for a, b in itertools.pairwise(words))


def _counting(query: Query, noun: str) -> Query:
    """«چند واحد …»: a count of the noun after the quantity word, which then weighs more."""
    counted = next((replace(g, weight=1.5) for g in query.groups if g.text == noun), None)
    groups = [counted if counted and g.text == noun else g for g in query.groups]
    return replace(query, asked_kind="count", counted=counted, groups=groups)


def _measure_noun_kind(groups: list[TermGroup], tokens: list[Token]) -> str | None:
    """«درصد», «مساحت» … said anywhere in the question name the kind of quantity; so does a word too general
    to be searched for («مبلغ … چقدر بود» asks for money)."""
    for g in groups:
        kind = MEASURE_NOUNS.get(g.text) or next((MEASURE_NOUNS[a.lstrip("#")] for a in g.alternatives
                                                  if a.lstrip("#") in MEASURE_NOUNS), None)
        if kind:
            return kind
    grouped = {g.text for g in groups}
    return next((MEASURE_NOUNS[t.text] for t in tokens if t.text in MEASURE_NOUNS and t.text not in grouped), None)


def _after_quantity_word(tokens: list[Token], i: int) -> int:
    j = i + 1
    while j < len(tokens) and (tokens[j].text in ("تا", "از", "ی", "های") or tokens[j].text in MULTIPLIERS):
        j += 1
    return j


def _unit_after(tokens: list[Token], j: int) -> UnitSpec | None:
    for size in (3, 2, 1):
        phrase = " ".join(t.text for t in tokens[j : j + size])
        keyed_phrase = " ".join(t.key for t in tokens[j : j + size])
        spec = UNITS.get(phrase) or UNITS.get(keyed_phrase)
        if spec and len(tokens[j : j + size]) == size:
            return spec
    return None


def _with_intent(query: Query, normalized: str, tokens: list[Token], taken: list) -> Query:
    alternatives = set().union(*(g.alternatives for g in query.groups)) if query.groups else set()
    if _WHO.search(normalized) and "#مدیرعامل" in alternatives:
        return replace(query, intent="person")
    amounts = [a for a in find_amounts(normalized, tokens, taken) if a.value > 12]
    if amounts and _WHEN.search(normalized + " "):
        return replace(query, intent="reverse", number=amounts[0].value)
    if (alternatives & _WHY or _WHICH_THING.search(normalized)) and query.asked_kind is None:
        return replace(query, intent="list")
    if _LATEST.search(normalized) and query.asked_kind is None:
        return replace(query, intent="latest")
    if _WHICH_REGION.search(normalized) and (query.region is None or len(query.regions) > 1):  # «…، سمنان یا اردبیل؟»
        return replace(query, intent="which_region", extreme="min" if _LEAST.search(normalized) else "max",
                       groups=[g for g in query.groups if g.text not in _RANK_WORDS])
    return query


def placed_groups(query: Query) -> list[tuple[int, TermGroup]] | None:
    """Each word group of the question with where it starts in the normalised text, in order; None when one is
    not written there as is (a respelled word): what stands either side of «و» or «یا»."""
    found, at = [], 0
    for group in query.groups:
        start = query.normalized.find(group.text, at)
        if start < 0:
            return None
        found.append((start, group))
        at = start + len(group.text)
    return found
