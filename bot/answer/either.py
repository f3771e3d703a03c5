"""«چند طرح افتتاح یا کلنگ‌زنی شد»: two things joined by «یا» are counted together, not chosen between.

A release may state the total itself («۱۱۱ طرح … افتتاح یا کلنگ‌زنی می‌شود؛ ۹۹ طرح … و ۱۲ طرح …»), which then
answers before any of its parts; or only the parts, which are then added up with each part named.
"""
import re
from itertools import combinations

from bot.answer.match import Scored
from bot.answer.question import Query, TermGroup, placed_groups
from bot.records import StoredFact

OR = re.compile(r"(?<!\w)یا(?!\w)")
MAX_PARTS = 6  # figures of one sentence tried as the parts of a total


def either_sides(query: Query) -> tuple[TermGroup, TermGroup] | None:
    """The words of the question just before and just after «یا», both words it asks about (a place or a
    period named on either side is no word: «همدان یا قزوین» is a choice between provinces, not this)."""
    found = placed_groups(query)
    if found is None:
        return None
    for joint in OR.finditer(query.normalized):
        before = [(s, g) for s, g in found if s < joint.start()]
        after = [(s, g) for s, g in found if s > joint.start()]
        if before and after and _adjacent(query.normalized, before[-1], joint.start(), after[0][0]):
            return before[-1][1], after[0][1]
    return None


def _adjacent(text: str, before: tuple[int, TermGroup], joint: int, after: int) -> bool:
    """Nothing but the words of the two sides stands between them and «یا» («کلنگ» of «کلنگ زنی» may)."""
    start, group = before
    gap = text[start + len(group.text) : joint] + text[joint + 2 : after]
    return len(gap.split()) <= 1 and not any(c.isdigit() for c in gap)


def one_sentence(a: Scored, b: Scored) -> bool:
    fa, fb = a.fact, b.fact
    return (fa.source.release_id, fa.sentence, fa.unit, fa.period, fa.region, fa.is_target) == \
        (fb.source.release_id, fb.sentence, fb.unit, fb.period, fb.region, fb.is_target)


def parts_of(total: Scored, ranked: list[Scored], including: Scored | None = None) -> tuple[Scored, ...]:
    """Two or more figures of the total's own sentence that add up to it exactly (with `including` among them),
    or nothing."""
    others = {s.fact.id: s for s in ranked if s.fact.id != total.fact.id and one_sentence(s, total)
              and 0 < s.fact.value < total.fact.value}
    candidates = list(others.values())[:MAX_PARTS]
    for k in range(2, len(candidates) + 1):
        for combo in combinations(candidates, k):
            if (including is None or including.fact.id in {s.fact.id for s in combo}) and \
                    abs(sum(s.fact.value for s in combo) - total.fact.value) <= 1e-9 * total.fact.value:
                return combo
    return ()


def adds_up_to(total: Scored, part: Scored, ranked: list[Scored]) -> bool:
    """The part and other figures of the total's own sentence add up to the total exactly."""
    return one_sentence(part, total) and bool(parts_of(total, ranked, including=part))


def stated_total(best: Scored, ranked: list[Scored], margin: float) -> Scored:
    """A figure nearly as good whose own sentence adds the best up with other figures: the total they make."""
    totals = [s for s in ranked if best.score - s.score < margin * best.score and adds_up_to(s, best, ranked)]
    return max(totals, key=lambda s: s.score, default=best)


# a mark, «که», or «و» unless it joins the parts of one number («۳۵ هزار و ۴۰۰»)
_CLAUSE_EDGE = re.compile(r"[،؛:.!?؟]|(?<!\w)(?:(?<!هزار )(?<!میلیون )(?<!میلیارد )و|که)(?!\w)")


def clause_of(fact: StoredFact) -> str:
    """The figure's own clause: from the mark or «و»/«که» before its number to the next one after it."""
    at = fact.sentence.find(fact.amount_text)
    if at < 0:
        return fact.sentence
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(fact.sentence, 0, at)), default=0)
    after = _CLAUSE_EDGE.search(fact.sentence, at + len(fact.amount_text))
    return fact.sentence[start : after.start() if after else len(fact.sentence)]


def says_in_clause(fact: StoredFact, group: TermGroup) -> bool:
    """The word, in one of its written forms, stands in the figure's own clause."""
    clause = clause_of(fact).replace("\u200c", "")
    return any(w.replace("\u200c", "") in clause for w in (group.text, *group.alternatives) if not w.startswith("#"))
