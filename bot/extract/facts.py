"""The extraction pipeline: release text -> numeric facts, enumerations and people.

normalise -> sentences -> periods -> amounts -> regions and scopes -> context words -> facts.
Nothing here knows any particular release: every number found becomes a fact with the meaning
its sentence gives it.
"""
import re
from dataclasses import replace

from bot.extract.clauses import ends_clause, light_verb_left, restates, said_none, verb_clause_start, will_be
from bot.extract.context import (
    ELIDED_TAIL,
    PREVIOUS_SENTENCE,
    SAME_KIND,
    SHARED_TAIL,
    TAIL_WORDS,
    blend,
    clause_start,
    framing_clause,
    keyed,
    object_named,
    segments,
    shared_head,
    shared_postmodifier,
    token_index,
    weigh,
)
from bot.extract.discourse import (
    dateline_end,
    each,
    region_for,
    release_places,
    respective_regions,
    scope_for,
    split_paragraphs,
)
from bot.extract.lists import find_list, own_item_terms, respective_items
from bot.extract.model import Amount, Extraction, Fact, Period
from bot.extract.people import find_people
from bot.extract.periods import RefDate, settle
from bot.extract.places import finer_place, province_of
from bot.extract.reading import Sentence, read_sentence
from bot.extract.timing import Carry, is_whole_of_next, period_for, stated_durations, title_period
from bot.lang.units import CLASSIFIERS, MEASURE_NOUNS
from bot.text.normalize import normalize
from bot.text.tokens import tokenize

_PROGRAMME_ORDINAL = re.compile(r"(?:اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم)")
_TARGET_REACH = 12   # tokens between a number and «برنامه / هدف» for the number to be a target
_TITLE_WEIGHT = 0.15
_CLAUSE_ENDS = frozenset({"؛", ":", "که"})
_ADJUNCT_WORDS = frozenset({"با", "برای", "طی", "قالب"})  # «… طی ۱۴۱ فقره قرارداد», «در قالب …»
RELATIVE_CLAUSE = 0.6
_POINTING_BACK = frozenset({"آن", "آنها", "آن‌ها"})
_JOINING_WORDS = frozenset({"و", "،"})
MEASURE_WEIGHT = 0.95
PERCENT_OF = 0.8
_NAMED_KINDS = frozenset({"money", "foreign_money", "area", "people"})  # kinds a measure noun names


def extract(body: str, title: str, ref: RefDate) -> Extraction:
    """Every statistic, enumeration and person in a release body."""
    title = normalize(title)
    paragraphs = [[read_sentence(s, ref) for s in sentences] for sentences in split_paragraphs(normalize(body))]
    sentences = [s for paragraph in paragraphs for s in paragraph]
    for s in sentences:  # «در سال گذشته هیچ ضمانت‌نامه‌ای صادر نشد»: none, said of a period, is a 0
        if s.periods and (stated := said_none(s.text) + stated_durations(s)):
            s.amounts = sorted(s.amounts + stated, key=lambda a: a.start)
        s.amounts = [a for k, a in enumerate(s.amounts) if not _one_of_a_superlative(s, k)]
    if sentences:
        written_at = dateline_end(sentences[0].text)
        sentences[0].regions = [m for m in sentences[0].regions if m.start >= written_at]
    places = release_places(sentences, title)
    title_terms = weigh(keyed(tokenize(title)), (0, 0), (0, 0))
    carry, facts = Carry(ref, title_period(title, ref)), []
    previous_terms: dict[str, float] = {}
    previous_facts: list[Fact] = []
    provinces: list[str | None] = []  # the province in force after each sentence, for people's titles
    for paragraph in paragraphs:
        places.new_paragraph()
        carry.new_paragraph(national=places.national)
        for sentence in paragraph:
            if places.moves_to(sentence.regions):
                carry.new_province()
            carry.hear(sentence.said)
            found = _sentence_facts(sentence, carry, places.for_sentence(sentence.text),
                                    (previous_terms, previous_facts), title_terms)
            if sentence is sentences[0] and found and not sentence.regions:
                carry.learn_reported(found[0].period)
            facts.extend(found)
            places.read(sentence.regions, sentence.text)
            provinces.append(places.current)
            previous_terms = weigh(sentence.keys, (0, len(sentence.tokens)), (0, len(sentence.tokens)))
            previous_facts = found
    texts = [s.text for s in sentences]
    lists = [listed for s in sentences if (listed := find_list(s.text, s.keys, s.tokens))]
    return Extraction(facts, lists, find_people(texts, provinces))


# «بیشترین سرمایه‌گذاری به یک واحد در خمین با بیش از ۶۰۰ میلیارد ریال تعلق دارد»
_SUPERLATIVE_ONE = re.compile(r"(?:بیشترین|کمترین|بزرگ‌ترین|بزرگترین)\s+(?:\S+\s+){0,5}(?:به|از آن|متعلق به)\s+$")
_WITH_BEFORE_NEXT = re.compile(r"^[^،؛:.]{0,40}\sبا(?:\s+(?:بیش از|حدود|بالغ بر))?\s+$")


def _one_of_a_superlative(s: Sentence, k: int) -> bool:
    """«بیشترین اشتغال … به یک واحد صنعتی در دلیجان با ۱۹ نفر»: the «یک» names the one unit the superlative is
    about, and the number after «با» is its figure; as a count of 1 it took the figure's measure words."""
    one = s.amounts[k]
    if one.value != 1 or not one.text.startswith("یک") or k + 1 >= len(s.amounts):
        return False
    return bool(_SUPERLATIVE_ONE.search(s.text[max(0, one.start - 60) : one.start])
                and _WITH_BEFORE_NEXT.match(s.text[one.end : s.amounts[k + 1].start]))


def _sentence_facts(s: Sentence, carry: Carry, default_region: str | None,
                    before: tuple[dict[str, float], list[Fact]], title_terms: dict[str, float]) -> list[Fact]:
    previous, previous_facts = before
    if not s.amounts:
        if s.periods and s.periods[0].period.kind not in ("point", "same"):
            carry.period = s.periods[0].period
        return []
    owned = segments(s.tokens, s.amounts, s.keys)
    last_amount = token_index(s.tokens, s.amounts[-1].end - 1) + 1
    tail = max(last_amount, len(s.tokens) - TAIL_WORDS)
    words = [t.text for t in s.tokens]
    tail_clause = max(clause_start(s.tokens, tail), verb_clause_start(words, tail))
    numbers = frozenset(token_index(s.tokens, a.start) for a in s.amounts)
    own_clause = max(tail_clause, verb_clause_start(words, tail, numbers))  # «… صادر و ۱۱۵ فقره … تمدید شده است»
    head = shared_head(s.tokens, token_index(s.tokens, s.amounts[0].start)) if len(s.amounts) > 1 else 0
    respective = respective_regions(s)
    lead: Period | None = None
    facts: list[Fact] = []
    for k, (amount, (lo, hi)) in enumerate(zip(s.amounts, owned, strict=True)):
        anchor = (token_index(s.tokens, amount.start), token_index(s.tokens, amount.end - 1) + 1)
        if amount.kind == "percent" and anchor[1] < len(s.tokens) and s.tokens[anchor[1]].text == "آن":
            lo = clause_start(s.tokens, owned[k - 1][0]) if k else 0  # «… برنامه … است که ۷۳ درصد آن محقق شده»
        char_lo, char_hi = s.tokens[lo].start, s.tokens[hi - 1].end + 1
        same_kind = next((f for f in reversed(facts) if f.kind == amount.kind), None)
        is_target = _is_target(s, amount, anchor, (lo, hi)) or _inherits_target(amount, facts, same_kind)
        period = period_for(s, amount, (char_lo, char_hi), carry, is_target)
        said_now = any(p.period == period and p.period.kind == "point" for p in s.periods)
        is_target = (is_target and not said_now) or carry.is_future(period) or will_be(s.text[amount.end :])
        lead = lead or (period if period and period.kind != "point" else None)
        terms = weigh(s.keys, (lo, hi), anchor, tail if anchor[0] >= tail_clause else None, head,
                      SHARED_TAIL if anchor[0] >= own_clause else ELIDED_TAIL)
        terms = blend(terms, _measure_nouns(s, amount.kind, lo, hi), 1.0)
        terms = blend(terms, _closing_verb_phrase(s, anchor, words), SHARED_TAIL)
        terms = blend(terms, _clause_pointing_back(s, anchor, words, numbers), SHARED_TAIL)
        terms = blend(terms, _antecedent_clause(s, anchor, lo), RELATIVE_CLAUSE)
        terms = blend(terms, _leading_with(s, anchor, numbers), RELATIVE_CLAUSE)
        terms = blend(terms, framing_clause(s.tokens, s.keys, anchor), RELATIVE_CLAUSE)
        terms = blend(terms, object_named(s.tokens, s.keys, anchor), MEASURE_WEIGHT)
        terms = blend(terms, shared_postmodifier(s.tokens, s.keys, owned, k), SHARED_TAIL)
        lender = same_kind or _continued_measure(s, amount, previous_facts)
        if lender:  # «۴۹ همت … نسبت به رقم ۴۱ همت»: a later figure of the same kind shares the measure
            terms = blend(terms, lender.terms, SAME_KIND)
        terms = blend(terms, previous, PREVIOUS_SENTENCE)
        place = respective.get(k) or next(iter(each(s, amount)), None) or \
            region_for(s, amount, char_lo, char_hi, default_region)
        facts.append(Fact(
            value=amount.value, value_max=amount.value_max, unit=amount.unit, kind=amount.kind,
            noun=amount.noun or _elided_noun(amount, facts), qualifier=amount.qualifier,
            period=settle(period, is_target, carry.as_of),
            region=province_of(place), place=finer_place(place),
            scope=scope_for(s, amount, char_lo, char_hi),
            is_target=is_target,
            sentence=s.text, amount_text=amount.text, terms=blend(terms, title_terms, _TITLE_WEIGHT),
        ))
    if respective:  # a list said «به ترتیب» is one measure: every number in it is about the same words
        listed = [facts[k] for k in respective]
        shared = {t: max(f.terms.get(t, 0.0) for f in listed) for f in listed for t in f.terms}
        for f in listed:
            f.terms = dict(shared)
    else:  # «سهم طرح‌های ایجادی و سرمایه در گردش … به ترتیب ۴۳ و ۳۸ درصد»: each number has its own item
        for k, item in respective_items(s.text, s.tokens, s.keys, s.amounts).items():
            facts[k].terms = own_item_terms(facts[k].terms, item)
    for k in range(len(facts) - 1):
        if is_whole_of_next(s, s.amounts[k], s.amounts[k + 1]):
            facts[k].period = facts[k + 1].period
        if restates(s.text[s.amounts[k].end : s.amounts[k + 1].start]):
            facts[k].terms = blend(facts[k].terms, facts[k + 1].terms, 1.0)
            facts[k + 1].terms = blend(facts[k + 1].terms, facts[k].terms, 1.0)
    facts += [replace(facts[k], region=province_of(place), place=finer_place(place))
              for k, amount in enumerate(s.amounts) for place in each(s, amount)[1:]]
    if any(p.period.kind not in ("point", "same") for p in s.periods):
        carry.period = lead or carry.period
    return facts


def _closing_verb_phrase(s: Sentence, anchor: tuple[int, int], words: list[str]) -> dict[str, float]:
    """«۱۱۱ طرح با اعتبار ۴۵ هزار میلیارد ریال در همدان افتتاح می‌شود؛ …»: the words closing a clause whose
    last number stands in an adjunct («با …», «برای …», «طی …», «در قالب …») say what happened to the clause's
    subject too (numbers joined by «و» each keep their own: «۲۱۰ کیلومتر شبکه برق و ۱۴۵ کیلومتر شبکه آب»;
    the «و» of one thing, «شهرک‌ها و نواحی صنعتی», joins no numbers)."""
    end = next((j for j in range(anchor[1], len(words)) if words[j] in _CLAUSE_ENDS
                or (words[j] in ("و", "،") and (ends_clause(words[j - 1]) or light_verb_left(words[j - 1])))),
               len(words))
    last = max(((token_index(s.tokens, a.start), token_index(s.tokens, a.end - 1) + 1) for a in s.amounts
                if anchor[0] < token_index(s.tokens, a.start) < end), default=None)
    between = words[anchor[1] : last[0]] if last else []
    adjunct = max((j for j, word in enumerate(between) if word in _ADJUNCT_WORDS), default=None)
    if not last or adjunct is None or set(between[adjunct:]) & _JOINING_WORDS:
        return {}
    return {key: 1.0 for i in range(last[1], end) for key in s.keys[i]}


def _clause_pointing_back(s: Sentence, anchor: tuple[int, int], words: list[str], numbers: frozenset[int]
                          ) -> dict[str, float]:
    """«تعلیق پروانه ۱۰ واحد … برداشته شد و این واحدها دوباره تولید را از سر گرفتند»: the next clause, with no
    number of its own, says what the figure's things did when its subject points back to them."""
    end = next((j for j in range(anchor[1], len(words) - 2) if words[j] == "و" and ends_clause(words[j - 1])), None)
    if end is None or not _points_back(words[end + 1 : end + 3]):
        return {}
    stop = next((j + 1 for j in range(end + 1, len(words)) if words[j] in _CLAUSE_ENDS
                 or (words[j] in _JOINING_WORDS and ends_clause(words[j - 1]))), len(words))
    if any(end < n < stop for n in numbers):
        return {}
    return {key: 1.0 for i in range(end + 1, stop) for key in s.keys[i]}


def _points_back(words: list[str]) -> bool:
    """«آنها …», «این واحدها …»: a subject that names again what was just counted."""
    return words[0] in _POINTING_BACK or (words[0] == "این" and words[1].endswith("ها"))


def _antecedent_clause(s: Sentence, anchor: tuple[int, int], lo: int) -> dict[str, float]:
    """«۱۳ طرح صنعتی … به بهره‌برداری رسید که حدود ۳۵۰ شغل مستقیم ایجاد کرده است»: a number right after
    «که», with no word of its own before it or only one pointing back («که مبلغ آنها … به ۴۷۰ میلیارد ریال»),
    is about what the clause before «که» names."""
    at = next((j for j in range(anchor[0] - 1, lo - 2, -1) if s.tokens[j].text == "که"), None) if lo else None
    between = range(at + 1, anchor[0]) if at is not None else range(0)
    if at is None or (any(s.keys[i] for i in between) and not any(s.tokens[i].text in _POINTING_BACK for i in between)):
        return {}
    return {key: 1.0 for i in range(clause_start(s.tokens, at), at) for key in s.keys[i]}


def _leading_with(s: Sentence, anchor: tuple[int, int], numbers: frozenset[int]) -> dict[str, float]:
    """«وی گفت با راه‌اندازی یکصد واحد غیرفعال تا پایان امسال، چهار هزار فرصت شغلی … ایجاد می‌شود»: an adjunct
    «با …» that opens the clause (after its subject and speech verb, before any number) and holds a number of
    its own, then a comma, says by what the main clause's figure comes about; its words are about that figure
    too (the question «راه‌اندازی ۱۰۰ واحد چند شغل ایجاد می‌کند»)."""
    start = clause_start(s.tokens, anchor[0])
    comma = next((k for k in range(anchor[0] - 1, start, -1) if s.tokens[k].text in ("،", ",")), None)
    if comma is None:
        return {}
    at = next((k for k in range(comma - 1, start - 1, -1) if s.tokens[k].text == "با"), None)
    if at is None or any(start <= n < at for n in numbers) or not any(at < n < comma for n in numbers):
        return {}
    return {key: 1.0 for i in range(at + 1, comma) for key in s.keys[i]}


def _is_target(s: Sentence, amount: Amount, anchor: tuple[int, int], own: tuple[int, int]) -> bool:
    """A planned figure («۱۵۰۰ واحد برنامه‌ریزی شده بود»), not an achieved one."""
    if amount.kind == "percent":
        return False
    if any("#تحقق" in s.keys[i] for i in range(*own)):
        return False
    lo, hi = max(own[0], anchor[0] - _TARGET_REACH), min(own[1], anchor[1] + _TARGET_REACH)
    return any("#برنامه" in s.keys[i] and not _names_a_law(s, i) for i in range(lo, hi))


def _names_a_law(s: Sentence, i: int) -> bool:
    """«کارگروه ماده ۴۸ قانون برنامه هفتم», «برنامه ششم توسعه»: a programme named as a law is the frame of
    what was done, not a plan for it (its «هدف» or «پیش‌بینی» still marks a plan)."""
    if s.tokens[i].text != "برنامه":
        return False
    after = s.tokens[i + 1].text if i + 1 < len(s.tokens) else ""
    return (i > 0 and s.tokens[i - 1].text == "قانون") or bool(_PROGRAMME_ORDINAL.fullmatch(after))


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


def _continued_measure(s: Sentence, amount: Amount, previous: list[Fact]) -> Fact | None:
    """«… امسال حدود ۲ میلیارد و ۲۰۰ میلیون دلار صادرات … انجام می‌شود. هدف‌گذاری سال آینده … معادل ۲/۵ میلیارد
    دلار …»: a sum, an area or a workforce whose sentence names no measure of its kind continues the measure the
    sentence before gave a figure of the same unit."""
    if amount.kind not in _NAMED_KINDS:
        return None
    family = {amount.kind, "money" if amount.kind == "foreign_money" else amount.kind}
    if any(MEASURE_NOUNS.get(t.key) in family or MEASURE_NOUNS.get(t.text) in family for t in s.tokens):
        return None
    return next((f for f in reversed(previous) if f.kind == amount.kind and f.unit == amount.unit), None)


def _measure_nouns(s: Sentence, kind: str, lo: int, hi: int) -> dict[str, float]:
    """The noun naming the measure («سرمایه‌گذاری» for rials) heads the figure, however far it stands."""
    found: dict[str, float] = {}
    if kind == "percent":  # «… حدود ۲۰ درصد رشد»: a share or a growth is of the sentence's measure
        lo, hi = 0, len(s.tokens)
    for i in range(lo, hi):
        named = MEASURE_NOUNS.get(s.tokens[i].key) or MEASURE_NOUNS.get(s.tokens[i].text)
        if named and (named == kind or kind == "percent"):
            found.update(dict.fromkeys(s.keys[i], MEASURE_WEIGHT if kind != "percent" else PERCENT_OF))
    return found
