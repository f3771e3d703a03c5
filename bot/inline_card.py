"""An answer as one cited line a journalist can drop into any chat (Telegram's inline mode).

The line carries the value, what it measures, the period and the source release; a question the bot
cannot answer gives a card that says so, so nothing uncited is ever offered.
"""
from dataclasses import dataclass

from bot.answer.engine import AnswerEngine
from bot.answer.model import Answer
from bot.answer.render import fa, jalali_date
from bot.extract.periods import RefDate
from bot.fact_lines import measure
from bot.messages import say
from db import releases
from db.connection import Database


@dataclass(frozen=True, slots=True)
class InlineCard:
    answered: bool
    title: str        # the result's first line in the list
    description: str  # its second line
    text: str         # what is posted in the chat: plain Persian, escaped when sent


async def inline_card(engine: AnswerEngine, db: Database, question: str, today: RefDate) -> InlineCard:
    """The cited one-line answer to `question`, or a card saying the bot does not know."""
    answer = await engine.answer(question, today)
    headline = answer.text.split("\n", 1)[0].rstrip(".")
    if not (answer.answered and answer.sources):
        return InlineCard(False, say("inline_unknown_title"), headline,
                          say("inline_unknown", question=question, reason=headline))
    named = await _measure_name(db, answer)
    if named and named not in headline:  # «۱٬۵۵۷ واحد — سال ۱۳۹۹» -> «۱٬۵۵۷ واحد (احیا) — سال ۱۳۹۹»
        value, dash, rest = headline.partition(" — ")
        headline = f"{value} ({named}){dash}{rest}"
    source = answer.sources[0]
    cited = say("source", title=fa(source.title), date=jalali_date(source.date))
    return InlineCard(True, headline, cited, say("inline_answer", answer=headline, source=cited))


async def _measure_name(db: Database, answer: Answer) -> str:
    fact = await releases.fact_by_id(db, answer.fact_id) if answer.fact_id is not None else None
    return measure(fact) if fact else ""
