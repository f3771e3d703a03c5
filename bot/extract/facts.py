"""The extraction pipeline: release text -> numeric facts, enumerations and people.

normalise -> sentences -> periods -> amounts -> regions and scopes -> context words -> facts.
Nothing here knows any particular release: every number found becomes a fact with the meaning
its sentence gives it.
"""
import re
from dataclasses import dataclass, replace

from bot.extract.amounts import find_amounts
from bot.extract.context import (
    PREVIOUS_SENTENCE,
    SAME_KIND,
    TAIL_WORDS,
    blend,
    clause_start,
    keyed,
    segments,
    shared_head,
    token_index,
    weigh,
)
from bot.extract.discourse import PlaceInForce, dateline_end, single_province, split_paragraphs
from bot.extract.lists import find_list
from bot.extract.model import Amount, Extraction, Fact, Mention, Period, PeriodMention
from bot.extract.people import find_people
from bot.extract.periods import RefDate, find_periods, is_baseline, is_stock, settle
from bot.extract.places import find_national, find_regions, find_scopes, province_of, says_national
from bot.lang.units import CLASSIFIERS, MEASURE_NOUNS
from bot.text.normalize import normalize
from bot.text.tokens import Token, tokenize

_TARGET_REACH = 12   # tokens between a number and «برنامه / هدف» for the number to be a target
_TITLE_WEIGHT = 0.15
MEASURE_WEIGHT = 0.95
PERCENT_OF = 0.8


@dataclass(slots=True)
class _Sentence:
    text: str
    tokens: list[Token]
    keys: list[set[str]]
    periods: list[PeriodMention]
    regions: list[Mention]
    scopes: list[Mention]
    amounts: list[Amount]


def _read(text: str, ref: RefDate) -> _Sentence:
    tokens = tokenize(text)
    periods = find_periods(text, ref, release=True)
    regions = find_regions(text)
    return _Sentence(text, tokens, keyed(tokens), periods, regions, find_scopes(text),
                     find_amounts(text, tokens, list(periods)))


def _nearest(mentions: list, start: int, end: int, lo: int, hi: int):
    inside = [m for m in mentions if lo <= m.start < hi]
    if not inside:
        return None
    return min(inside, key=lambda m: (min(abs(m.start - end), abs(start - m.end)), m.start > start))


def _release_places(sentences: list[_Sentence], title: str) -> PlaceInForce:
    """The province a release is about: the one its title or its lead sentence names. A province named
    only further down («… در استان تهران قرار دارند») is a detail, not the release's subject."""
    lead = sentences[0] if sentences else None
    if lead and says_national(lead.text) and not lead.regions:
        return PlaceInForce(None, national=True)
    return PlaceInForce(single_province(find_regions(normalize(title)) + (lead.regions if lead else [])),
                        national=False)


def _release_period(lead: list[_Sentence], title: str, ref: RefDate) -> Period | None:
    """The span a release reports on: the first one its title or lead names. Each paragraph starts from
    it («… در سال ۹۶» in the lead, then a paragraph of provinces without a year)."""
    named = find_periods(normalize(title), ref, release=True) + [p for s in lead for p in s.periods]
    return next((p.period for p in named if p.period.kind != "point"), None)


class _Carry:
    """The period a sentence without one inherits: the lead period of the last sentence that named one."""

    def __init__(self, ref: RefDate) -> None:
        self.period: Period | None = None
        self.ref = ref
        self.now = Period(ref[0] * 100 + ref[1], ref[0] * 100 + ref[1], "point", f"{ref[0]}-{ref[1]:02d}-{ref[2]:02d}")


def extract(body: str, title: str, ref: RefDate) -> Extraction:
    """Every statistic, enumeration and person in a release body."""
    paragraphs = [[_read(s, ref) for s in sentences] for sentences in split_paragraphs(normalize(body))]
    sentences = [s for paragraph in paragraphs for s in paragraph]
    if sentences:
        written_at = dateline_end(sentences[0].text)
        sentences[0].regions = [m for m in sentences[0].regions if m.start >= written_at]
    places = _release_places(sentences, title)
    title_terms = weigh(keyed(tokenize(normalize(title))), (0, 0), (0, 0))
    carry, facts = _Carry(ref), []
    release_period = _release_period(sentences[:1], title, ref)
    previous_terms: dict[str, float] = {}
    for paragraph in paragraphs:
        places.new_paragraph()
        carry.period = release_period or carry.period
        for sentence in paragraph:
            facts.extend(_sentence_facts(sentence, carry, places.current, previous_terms, title_terms))
            places.read(sentence.regions)
            previous_terms = weigh(sentence.keys, (0, len(sentence.tokens)), (0, len(sentence.tokens)))
    texts = [s.text for s in sentences]
    lists = [found for s in sentences if (found := find_list(s.text, s.keys, s.tokens))]
    return Extraction(facts, lists, find_people(texts))


def _sentence_facts(s: _Sentence, carry: _Carry, default_region: str | None,
                    previous: dict[str, float], title_terms: dict[str, float]) -> list[Fact]:
    if not s.amounts:
        if s.periods and s.periods[0].period.kind != "point":
            carry.period = s.periods[0].period
        return []
    owned = segments(s.tokens, s.amounts)
    last_amount = token_index(s.tokens, s.amounts[-1].end - 1) + 1
    tail = max(last_amount, len(s.tokens) - TAIL_WORDS)
    tail_clause = clause_start(s.tokens, tail)
    head = shared_head(s.tokens, token_index(s.tokens, s.amounts[0].start)) if len(s.amounts) > 1 else 0
    respective = _respective_regions(s)
    lead: Period | None = None
    facts: list[Fact] = []
    for k, (amount, (lo, hi)) in enumerate(zip(s.amounts, owned, strict=True)):
        anchor = (token_index(s.tokens, amount.start), token_index(s.tokens, amount.end - 1) + 1)
        if amount.kind == "percent" and anchor[1] < len(s.tokens) and s.tokens[anchor[1]].text == "آن":
            lo = clause_start(s.tokens, owned[k - 1][0]) if k else 0  # «… برنامه … است که ۷۳ درصد آن محقق شده»
        char_lo, char_hi = s.tokens[lo].start, s.tokens[hi - 1].end + 1
        same_kind = next((f for f in reversed(facts) if f.kind == amount.kind), None)
        is_target = _is_target(s, amount, anchor, (lo, hi)) or _inherits_target(amount, facts, same_kind)
        period = _period_for(s, amount, (char_lo, char_hi), carry, is_target)
        lead = lead or (period if period and period.kind != "point" else None)
        terms = weigh(s.keys, (lo, hi), anchor, tail if anchor[0] >= tail_clause else None, head)
        terms = blend(terms, _measure_nouns(s, amount.kind, lo, hi), 1.0)
        if same_kind:  # «۴۹ همت … نسبت به رقم ۴۱ همت»: a later figure of the same kind shares the measure
            terms = blend(terms, same_kind.terms, SAME_KIND)
        terms = blend(terms, previous, PREVIOUS_SENTENCE)
        place = respective.get(k) or next(iter(_each(s, amount)), None) or \
            _region_for(s, amount, char_lo, char_hi, default_region)
        facts.append(Fact(
            value=amount.value, value_max=amount.value_max, unit=amount.unit, kind=amount.kind,
            noun=amount.noun or _elided_noun(amount, facts), qualifier=amount.qualifier,
            period=settle(period, is_target, carry.ref),
            region=province_of(place), place=_finer(place),
            scope=_scope_for(s, amount, char_lo, char_hi),
            is_target=is_target,
            sentence=s.text, amount_text=amount.text, terms=blend(terms, title_terms, _TITLE_WEIGHT),
        ))
    if respective:  # a list said «به ترتیب» is one measure: every number in it is about the same words
        listed = [facts[k] for k in respective]
        shared = {t: max(f.terms.get(t, 0.0) for f in listed) for f in listed for t in f.terms}
        for f in listed:
            f.terms = dict(shared)
    facts += [replace(facts[k], region=province_of(place), place=_finer(place))
              for k, amount in enumerate(s.amounts) for place in _each(s, amount)[1:]]
    if any(p.period.kind != "point" for p in s.periods):
        carry.period = lead or carry.period
    return facts


_CLAUSE_BREAK = re.compile(r"[،؛:]|\s(?:که|اما|ولی)\s|(?:شد|شده|بود|است|کرد|کرده|رسید|رسیده|یافت|یافته|داشت|داشته|"
                           r"دارد|دارند|گردید)\s+و\s")
_OWN_GAP = re.compile(r"\s*(?:در|طی)?\s*")  # «۴۱ همت در ۹ ماهه ۱۴۰۳»: the period of that figure
_RELATIVE_GAP = re.compile(r"\s*،?\s*که\s*(?:(?:حدود|بیش از|کمتر از|نزدیک به|بالغ بر|قریب)\s*)?")


def _period_for(s: _Sentence, amount: Amount, segment: tuple[int, int], carry: _Carry,
                is_target: bool) -> Period | None:
    lo, hi = segment
    attached = [p for p in s.periods if not _CLAUSE_BREAK.search(s.text[amount.end : p.start])]
    own = _nearest(attached, amount.start, amount.end, lo, hi)
    if own and amount.kind == "percent" and is_baseline(s.text, own):
        # «… ۱۸۵ قرارداد در شش ماهه امسال … نسبت به مدت مشابه سال قبل ۳۲ درصد افزایش»: a change is of
        # the period being reported, not of the one it is compared with
        own = _nearest([p for p in s.periods if not is_baseline(s.text, p)], amount.start, amount.end,
                       0, len(s.text))
        if own is None:
            return carry.period
    if own:
        return own.period
    described = next((p for p in s.periods if _RELATIVE_GAP.fullmatch(s.text[p.end : amount.start])), None)
    if described:  # «نسبت به سال ۱۴۰۱ که ۱۱۰ فقره بود»: the clause after «که» describes that period
        return described.period
    before = [p for p in s.periods if p.end <= amount.start]
    same_clause = [p for p in before if not _CLAUSE_BREAK.search(s.text[p.end : amount.start])
                   and not any(_OWN_GAP.fullmatch(s.text[a.end : p.start]) for a in s.amounts if a.end <= p.start)]
    if same_clause:  # «؛ این در حالی است که در ۹ ماهه سال گذشته ۱۶۷ فقره … به مساحت ۶۲ هکتار»
        return same_clause[-1].period
    if not is_target and is_stock(s.text[amount.end :]):  # «کل اراضی در اختیار شرکت ۶ هزار هکتار است»: as it stands
        return carry.now
    if before:
        return before[0].period  # the main clause's period («… رشد نشان می‌دهد» after two periods)
    if carry.period:
        return carry.period
    return s.periods[0].period if s.periods else None


def _respective_regions(s: _Sentence) -> dict[int, str]:
    """«استان‌های اصفهان، یزد و قزوین به ترتیب با ۴۵، ۳۸ و ۳۰ واحد»: the n-th place has the n-th number;
    with two parallel lists («… به ترتیب با ۲۰۸، ۱۶۵ و ۱۵۰ میلیارد ریال برای ۲۲، ۷ و ۱۳ واحد») each list
    starts again from the first place. The places are the last ones named before «به ترتیب»."""
    at = s.text.find("به ترتیب")
    if at < 0:
        return {}
    places = _list_items([m for m in s.regions if m.end <= at], s.text)
    after = [k for k, a in enumerate(s.amounts) if a.start > at]
    size = next((n for n in range(len(places), 1, -1) if after and len(after) % n == 0), 0)
    return {k: places[-size:][i % size].value for i, k in enumerate(after)} if size else {}


_EACH = re.compile(r"(?:هر ?کدام|هر ?یک)(?: از آنها)?\s*$")
_AND_OR_COMMA = re.compile(r"\s*(?:،|و)\s*")


def _each(s: _Sentence, amount: Amount) -> list[str]:
    """«استان‌های بوشهر و فارس نیز هر کدام ۵ میلیارد ریال»: the figure is each listed place's."""
    if not _EACH.search(s.text[max(0, amount.start - 20) : amount.start]):
        return []
    listed: list[Mention] = []
    for m in reversed([m for m in s.regions if m.end <= amount.start]):
        if listed and not _AND_OR_COMMA.fullmatch(s.text[m.end : listed[-1].start]):
            break
        listed.append(m)
    return [m.value for m in reversed(listed)] if len(listed) > 1 else []


def _finer(place: str | None) -> str | None:
    return place if place != province_of(place) else None


def _list_items(mentions: list[Mention], text: str) -> list[Mention]:
    """Places joined by a dash name one item: «زاهدان-جاده میرجاوه» is a park near Zahedan."""
    items: list[Mention] = []
    for m in mentions:
        if items and re.fullmatch(r"\s*[-–]\s*(?:جاده\s*)?", text[items[-1].end : m.start]):
            continue
        items.append(m)
    return items


def _region_for(s: _Sentence, amount: Amount, lo: int, hi: int, default: str | None) -> str | None:
    own = _nearest(s.regions + find_national(s.text), amount.start, amount.end, lo, hi)
    if own:  # «که در همدان سخن می‌گفت، افزود: ۹۸۰ شهرک در سطح کشور»: the nearer one wins
        return None if own.value == "کشور" else own.value
    named = [m for m in s.regions if m.start < amount.start]
    if single_province(named):  # «مدیرعامل … استان لرستان گفت: … ۲۱۰ هکتار»: the speaker's province
        return named[-1].value
    if says_national(s.text):
        return None
    return default


def _scope_for(s: _Sentence, amount: Amount, lo: int, hi: int) -> str | None:
    own = _nearest(s.scopes, amount.start, amount.end, lo, hi)
    if own:
        return own.value
    named = {m.value for m in s.scopes}
    return named.pop() if len(named) == 1 else None


def _is_target(s: _Sentence, amount: Amount, anchor: tuple[int, int], own: tuple[int, int]) -> bool:
    """A planned figure («۱۵۰۰ واحد برنامه‌ریزی شده بود»), not an achieved one."""
    if amount.kind == "percent":
        return False
    if any("#تحقق" in s.keys[i] for i in range(*own)):
        return False
    lo, hi = max(own[0], anchor[0] - _TARGET_REACH), min(own[1], anchor[1] + _TARGET_REACH)
    return any("#برنامه" in s.keys[i] for i in range(lo, hi))


def _inherits_target(amount: Amount, earlier: list[Fact], same_kind: Fact | None) -> bool:
    """«جواز با سرمایه‌گذاری پیش‌بینی‌شده X و اشتغال Y»: figures listed after a planned one are planned too."""
    if amount.kind == "percent":
        return False
    return bool((same_kind and same_kind.is_target) or (earlier and earlier[-1].is_target))


def _elided_noun(amount: Amount, earlier: list[Fact]) -> str | None:
    """«صدور ۱۳۵ فقره پروانه … نسبت به سال ۱۴۰۱ که ۱۱۰ فقره بود»: a bare classifier counts the noun it
    counted just before."""
    if amount.unit not in CLASSIFIERS:
        return None
    return next((f.noun for f in reversed(earlier) if f.unit == amount.unit and f.noun), None)


def _measure_nouns(s: _Sentence, kind: str, lo: int, hi: int) -> dict[str, float]:
    """The noun naming the measure («سرمایه‌گذاری» for rials) heads the figure, however far it stands."""
    found: dict[str, float] = {}
    if kind == "percent":  # «… حدود ۲۰ درصد رشد»: a share or a growth is of the sentence's measure
        lo, hi = 0, len(s.tokens)
    for i in range(lo, hi):
        named = MEASURE_NOUNS.get(s.tokens[i].key) or MEASURE_NOUNS.get(s.tokens[i].text)
        if named and (named == kind or kind == "percent"):
            found.update(dict.fromkeys(s.keys[i], MEASURE_WEIGHT if kind != "percent" else PERCENT_OF))
    return found
