"""Answers that are not a number: a list from a release, a person's role, the latest releases."""
from bot.answer import compose, render
from bot.answer.model import Answer
from bot.answer.question import Query
from bot.answer.retrieve import Retriever
from bot.messages import say
from db import releases as store

LIST_AT = 0.3
PERSON_AT = 0.3


def cover(terms: dict[str, float], query: Query) -> float:
    """How much of the question a list's or a person's words speak to, by the groups' own weights."""
    weights = [g.weight for g in query.groups]
    total = sum(weights) or 1.0
    return sum(w * max((terms.get(a, 0.0) for a in g.alternatives), default=0.0)
               for g, w in zip(query.groups, weights, strict=True)) / total


async def listing(retriever: Retriever, query: Query, until: int) -> Answer:
    """«مشکلات … چیست؟» is answered with a list the release gives, never with a number."""
    lists = await store.lists_until(retriever.db, until)
    best = max(lists, key=lambda x: cover(x.terms, query), default=None)
    if best is None or cover(best.terms, query) < LIST_AT:
        return compose.refusal(query)
    items = "\n".join(f"• {render.fa(i)}" for i in best.items)
    text = say("list_answer", head=render.fa(best.head), items=items) + "\n" + compose.source_line(best.source)
    return Answer(query.text, True, text, confidence=cover(best.terms, query), sources=[best.source])


async def person(retriever: Retriever, query: Query, until: int) -> Answer:
    people = await store.people_until(retriever.db, until)
    best = max(people, key=lambda p: (round(cover(p.terms, query), 2), p.source.date), default=None)
    if best is None or cover(best.terms, query) < PERSON_AT:
        return compose.refusal(query)
    text = "\n".join([say("person_answer", name=best.name, role=render.fa(best.role)),  # the release's own
                      say("answer_quote", quote=render.clip(best.sentence, best.name)),  # words, full name too
                      compose.source_line(best.source)])
    return Answer(query.text, True, text, confidence=cover(best.terms, query), sources=[best.source])


async def latest(retriever: Retriever, query: Query, until: int) -> Answer:
    releases = await store.latest_releases(retriever.db, until)
    if not releases:
        return Answer(query.text, False, say("no_releases"))
    lines = [say("latest_title")] + [say("latest_item", title=s.title, date=render.jalali_date(s.date))
                                     for s in releases]
    return Answer(query.text, True, "\n".join(lines), sources=releases, confidence=1.0)
