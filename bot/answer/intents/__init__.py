"""One handler per intent of a question, behind one signature: (retriever, query, until) -> Answer."""
from collections.abc import Awaitable, Callable

from bot.answer.intents import catalogue, numeric, ranking, reverse, spoken
from bot.answer.model import Answer
from bot.answer.question import Query
from bot.answer.retrieve import Retriever

Handler = Callable[[Retriever, Query, int], Awaitable[Answer]]

HANDLERS: dict[str, Handler] = {
    "empty": spoken.empty,
    "greeting": spoken.greeting,
    "person": catalogue.person,
    "list": catalogue.listing,
    "latest": catalogue.latest,
    "reverse": reverse.answer,
    "which_region": ranking.answer,
    "numeric": numeric.answer,
}
