"""Scoring stored facts against a question: content, quantity, period, region, scope, plan vs actual.

Each factor is a number in [0, 1]; the score is their product, so one hard mismatch (another
region, a period the fact does not cover, another kind of quantity) rules a fact out.
"""
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from bot.answer.events import asked_events, purposes, unasked_events
from bot.answer.place_fit import elsewhere, finer_fit
from bot.answer.question import NEW, Query, TermGroup, said_value
from bot.extract.amounts import find_amounts
from bot.extract.context import keyed
from bot.extract.model import Period
from bot.lang.units import CLASSIFIERS, GENERIC_CLASSIFIERS
from bot.records import StoredFact
from bot.text.concepts import concept_hits
from bot.text.tokens import tokenize, word_key
from bot.text.verbs import LIGHT_VERBS

ABSENT = 0.3            # a word this far from the number (or farther) is not about it
ANSWER_AT = 0.38  # a figure scoring this is confident enough to state (answer.decide)
MARGIN = 0.15     # … when every other value trails it by this share of its score
GENERIC_SHARE = 0.3     # a term carried by more than this share of facts says little
GENERIC_WEIGHT = 0.35
UNSCOPED_FOR_SCOPED = 0.35
SCOPED_UNASKED = 0.85
TARGET_MISMATCH = 0.35
PARTIAL = 0.5
CLASSIFIED_NOUN = 0.8
YEAR_SO_FAR = 0.85
COUNT_OF_WHAT_IS_MEASURED = 0.3
CONCEPT_NOUN = 0.6
NOW = 0.9
PERIOD_END = 0.75  # a stock at the close of the asked period, above one from its middle (0.6), for a state
CONTRAST_PENALTY = 0.45
MENTION_FAR = 0.5
SPAN_FOR_TOTAL = 0.5  # «کل … چند تا شده» asks a running total: one year's figure is only a part of it
SENTENCES_KEPT = 5_000  # candidate sentences whose words are kept (~4 KB each; db.memo's facts have ~3,500)
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
# (asked, other): a question about the first without the second does not fit a fact mostly about the second.
_CHANGE = frozenset({"#رشد", "#کاهش"})
STRONG_TERM = 0.8
FAR = 0.5  # weaker than this, a word stands in another clause (or sentence) than the number
_LEVEL_WORDS = (" تا", " به")
_LEVEL_CONCEPTS = frozenset({"#تحقق"})
_CONTRASTS = (("#جدید", "#نخست"), ("#نخست", "#جدید"), ("#راکد", "#احیا"), ("#راکد", "#اشتغال"))


@dataclass(slots=True)
class Scored:
    fact: StoredFact
    score: float
    coverage: float
    period_fit: float
    place_fit: float
    missing: int = 0   # distinctive words of the question found nowhere near the number
    words: float = 0.0  # how well the question's words fit, before any penalty
    off_topic: bool = False  # a rare name of the question («ایجرود») is nowhere near the number
    near: frozenset[int] = frozenset()  # distinctive question words (group indexes) said right by the number
    far: frozenset[int] = frozenset()   # distinctive question words only far from the number, or not at all
    elsewhere: bool = False  # the figure is another province's, or another park's, than the one asked
    said: frozenset[int] = frozenset()  # distinctive question words said in the figure's own sentence
    whole: int = 0  # the id of the figure this one points back to («۲۷ هکتار از این زمین‌ها»), see answer.pointing
    # worked out when deciding needs them (few figures are ever weighed against another), see answer.apart:
    written: frozenset[int] | None = None  # question words said right by the number as written
    other_kinds: bool | None = None  # «۲۳ شهرک و ناحیه» for «چند شهرک», or the reverse (answer.two_kinds)
    unasked: bool | None = None  # about another event or purpose than the one asked (answer.events)
    asked: "_Asked | None" = field(default=None, repr=False, compare=False)


def group_weights(query: Query, counts: dict[str, int], total: int) -> list[float]:
    """Each term group's weight: rare terms count fully, terms most facts carry count little."""
    weights = []
    for g in query.groups:
        df = min((counts.get(a, 0) for a in g.alternatives), default=0)
        generic = total > 0 and df > GENERIC_SHARE * total and total >= 5
        weights.append(g.weight * (GENERIC_WEIGHT if generic else 1.0))
    return weights


def unit_fit(fact: StoredFact, query: Query) -> float:
    if query.asked_kind is None:
        if query.how_much and fact.kind == "count":
            # «ظرفیت تصفیه‌خانه‌ها چقدر است» is not «how many plants», «چقدر ضمانت‌نامه» not «for how many units»
            return COUNT_OF_WHAT_IS_MEASURED
        return 1.0 if fact.kind != "percent" else 0.6
    if fact.kind != query.asked_kind and (query.asked_kind, fact.kind) != ("money", "foreign_money"):
        return 0.0
    if (query.asked_unit and query.asked_kind == "count" and fact.unit != query.asked_unit
            and not _classifies(fact, query.asked_unit)):
        return 0.0
    if query.counted:
        return _noun_fit(fact, query.counted)
    return 1.0


def _classifies(fact: StoredFact, asked_unit: str) -> bool:
    """«… تعداد واحدهای به بهره‌برداری رسیده … به ۴۴۹ مورد رسیده»: a generic classifier («مورد», «فقره», «عدد»)
    counts the noun it classifies, so «چند واحد» is answered by it when that noun stands by the number."""
    return fact.unit in GENERIC_CLASSIFIERS and fact.terms.get(word_key(asked_unit), 0.0) >= CLASSIFIED_NOUN


def _noun_fit(fact: StoredFact, counted: TermGroup) -> float:
    """1 when the fact counts the very word asked about, less when only its concept matches («پروانه
    بهره‌برداری» is a permit, but not the «جواز تاسیس» asked for), 0 when it counts something else."""
    if not _noun_matches(fact, counted):
        return 0.0
    literal = {a for a in counted.alternatives if not a.startswith("#")}
    if _word_keys(fact.noun or fact.unit or "") & literal or (fact.unit in CLASSIFIERS and fact.noun is None):
        return 1.0
    return CONCEPT_NOUN


def _noun_matches(fact: StoredFact, counted: TermGroup) -> bool:
    if (fact.noun is None or fact.unit in CLASSIFIERS) and not _names_other_thing(fact.unit, counted) and any(
            fact.terms.get(a, 0) >= CLASSIFIED_NOUN for a in counted.alternatives):
        return True  # «تعداد کارگاه‌های آماده ۳۱۰ باب»: the counted noun stands before the number
    noun = fact.noun or fact.unit or ""
    return bool((_word_keys(noun) | _concepts(noun)) & counted.alternatives)


def _names_other_thing(unit: str | None, counted: TermGroup) -> bool:
    """«۴۵٬۶۶۲ واحد» counts industrial units: a unit word that is itself a concept other than the asked
    noun's («شهرک») is what was counted, not a classifier for the asked noun."""
    return bool(_concepts(unit or "") - counted.alternatives)


@lru_cache(maxsize=4096)
def _word_keys(words: str) -> frozenset[str]:
    """The matching keys of a fact's noun or unit («واحدهای صنعتی»): a few hundred distinct ones in all."""
    return frozenset(word_key(w) for w in words.split())


@lru_cache(maxsize=4096)
def _concepts(words: str) -> frozenset[str]:
    return frozenset(c for _, _, c in concept_hits([word_key(w) for w in words.split()]))


def period_fit(fact: StoredFact, query: Query) -> float:
    asked, have = query.period, fact.period
    if asked is None:
        # a running total or a present state is a point in time: one period's flow is only a part of it
        state = query.asks_state and fact.kind != "percent"  # «… کوچک هستند» asks a share, not a count
        spans = (query.running_total or state) and have and have.kind != "point"
        return SPAN_FOR_TOTAL if spans else 1.0
    if have is None:
        release_month = int(fact.source.date[:7].replace("-", ""))
        return 0.5 if asked.start <= release_month <= asked.end else 0.0
    if asked.kind == "point" and have.kind != "point" and asked.start != asked.end:
        return 0.0  # «در پایان ۹۸» asks where things stood, not what was done during 1398
    if (have.start, have.end) == (asked.start, asked.end):
        return 1.0
    if have.kind == "point":
        if asked.kind == "point":  # «الان چند واحد فعال است»: the latest «as of» figure before now
            return NOW if _stood_within(have, asked) else 0.0
        if _asks_new(fact, query):
            return 0.0  # «امسال چند قرارداد جدید»: a running total «تا ۱۵ بهمن» is not what was new that year
        closed = query.today is not None and asked.end < query.today
        if have.start == asked.end and closed and not query.asks_done:
            return PERIOD_END  # «… در پایان ۹۸»: where a stock stood as the asked period closed
        return 0.6 if asked.start <= have.start <= asked.end else 0.0
    if asked.start <= have.start and have.end <= asked.end:
        # a part of the asked period; for a year still running, the figure so far is the best there is
        running = query.today and asked.start <= query.today <= asked.end
        return YEAR_SO_FAR if running and (asked.kind == "year" or query.to_now) else PARTIAL
    if _so_far_of(fact, asked):
        return YEAR_SO_FAR
    return 0.0


def _so_far_of(fact: StoredFact, asked: Period) -> bool:
    """«از آغاز سال تاکنون … ۵۵ درصد از برنامه سال ۹۹ محقق شده» (a release of Aban 1399): what was done in a
    year still running when the release was written stops at its date, so it answers «تا الان امسال» asked
    from the same start to that month or later, though stored as the whole year."""
    have = fact.period
    if fact.is_target or have is None or have.kind == "point":
        return False
    written = int(fact.source.date[:7].replace("-", ""))
    return have.start == asked.start and have.start <= written < have.end and written <= asked.end < have.end


def _stood_within(have: Period, asked: Period) -> bool:
    """«الان»: any «as of» figure up to today; «در پایان ۹۸» (a point spanning 1398): one from within 1398."""
    return have.start <= asked.end and (asked.start == asked.end or have.start >= asked.start)


def _asks_new(fact: StoredFact, query: Query) -> bool:
    """The question counts what was new in a span, and the figure does not say it counts new things."""
    return query.asks_new and fact.terms.get(NEW, 0.0) < STRONG_TERM


def place_fit(fact: StoredFact, query: Query) -> float:
    # a national question is never answered with one province's figure (it is offered instead);
    # «کدام استان …» compares the provinces' figures
    if query.intent == "which_region":
        region = float(fact.region is not None)
    else:
        region = float(fact.region == query.region) * finer_fit(fact, query)
    if query.scope:
        scope = 1.0 if fact.scope == query.scope else (UNSCOPED_FOR_SCOPED if fact.scope is None else 0.0)
    else:
        scope = 1.0 if fact.scope is None else SCOPED_UNASKED
    return region * scope


def modality_fit(fact: StoredFact, query: Query) -> float:
    return _modality_fit(fact, query, _asked_terms(query))


def _modality_fit(fact: StoredFact, query: Query, asked: frozenset[str]) -> float:
    fit = 1.0 if fact.is_target == query.wants_target or (fact.is_target and query.open_tense) else TARGET_MISMATCH
    if fact.kind == "percent" and not asked & _CHANGE and _is_change(fact):
        fit *= CONTRAST_PENALTY  # «چند درصد شهرک‌ها … بودند» asks a share; «۱٫۱ درصد افزایش» is a change
    for mine, theirs in _CONTRASTS:
        other = fact.terms.get(theirs, 0)
        if mine in asked and theirs not in asked and other >= 0.8 and other >= fact.terms.get(mine, 0):
            fit *= CONTRAST_PENALTY
    return fit


def _asked_terms(query: Query) -> frozenset[str]:
    return frozenset().union(*(g.alternatives for g in query.groups))


def _is_change(fact: StoredFact) -> bool:
    """«با ۱٫۱ درصد افزایش» is a change; «افزایش پوشش تا ۸۵ درصد» and «تحقق ۱۰۴ درصدی» are levels."""
    at = fact.sentence.find(fact.amount_text)
    if at > 0 and fact.sentence[:at].rstrip().endswith(_LEVEL_WORDS):
        return False
    if any(fact.terms.get(c, 0) >= STRONG_TERM for c in _LEVEL_CONCEPTS):
        return False  # «درصد تحقق»: how much of a plan was done is a level, whatever grew
    return max(fact.terms.get(c, 0) for c in _CHANGE) >= STRONG_TERM


def _bare_verb(group: TermGroup) -> bool:
    """«می‌کنند», «شده»: a light verb alone («ایجاد» of «ایجاد کردند» still says what was done)."""
    return group.verbal and group.alternatives <= _light_verb_keys()


@cache
def _light_verb_keys() -> frozenset[str]:
    return frozenset(word_key(v) for v in LIGHT_VERBS)


def mention_fit(fact: StoredFact, query: Query) -> float:
    """«اعتبار ۱۲ طرح»: a number said in the question names which figure is meant, the one its release
    says next to that number («… و ۱۲ طرح نیز با اعتبار ۳۵ هزار و ۴۰۰ میلیارد ریال»)."""
    if not query.mentioned or query.intent == "reverse":
        return 1.0
    at = fact.sentence.find(fact.amount_text)
    if at < 0:
        return 1.0
    end = at + len(fact.amount_text)
    others = [(min(abs(m.start() - end), abs(m.end() - at)), m.group()) for m in _NUMBER.finditer(fact.sentence)
              if m.end() <= at or m.start() >= end] or [
        (min(abs(start - end), abs(stop - at)), value) for start, stop, value in _spelled_out(fact.sentence)
        if stop <= at or start >= end]
    nearest = min(others, default=(0, ""))[1]
    return 1.0 if nearest in query.mentioned else MENTION_FAR


@lru_cache(maxsize=SENTENCES_KEPT)
def _spelled_out(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """The numbers of a sentence written in words only («با راه‌اندازی یکصد واحد …، چهار هزار فرصت شغلی»), where
    they stand and their values: a sentence with digits is read by its digits, as the question's «۱۰۰» is."""
    return tuple((a.start, a.end, said_value(a.value)) for a in find_amounts(sentence, tokenize(sentence), []))


@dataclass(frozen=True, slots=True)
class _Asked:
    """What scoring needs of one question, worked out once for all its candidate facts."""
    query: Query
    alternatives: tuple[frozenset[str], ...]  # each term group's words and concepts
    weights: tuple[float, ...]
    total: float
    distinctive: tuple[int, ...]  # groups at their full weight (not generic) and not a bare verb («شده»)
    specific: tuple[int, ...]     # groups naming one rare place or thing («ایجرود»)
    terms: frozenset[str]         # every word and concept asked with
    events: frozenset[str]        # what the question says was done («احیا»), see answer.events
    other_events: frozenset[str]  # the events it does not name
    purposes: tuple[frozenset[str], ...]  # what a sum asked was for («برای احیای …»)
    words: tuple[frozenset[str], ...]  # each term group's words as written (no concepts)


def _asked(query: Query, weights: list[float]) -> _Asked:
    groups, terms = query.groups, _asked_terms(query)
    return _Asked(query, tuple(g.alternatives for g in groups), tuple(weights), sum(weights),
                  tuple(i for i, (g, w) in enumerate(zip(groups, weights, strict=True))
                        if w >= g.weight and not _bare_verb(g)),
                  tuple(i for i, g in enumerate(groups) if g.specific), terms, asked_events(groups),
                  unasked_events(terms), purposes(query),
                  tuple(frozenset(a for a in g.alternatives if not a.startswith("#")) for g in groups))


def score(fact: StoredFact, query: Query, weights: list[float]) -> Scored:
    return _score(fact, _asked(query, weights))


def score_all(facts: list[StoredFact], query: Query, weights: list[float]) -> list[Scored]:
    """Each fact scored against one question (what depends only on the question is worked out once)."""
    asked = _asked(query, weights)
    return [_score(fact, asked) for fact in facts]


def _score(fact: StoredFact, asked: _Asked) -> Scored:
    query = asked.query
    fits = _fits(fact.terms, asked.alternatives)
    # coverage: the weighted share of the question's terms found near the fact's number
    words = sum(w * f for w, f in zip(asked.weights, fits, strict=True)) / asked.total if asked.total else 0.0
    content = words * unit_fit(fact, query) * _modality_fit(fact, query, asked.terms) * mention_fit(fact, query)
    when, where = period_fit(fact, query), place_fit(fact, query)
    distinctive = [(i, fits[i]) for i in asked.distinctive]
    # distinctive words said nowhere near the number (missing), right by it (near) or only far from it (far)
    missing = sum(1 for _, f in distinctive if f < ABSENT)
    near = frozenset(i for i, f in distinctive if f >= STRONG_TERM)
    far = frozenset(i for i, f in distinctive if f < FAR)
    return Scored(fact, content * when * where, content, when, where, missing, words,
                  any(fits[i] < ABSENT for i in asked.specific), near, far, elsewhere(fact, query),
                  _said_in_sentence(fact, asked), asked=asked)


def _fits(terms: dict[str, float], alternatives: tuple[frozenset[str], ...]) -> list[float]:
    """How strongly the fact carries each term group: its best alternative's weight by the number, or 0."""
    get = terms.get
    return [max([get(a, 0.0) for a in group], default=0.0) for group in alternatives]


def _said_in_sentence(fact: StoredFact, asked: _Asked) -> frozenset[int]:
    """Which distinctive words of the question the figure's own sentence says, not only the sentence before it
    («فاز توسعه … با اعتبار ۱۳۶ میلیارد تومان», then «فاز ۱۲ … با اعتبار ۷۲ میلیارد ریال»)."""
    keys = _sentence_keys(fact.sentence)
    return frozenset(i for i in asked.distinctive if asked.alternatives[i] & keys)


@lru_cache(maxsize=SENTENCES_KEPT)
def _sentence_keys(sentence: str) -> frozenset[str]:
    return frozenset().union(*keyed(tokenize(sentence)))
