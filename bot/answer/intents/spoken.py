"""Questions that ask for no statistic: an empty message or a greeting."""
from bot.answer.model import Answer
from bot.answer.question import Query
from bot.answer.retrieve import Retriever
from bot.messages import say


async def empty(_: Retriever, query: Query, until: int) -> Answer:
    return Answer(query.text, False, say("empty"))


async def greeting(_: Retriever, query: Query, until: int) -> Answer:
    return Answer(query.text, False, say("greeting"))
