"""«❓ بپرس» under a broadcast release («c:ID»): the release's key figures as buttons, and an invitation to ask."""
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.answer.measure import described
from bot.card import key_facts
from bot.fact_lines import exact_amount
from bot.labels import shorten
from bot.messages import say
from db import releases
from handlers.common import MAX_BUTTON, button_id
from handlers.context import Context, services

log = logging.getLogger(__name__)


async def ask_about(update: Update, context: Context) -> None:
    """Each key figure of the release as a button that shows it with its source («f:ID»)."""
    query = update.callback_query
    release_id = button_id((query.data or "").removeprefix("c:"))
    await query.answer()
    if release_id is None or query.message is None:
        log.warning("update %s: forged release button %r", update.update_id, query.data)
        return
    facts = key_facts(await releases.facts_of_release(services(context).db, release_id))
    rows = [[InlineKeyboardButton(shorten(f"{exact_amount(f)} {described(f)}", MAX_BUTTON), callback_data=f"f:{f.id}")]
            for f in facts]
    await query.message.reply_text(say("ask_release" if rows else "ask_release_empty"),
                                   reply_markup=InlineKeyboardMarkup(rows) if rows else None)
