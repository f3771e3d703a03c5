"""Choosing among scored facts: answer only when the best is confident and clearly ahead.

Two thresholds, as Rasa's fallback does: the best score must reach ANSWER_AT, and the runner-up
with a different value must trail it by MARGIN (relative). A later release of the same measure
and period beats an earlier one, and the earlier figure is mentioned when it differs.
"""
from dataclasses import dataclass

from bot.answer.apart import about_something_else, counts_other_kinds, written_words
from bot.answer.either import adds_up_to, parts_of, stated_total
from bot.answer.match import ANSWER_AT, MARGIN, PARTIAL, Scored
from bot.answer.measure import measure_of
from bot.answer.pointing import pointing

NEAREST_AT = 0.45
NEAREST_HERE_AT = 0.2  # a figure of the asked province, offered as the nearest
SAME_FIGURE = 0.5
RIVAL_COVERAGE = 0.8
MOST_OF_YEAR = 9  # months


@dataclass(slots=True)
class Decision:
    best: Scored | None
    superseded: Scored | None = None  # the same measure from an earlier release, when it differs
    nearest: Scored | None = None     # what fits but for the period or the place, offered not answered
    choices: tuple[Scored, ...] = ()  # two readings too close to pick one: the person chooses
    parts: tuple[Scored, ...] = ()    # «افتتاح یا کلنگ‌زنی»: the parts the best, a total, is said to be made of


def _shape(s: Scored) -> tuple:
    """The measure and the place: two figures of one shape differ only in period or release."""
    return measure_of(s.fact), s.fact.region


def same_measure(a: Scored, b: Scored) -> bool:
    """The same figure reported twice: same measure, place and period, in two releases."""
    label = (a.fact.period and a.fact.period.label, b.fact.period and b.fact.period.label)
    return _shape(a) == _shape(b) and label[0] == label[1] and a.fact.source.release_id != b.fact.source.release_id


def _periods_differ(a: Scored, b: Scored) -> bool:
    pa, pb = a.fact.period, b.fact.period
    return bool(pa and pb and (pa.end < pb.start or pb.end < pa.start))


def _year_to_date_pair(a: Scored, b: Scored) -> bool:
    """Two figures «from the start of the year» to different months, from two releases: the later one
    counts more of the asked period."""
    pa, pb = a.fact.period, b.fact.period
    return bool(pa and pb and pa.kind == pb.kind == "partial" and pa.start == pb.start and pa.end != pb.end
                and a.fact.source.release_id != b.fact.source.release_id and a.period_fit and b.period_fit)


def _recency(s: Scored) -> tuple:
    return (s.fact.period.end if s.fact.period else 0), s.fact.source.date


def _rank(s: Scored) -> tuple:
    period_end = s.fact.period.end if s.fact.period else 0
    return (round(s.score, 2), s.fact.source.date, period_end)


def _more_specific(other: Scored, best: Scored, scope_asked: bool, region_asked: bool) -> bool:
    narrower_scope = not scope_asked and best.fact.scope is None and other.fact.scope is not None
    narrower_region = not region_asked and best.fact.region is None and other.fact.region is not None
    return narrower_scope or narrower_region


def decide(scored: list[Scored], period_asked: bool = True, scope_asked: bool = False,
           region_asked: bool = False, whole_year_asked: bool = False, now_asked: bool = False,
           either_asked: bool = False) -> Decision:
    """`either_asked`: «افتتاح یا کلنگ‌زنی» counts both, so a total the release states beats its parts."""
    ranked = sorted(scored, key=_rank, reverse=True)
    if not ranked or ranked[0].score < ANSWER_AT:
        return Decision(None, nearest=_nearest(scored, region_asked))
    best = _counting_the_asked_kinds(_part_or_whole(_fuller_sentence(_with_period(ranked), ranked), ranked), ranked)
    if either_asked:
        best = stated_total(best, ranked, MARGIN)
    ranked = [best, *(s for s in ranked if s is not best)]
    if now_asked or not period_asked:  # «الان», or no span asked: where a stock stands now
        best = _latest_state(best, ranked)
        ranked = [best, *(s for s in ranked if s is not best)]
    if best.fact.period and best.period_fit == PARTIAL and not (whole_year_asked and _most_of_year(best)):
        return Decision(None, nearest=best)  # a part of the asked period is not the whole of it
    if about_something_else(best):  # «ناحیه صنعتی ایجرود», «… برای احیا»: about somewhere or something else
        return Decision(None, nearest=_nearest(scored, region_asked))
    if _better_worded_rival(best, ranked):
        return Decision(None, nearest=_nearest(scored, region_asked))
    for other in ranked[1:]:
        if other.fact.value == best.fact.value:
            continue
        if best.score - other.score >= MARGIN * best.score:
            break
        if _more_specific(other, best, scope_asked, region_asked):
            continue  # the total beats its own parts when no part was asked for
        if either_asked and adds_up_to(best, other, ranked):
            continue  # one of the parts the total counts
        if other.missing > best.missing == 0:
            continue  # it says nothing about something asked; the best speaks to all of it
        if best.fact.id == other.whole or other.fact.id == best.whole:
            continue  # a part and its whole: settled by what the question says (_part_or_whole)
        if counts_other_kinds(other) and not counts_other_kinds(best):
            continue  # «۲۳ شهرک و ناحیه» when «چند شهرک» is asked, and the best counts parks alone
        if _says_more(best, other):
            continue  # the question's own qualifier («در مناطق محروم») stands by the best and not by the other
        if now_asked and _shape(other) == _shape(best) and _recency(other) < _recency(best):
            continue  # an older state of the same measure is history
        if same_measure(best, other):
            later, earlier = sorted((best, other), key=lambda s: s.fact.source.date, reverse=True)
            return Decision(later, superseded=earlier)
        if period_asked and _shape(best) == _shape(other) and _year_to_date_pair(best, other):
            return Decision(max(best, other, key=_recency))  # «تا بهمن» is more of the year than «تا دی»
        if not period_asked and _shape(best) == _shape(other) and not _each_its_own(best, other) and (
                best.fact.source.release_id != other.fact.source.release_id or _periods_differ(best, other)):
            return Decision(max(best, other, key=_recency))  # no period asked: the most recent figure
        return Decision(None, nearest=_nearest(scored, region_asked), choices=(best, other))
    return Decision(best, parts=parts_of(best, ranked) if either_asked else ())


def _each_its_own(a: Scored, b: Scored) -> bool:
    """Two figures of one time, each whose sentence says a word of the question the other's does not: two
    things, not one figure reported twice, the later being the latest («۱۰ طرح … در شهرک صنعتی بزرگ شیراز
    افتتاح شد» in 1404, «۲۵۲۲ طرح … به مرحله تولید رسیده‌اند» in Azar 1404)."""
    return not _periods_differ(a, b) and bool(a.said - b.said) and bool(b.said - a.said)


def _says_more(best: Scored, other: Scored) -> bool:
    """A word of the question stands right by the best figure and only far from the other (or, when the best
    speaks to every word asked, stands right by it as written and merely not right by the other, and the other
    has only another word of a concept asked to itself: «برنامه‌ریزی» for «هدف»), and no word of the question
    does the reverse: the question names what sets the best apart."""
    by_closeness = bool(best.near & other.far) and not other.near & best.far
    by_sentence = bool(best.said - other.said) and not other.said - best.said  # the other's sentence never says it
    # «… در مرحله نصب ماشین‌آلات»: words standing right by the best only, when it speaks to every word asked
    by_word = best.missing == 0 and bool((best.near - other.near) & written_words(best)) and not (
        other.near - best.near) & written_words(other)
    return by_closeness or by_sentence or by_word


def _fuller_sentence(best: Scored, ranked: list[Scored]) -> Scored:
    """A figure scored nearly as high whose own sentence says every word of the question the best's does, and
    more: the best only borrowed those words from the sentence before."""
    fuller = [s for s in ranked if s.fact.value != best.fact.value and s.said > best.said
              and s.fact.id != best.whole and best.score - s.score < MARGIN * best.score]
    return fuller[0] if len(fuller) == 1 else best


def _part_or_whole(best: Scored, ranked: list[Scored]) -> Scored:
    """A part said «از این …» of a whole (answer.pointing), both fitting about as well: the part when a word of
    the question stands right by it as written and not by the whole («… در نواحی صنعتی»), else the whole (what
    the whole says is lent to the part, so only the part's own words can set it apart). A part that is one
    park's share of its province's whole («از این پروژه‌ها ۱۵ پروژه … در شهرک صنعتی شکوهیه») never answers a
    question about the province: the whole does, whatever the part's own words."""
    whole = next((s for s in ranked if best.whole and s.fact.id == best.whole), None)
    if whole and whole.score >= ANSWER_AT and whole.place_fit > best.place_fit:
        return whole
    for other in ranked:
        if best.score - other.score >= MARGIN * best.score:
            break
        if other.whole == best.fact.id and _own_words(other) - written_words(best) and (
                other.place_fit >= best.place_fit):
            return other
        if best.whole == other.fact.id and not _own_words(best) - written_words(other):
            return other
    return best


def _own_words(part: Scored) -> frozenset[int]:
    """The question's words standing by a part as written, but the noun of its pointer: «از این وسعت، ۱۲۰۰
    هکتار …» names the whole with «وسعت», so «وسعت شهرک‌ها چقدر است» asks the whole."""
    said = pointing(part.fact.sentence, part.fact.amount_text)
    noun = said[1] if said else None
    if noun is None or part.asked is None:
        return written_words(part)
    return frozenset(i for i in written_words(part) if noun not in part.asked.alternatives[i])


def _counting_the_asked_kinds(best: Scored, ranked: list[Scored]) -> Scored:
    """Figures fitting about as well, the best counting «شهرک و ناحیه» for «چند شهرک» (or the reverse): the one
    figure among them that counts what the question counts (answer.two_kinds)."""
    if not counts_other_kinds(best):
        return best
    close = [s for s in ranked if best.score - s.score < MARGIN * best.score and not counts_other_kinds(s)]
    return close[0] if len({s.fact.value for s in close}) == 1 else best


def _latest_state(best: Scored, ranked: list[Scored]) -> Scored:
    """«الان», «… کار می‌کنند»: where things stand now is the latest «as of» figure of the same measure and
    place that speaks to every word the best one does; an older stock is history, not the answer."""
    if not best.fact.period or best.fact.period.kind != "point":
        return best
    later = [s for s in ranked if s.fact.period and s.fact.period.kind == "point" and _shape(s) == _shape(best)
             and s.fact.period.end > best.fact.period.end
             and s.place_fit >= best.place_fit and s.score >= ANSWER_AT]
    return max(later, key=_recency, default=best)


def _most_of_year(s: Scored) -> bool:
    """«فروردین تا بهمن ۱۴۰۲» answers «پارسال» when no whole-year figure fits as well (it is labelled so);
    «۶ ماهه» does not."""
    return bool(s.fact.period and s.fact.period.months >= MOST_OF_YEAR)


def _better_worded_rival(best: Scored, ranked: list[Scored]) -> bool:
    """Another figure for the same place and time speaks to a word of the question the best one does not,
    and fits the words nearly as well: only a penalty (plan vs actual) put the best ahead, so it is unsure.
    A figure for another period («از ۸۱۱ در پایان ۱۳۹۷ به ۸۲۱ در پایان ۱۳۹۸») is no rival, nor a part of the
    best (answer.pointing), whose words say only what the part is."""
    return best.missing > 0 and any(
        o.fact.value != best.fact.value and o.missing < best.missing and o.place_fit > 0
        and o.whole != best.fact.id and not _periods_differ(o, best)
        and o.coverage > 0 and o.words >= RIVAL_COVERAGE * best.words for o in ranked)


def _with_period(ranked: list[Scored]) -> Scored:
    """The same figure said twice, once with its period: answer with the one that says when."""
    best = ranked[0]
    if best.fact.period is None:
        for other in ranked[1:]:
            same = (other.fact.value, other.fact.unit) == (best.fact.value, best.fact.unit)
            if same and other.fact.period and other.score >= SAME_FIGURE * best.score:
                return other
    return best


def _nearest(scored: list[Scored], region_asked: bool = False) -> Scored | None:
    """The best fit ignoring the period, and the place unless it is another province's, when its content fits
    well; a figure of the asked province fits well enough at a lower bar: «برای استان زنجان آماری ندارم» beside
    another place's figure is untrue when Zanjan has one on the subject."""
    here = [s for s in scored if s.place_fit > 0 and s.coverage >= NEAREST_HERE_AT
            and not s.elsewhere] if region_asked else []
    candidates = here or [s for s in scored if s.coverage >= NEAREST_AT and not s.elsewhere]
    return max(candidates, key=lambda s: (s.place_fit > 0, round(s.coverage, 2), s.fact.source.date), default=None)
