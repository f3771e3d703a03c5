"""How well a figure's place below the province fits the place a question asks about.

A fact keeps its province (`region`) and, when the release names one, the county, town or park (`place`).
A question about a park is answered by that park's figures only: a province's total, or another park's
figure, is not the park's. A question about a province prefers the province's own figure to one park's.
"""
from bot.answer.question import Query
from bot.records import StoredFact
from bot.text.tokens import word_key

NAMED_NEAR = 0.8       # the figure stands next to the asked place's name, though no place was read for it
PLACE_UNASKED = 0.85   # one park's or town's figure for a question about its whole province
NEAR = 0.3             # a word weighing this much near the number is about it (match.ABSENT)


def finer_fit(fact: StoredFact, query: Query) -> float:
    """1 for the asked place's own figure, less for a figure that only stands near its name, 0 for
    another place's figure or a figure of the whole province when a place was asked."""
    if query.place is None:
        return PLACE_UNASKED if fact.place else 1.0
    if len(query.places) > 1:
        return 0.0  # «شهرک‌های زاهدان و خاش روی هم»: no one park's figure answers for several
    if fact.place is not None:
        return 1.0 if fact.place == query.place else 0.0
    return NAMED_NEAR if names_place(fact, query.place) else 0.0


def names_place(fact: StoredFact, place: str) -> bool:
    """Whether every word of the place's name stands near the figure's number."""
    return all(fact.terms.get(word_key(w), 0.0) >= NEAR for w in place.split())


def elsewhere(fact: StoredFact, query: Query) -> bool:
    """The figure names a province, or a park, other than the one asked: never offered as its nearest figure."""
    if query.intent == "which_region" or query.region is None or fact.region is None:
        return False
    return fact.region != query.region or bool(query.place and fact.place and fact.place != query.place)
