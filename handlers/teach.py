"""Learning from use, for admins: the unanswered and 👎 questions under /stats, each with its closest
facts as buttons; a tap teaches that wording, and the confirmation carries an undo button."""
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot import clock
from bot.answer.model import Answer
from bot.answer.render import fa
from bot.labels import shorten
from bot.messages import say
from bot.teaching import reviewable, teach
from db import feedback, paraphrases
from db.paraphrases import ToReview
from handlers.common import MAX_BUTTON, escape
from handlers.context import Context, is_admin, services

log = logging.getLogger(__name__)
MAX_REVIEWED = 8  # questions shown under /stats, most asked first


async def review(update: Update, context: Context) -> None:
    """After /stats (handler group 1): each unanswered or 👎 question of the week worth a look, with the
    closest facts to teach from; both handlers of /stats are for admins only."""
    db, engine, today = services(context).db, services(context).engine, clock.today_jalali()
    items = (await reviewable(db, today))[:MAX_REVIEWED]
    message = update.effective_message
    await message.reply_text(say("review_title" if items else "review_none"))
    for item in items:
        closest = await engine.answer(item.question, today)
        await message.reply_text(escape(_line(item, closest)), parse_mode=ParseMode.HTML,
                                 reply_markup=_teach_keyboard(item, closest))


async def teach_fact(update: Update, context: Context) -> None:
    """«t:QUESTION:FACT»: that fact answers that question's wording from now on."""
    query = update.callback_query
    await query.answer()
    if not is_admin(update, context):
        await query.message.reply_text(say("admin_only"))
        return
    ident, _, fact = (query.data or "").removeprefix("t:").partition(":")
    db = services(context).db
    asked = await feedback.asked(db, int(ident)) if ident.isdigit() and fact.isdigit() else None
    shown = await services(context).engine.explain(int(fact)) if asked else None
    if shown is None:
        await query.message.reply_text(say("stale_button"))
        return
    taught = await teach(db, asked[1], int(ident), int(fact), update.effective_user.id, clock.today_jalali())
    log.info("update %s: admin %s taught %r -> fact %s", update.update_id, update.effective_user.id, asked[1], fact)
    undo_button = InlineKeyboardMarkup([[InlineKeyboardButton(say("btn_undo"), callback_data=f"tu:{taught}")]])
    await query.message.reply_text(escape(say("taught", question=asked[1], answer=shown.text)),
                                   parse_mode=ParseMode.HTML, reply_markup=undo_button)


async def undo(update: Update, context: Context) -> None:
    """«tu:ID»: withdraw a teaching."""
    query = update.callback_query
    await query.answer()
    ident = (query.data or "").removeprefix("tu:")
    if not is_admin(update, context):
        await query.message.reply_text(say("admin_only"))
        return
    done = ident.isdigit() and await paraphrases.undo(services(context).db, int(ident))
    log.info("update %s: teaching %s undone=%s", update.update_id, ident, done)
    await query.message.reply_text(say("untaught" if done else "stale_button"))


def _line(item: ToReview, closest: Answer) -> str:
    status = say("review_down", reason=item.reason or "") if item.voted_down else say("review_unanswered")
    line = say("review_item", when=say("review_today" if item.today else "review_week"), question=item.question,
               count=fa(item.asked), status=status.strip())
    return line if closest.suggestion_ids else f"{line}\n{say('review_no_facts')}"


def _teach_keyboard(item: ToReview, closest: Answer) -> InlineKeyboardMarkup | None:
    rows = [[InlineKeyboardButton(shorten(label, MAX_BUTTON), callback_data=f"t:{item.question_id}:{fact}")]
            for label, fact in zip(closest.suggestions, closest.suggestion_ids, strict=True)]
    return InlineKeyboardMarkup(rows) if rows else None
