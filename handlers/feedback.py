"""Under a numeric answer: the follow-up chips, 👍/👎, and the optional line of why after a 👎."""
import logging

from telegram import ForceReply, Update
from telegram.constants import ParseMode

from bot import clock
from bot.answer.followup import Conversation
from bot.chips import follow_up
from bot.messages import say
from db import feedback
from handlers.common import answer_keyboard, escape
from handlers.context import Context, services

log = logging.getLogger(__name__)
VOTES = {"up": feedback.UP, "down": feedback.DOWN}


async def chip(update: Update, context: Context) -> None:
    """«سال قبلش؟» or «استان‌های دیگر» («u:CHIP:QUESTION»): the follow-up of that answer's own question."""
    query = update.callback_query
    await query.answer()
    name, ident, _ = _fields(query.data)
    question = await _own_question(update, context, ident)
    if question is None:
        return
    today = clock.today_jalali()
    conversation = Conversation()  # the chat goes on from the chip's answer
    answer = await follow_up(services(context).engine, question, name, today, conversation)
    await services(context).conversations.keep(update.effective_chat.id, conversation)
    chart_id = await services(context).charts.offer(answer, today)
    log.info("update %s: chip %s answered=%s", update.update_id, name, answer.answered)
    await query.message.reply_text(escape(answer.text), parse_mode=ParseMode.HTML,
                                   reply_markup=answer_keyboard(answer, chart_id))


async def vote(update: Update, context: Context) -> None:
    """👍 or 👎 («v:VOTE:QUESTION:FACT») stored with the answer's fact; a 👎 asks one optional line of why."""
    query = update.callback_query
    name, ident, fact = _fields(query.data)
    if name not in VOTES or await _own_question(update, context, ident) is None:
        await query.answer()
        return
    await feedback.record_vote(services(context).db, int(ident), int(fact) if fact.isdigit() else None,
                               VOTES[name])
    log.info("update %s: vote %s on question %s", update.update_id, name, ident)
    if name == "up":
        await query.answer(say("feedback_up"))
        return
    await query.answer()
    prompt = await query.message.reply_text(say("feedback_why"), reply_markup=ForceReply(selective=True))
    context.user_data["why"] = (int(ident), prompt.message_id)


async def take_reason(update: Update, context: Context) -> bool:
    """A reply to the «why» prompt is stored as the 👎's reason; True when this message was one."""
    pending = context.user_data.get("why")
    replied = update.effective_message.reply_to_message
    if pending is None or replied is None or replied.message_id != pending[1]:
        return False
    context.user_data.pop("why")
    await feedback.record_reason(services(context).db, pending[0], update.effective_message.text or "")
    await update.effective_message.reply_text(say("feedback_noted"))
    return True


def _fields(data: str | None) -> tuple[str, str, str]:
    """«v:down:12:34» -> ("down", "12", "34"); missing fields are empty."""
    parts = [*(data or "").split(":")[1:], "", "", ""]
    return parts[0], parts[1], parts[2]


async def _own_question(update: Update, context: Context, ident: str) -> str | None:
    """The question behind a button, if it was asked in this chat; otherwise a «stale button» note."""
    db = services(context).db
    found = await feedback.asked(db, int(ident)) if ident.isdigit() else None
    if found is None or found[0] != update.effective_chat.id:
        log.warning("update %s: button for question %r not from this chat", update.update_id, ident)
        await update.callback_query.message.reply_text(say("stale_button"))
        return None
    return found[1]
