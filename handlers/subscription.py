"""/subscribe with a choice of provinces, /status showing the choice, and the choice's buttons («s:…»)."""
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.messages import say
from db import subscribers, subscriptions
from handlers.context import Context, services

log = logging.getLogger(__name__)
EVERYTHING = "*"
MAX_CALLBACK_BYTES = 64


async def subscribe(update: Update, context: Context) -> None:
    """Subscribe (idempotent), then offer the provinces to narrow what arrives."""
    db, chat = services(context).db, update.effective_chat.id
    state = await subscribers.subscriber_state(db, chat)
    await subscribers.upsert_subscriber(db, chat, update.effective_user.id, subscribed=True)
    text = say("already_subscribed" if state and state[0] else "subscribed") + "\n" + say("subscribe_choose")
    await update.effective_message.reply_text(text, reply_markup=await _keyboard(context, chat))


async def status(update: Update, context: Context) -> None:
    """Whether this chat is subscribed, and to what."""
    db, chat = services(context).db, update.effective_chat.id
    state = await subscribers.subscriber_state(db, chat)
    if not (state and state[0] and state[1]):
        await update.effective_message.reply_text(say("status_off"))
        return
    await update.effective_message.reply_text(await _choice_text(context, chat),
                                              reply_markup=await _keyboard(context, chat))


async def choose(update: Update, context: Context) -> None:
    """«s:*» back to every release; «s:PROVINCE» adds or removes that province."""
    query = update.callback_query
    db, chat = services(context).db, update.effective_chat.id
    choice = (query.data or "").removeprefix("s:")
    state = await subscribers.subscriber_state(db, chat)
    if not (state and state[0]) or (choice != EVERYTHING and choice not in await subscriptions.provinces_on_offer(db)):
        log.warning("update %s: subscription choice %r refused", update.update_id, query.data)
        await query.answer(say("stale_button"))
        return
    if choice == EVERYTHING:
        await subscriptions.choose_everything(db, chat)
    else:
        await subscriptions.toggle_province(db, chat, choice)
    await query.answer(await _choice_text(context, chat))
    try:
        await query.edit_message_reply_markup(await _keyboard(context, chat))
    except BadRequest as err:  # «message is not modified» after a double tap is no failure
        log.info("update %s: keyboard unchanged: %s", update.update_id, err)


async def unsubscribe_button(update: Update, context: Context) -> None:
    """«لغو عضویت» under a broadcast release: as /unsubscribe, answered in place."""
    query = update.callback_query
    db, chat = services(context).db, update.effective_chat.id
    state = await subscribers.subscriber_state(db, chat)
    await subscribers.upsert_subscriber(db, chat, update.effective_user.id, subscribed=False)
    log.info("update %s: chat %s unsubscribed from a release's button", update.update_id, chat)
    await query.answer(say("unsubscribed" if state and state[0] else "not_subscribed"), show_alert=True)


async def _choice_text(context: Context, chat: int) -> str:
    chosen = await subscriptions.chosen_provinces(services(context).db, chat)
    return say("status_some", provinces="، ".join(chosen)) if chosen else say("status_on")


async def _keyboard(context: Context, chat: int) -> InlineKeyboardMarkup:
    """«همه‌ی خبرها» first, then the provinces two a row; a tick marks the current choice."""
    db = services(context).db
    chosen = set(await subscriptions.chosen_provinces(db, chat))
    offer = [p for p in await subscriptions.provinces_on_offer(db) if len(f"s:{p}".encode()) <= MAX_CALLBACK_BYTES]
    everything = InlineKeyboardButton(("✅ " if not chosen else "") + say("btn_all_releases"),
                                      callback_data=f"s:{EVERYTHING}")
    buttons = [InlineKeyboardButton(("✅ " if p in chosen else "") + p, callback_data=f"s:{p}") for p in offer]
    return InlineKeyboardMarkup([[everything], *(buttons[i:i + 2] for i in range(0, len(buttons), 2))])
