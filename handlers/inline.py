"""Inline mode: «@bot پارسال چند واحد احیا شد» in any chat offers a cited one-line answer to post."""
import hashlib
import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode

from bot import clock
from bot.inline_card import InlineCard, inline_card
from bot.messages import say
from handlers.common import escape
from handlers.context import Context, services

log = logging.getLogger(__name__)
MAX_INLINE_QUESTION = 256  # Telegram's own limit on an inline query
CACHE_SECONDS = 300  # the same question gets the same answer until a release is added


async def inline_query(update: Update, context: Context) -> None:
    """Answer the typed question as one article; an empty query gets a hint on how to ask."""
    query = update.inline_query
    question = query.query.strip()[:MAX_INLINE_QUESTION]
    if not question:
        card = InlineCard(False, say("inline_hint_title"), say("inline_hint"), say("inline_hint"))
    else:
        card = await inline_card(services(context).engine, services(context).db, question,
                                 clock.today_jalali())
    log.info("update %s: inline question answered=%s", update.update_id, card.answered)
    await query.answer([_article(question, card)], cache_time=CACHE_SECONDS)


def _article(question: str, card: InlineCard) -> InlineQueryResultArticle:
    result_id = hashlib.sha256(question.encode()).hexdigest()[:32]  # ids are at most 64 bytes
    content = InputTextMessageContent(escape(card.text), parse_mode=ParseMode.HTML)
    return InlineQueryResultArticle(result_id, card.title, content, description=card.description)
