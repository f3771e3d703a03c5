"""What tells two close figures apart, worked out only for the figures deciding weighs against each other (most
candidates never are): the question's words written by one figure and not the other, parks and areas counted for
parks alone, and a figure about another event or purpose than the one asked. Each is kept on the figure once
worked out (match.Scored.written, other_kinds, unasked).
"""
from typing import TYPE_CHECKING

from bot.answer.events import another_event, names_no_purpose
from bot.answer.match import STRONG_TERM, Scored
from bot.answer.names import said_only_in_a_name
from bot.answer.two_kinds import fact_counts_two, question_counts_two

if TYPE_CHECKING:
    from bot.answer.match import _Asked


def written_words(s: Scored) -> frozenset[int]:
    """The question's words standing right by the figure as written, not only as another word of their concept
    («ناحیه» by «۲۳ شهرک و ناحیه», only «#شهرک» by «۱۳ شهرک»)."""
    if s.written is None:
        s.written = _written(s.fact.terms, s.asked) if s.asked else frozenset()
    return s.written


def counts_other_kinds(s: Scored) -> bool:
    """«۲۳ شهرک و ناحیه» for «چند شهرک», or «۱۳ شهرک» for «چند شهرک و ناحیه» (answer.two_kinds)."""
    if s.other_kinds is None:
        query = s.asked.query if s.asked else None
        if query is None or query.counted is None:
            s.other_kinds = False
        else:
            s.other_kinds = fact_counts_two(s.fact.sentence, s.fact.amount_text) != question_counts_two(
                query.normalized, query.counted.text)
    return s.other_kinds


def about_something_else(s: Scored) -> bool:
    """A rare name of the question is nowhere near the number, the figure is about another event or purpose
    («سرمایه‌گذاری برای احیای واحدها»: not the money of units opened, nor of contracts signed; answer.events), or
    it says a word of the question only inside a name the question says too (answer.names)."""
    if s.unasked is None:
        asked = s.asked
        s.unasked = asked is not None and ((bool(asked.events or asked.purposes) and (
            another_event(s.fact.terms, asked.events, asked.other_events)
            or names_no_purpose(s.fact.terms, asked.purposes)))
            or said_only_in_a_name(s.fact.sentence, asked.query.groups))
    return s.off_topic or s.unasked


def _written(terms: dict[str, float], asked: "_Asked") -> frozenset[int]:
    get = terms.get
    return frozenset(i for i, words in enumerate(asked.words) if max(
        [get(w, 0.0) for w in words], default=0.0) >= STRONG_TERM)
