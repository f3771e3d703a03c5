"""What happened to the things counted, and what a sum was for: a figure about another event, or one that never
names the purpose asked, is not the answer.

«سرمایه‌گذاری برای احیای واحدها» asks the money of units revived; «۴۴ واحد با سرمایه‌گذاری ۱۲۶ میلیارد تومان …
به بهره‌برداری رسید» is the money of units opened. The measure («سرمایه‌گذاری») fits, so the figure used to clear
the bar on that word alone. A figure is about another event when its own sentence never says the asked one (the
sentence before may, a little) and another one stands right by its number. «برای احیای واحدها» names the
purpose of the sum asked: a figure whose words (its sentence, the one before, the title) never name it is about
something else («سرمایه‌گذاری پیش‌بینی‌شده در این طرح‌ها»: the contracts signed).
"""
import re
from functools import cache

from bot.answer.question import Query, TermGroup, placed_groups
from bot.text.concepts import concept_names
from bot.text.tokens import word_key
from bot.text.verbs import LIGHT_VERBS

# concepts naming what was done to the things counted (bot/data/synonyms.txt)
EVENTS = frozenset({"احیا", "بهره‌برداری", "واگذاری", "انعقاد", "صادر", "خلع‌ید", "شناسایی"})
NOT_SAID = 0.3  # the asked event weighs less than this: not said in the figure's sentence (match.ABSENT)
SAID_OF_IT = 0.8  # another event weighs at least this: said right by the number (match.STRONG_TERM)


@cache
def _event_keys() -> frozenset[str]:
    return frozenset(key for key, name in concept_names().items() if name in EVENTS)


@cache
def _light_verb_keys() -> frozenset[str]:
    return frozenset(word_key(v) for v in LIGHT_VERBS)


def asked_events(groups: list[TermGroup]) -> frozenset[str]:
    """The events the question names; a light verb alone («… جواز دادند») names none, whatever concept it is in."""
    named = [g for g in groups if {a for a in g.alternatives if not a.startswith("#")} - _light_verb_keys()]
    return frozenset().union(*(g.alternatives for g in named)) & _event_keys()


_FOR = re.compile(r"(?<!\w)برای\s+$")


def purposes(query: Query) -> tuple[frozenset[str], ...]:
    """The words and concepts of each group right after «برای» in the question («سرمایه‌گذاری برای احیای …»)."""
    placed = placed_groups(query) or []
    return tuple(g.alternatives for at, g in placed if _FOR.search(query.normalized[:at]))


def names_no_purpose(terms: dict[str, float], purposes: tuple[frozenset[str], ...]) -> bool:
    """A purpose asked that the figure's words never name, however far from its number."""
    return any(not any(a in terms for a in alternatives) for alternatives in purposes)


def unasked_events(asked: frozenset[str]) -> frozenset[str]:
    """The events a figure may say instead of the one asked."""
    return _event_keys() - asked


def another_event(terms: dict[str, float], events: frozenset[str], others: frozenset[str]) -> bool:
    """The question names an event the figure never says, and the figure says another one (of `others`, the
    events the question does not ask)."""
    if not events or any(terms[e] >= NOT_SAID for e in events & terms.keys()):
        return False
    return any(terms[o] >= SAID_OF_IT for o in others & terms.keys())
