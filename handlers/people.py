"""Handlers for everyone: welcome, questions, suggestions, releases, subscriptions."""
import contextlib
import logging

from telegram import ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError

from bot import clock
from bot.answer.render import fa, jalali_date
from bot.labels import shorten
from bot.messages import say
from bot.smalltalk import SmallTalk, classify
from bot.teaching import answer_taught
from bot.topics import topics_text
from db import releases, subscribers
from handlers import feedback
from handlers.common import answer_buttons, answer_keyboard, button_id, chunks, escape
from handlers.context import Context, services
from handlers.sending import reply_html

log = logging.getLogger(__name__)
MAX_QUESTION = 1000
EXAMPLES = ("سال ۱۳۹۹ چند واحد راکد احیا شد؟", "علل توقف تولید در واحدهای صنعتی چیست؟", "آخرین خبرها")


async def start(update: Update, context: Context) -> None:
    """Welcome: what the bot knows, an offer to subscribe; a returning user becomes active again."""
    db = services(context).db
    await subscribers.upsert_subscriber(db, update.effective_chat.id, update.effective_user.id)
    latest = await releases.latest_releases(db, 99991231, limit=1000)
    dates = sorted(s.date for s in latest) or [clock.as_text(clock.today_jalali())]
    first, last = jalali_date(dates[0]), jalali_date(dates[-1])
    span = first if first == last else say("span", first=first, last=last)
    text = say("welcome", releases=fa(len(latest)), span=span)
    examples = [[InlineKeyboardButton(q, callback_data=f"q:{i}")] for i, q in enumerate(EXAMPLES)]
    await update.effective_message.reply_text(escape(text), parse_mode=ParseMode.HTML,
                                              reply_markup=InlineKeyboardMarkup(examples))


async def help_command(update: Update, context: Context) -> None:
    """How to ask, and the commands; an admin also gets the admin commands."""
    admin = update.effective_user is not None and update.effective_user.id in services(context).settings.admin_ids
    text = say("help") + ("\n\n" + say("help_admin") if admin else "")
    await update.effective_message.reply_text(escape(text), parse_mode=ParseMode.HTML)


async def ask(update: Update, context: Context) -> None:
    """Any text is a question: answer it from the core."""
    text, user = update.effective_message.text or "", update.effective_user
    if await feedback.take_reason(update, context):
        return
    if not services(context).flood.allow(user.id):
        await update.effective_message.reply_text(say("flood"))
        return
    if len(text) > MAX_QUESTION:
        await update.effective_message.reply_text(say("too_long"))
        return
    if talk := classify(text):
        await _reply_small_talk(update, context, talk)
        return
    await reply_answer(update, context, text)


async def reply_answer(update: Update, context: Context, text: str) -> None:
    """Answer `text` as a question in this chat, logged, with the answer's buttons."""
    today = clock.today_jalali()
    engine, db, conversations = services(context).engine, services(context).db, services(context).conversations
    conversation = await conversations.recall(update.effective_chat.id)
    answer = await answer_taught(engine, db, text, today) or await engine.answer(text, today, conversation)
    await conversations.keep(update.effective_chat.id, conversation)
    chart_id = await services(context).charts.offer(answer, today)
    chips = await services(context).chips.under(answer, today)
    question_id = await subscribers.log_question(db, update.effective_chat.id, text, answer.answered,
                                                 answer.confidence)
    log.info("update %s: question answered=%s confidence=%.2f", update.update_id, answer.answered,
             answer.confidence)
    await reply_html(context.bot, update, escape(answer.text),
                     answer_buttons(answer, chart_id, question_id, chips))


async def _pressed_id(update: Update, context: Context) -> int | None:
    """The id a pressed button of ours carries, the press acknowledged; None (and the reason said) when the
    message is gone, the user presses too fast, or the data is forged."""
    query = update.callback_query
    if query.message is None:  # an inline message, or one too old for Telegram to give back
        await query.answer(say("stale_button"), show_alert=True)
        return None
    if not services(context).flood.allow(query.from_user.id):
        log.info("update %s: button flood from %s", update.update_id, query.from_user.id)
        await query.answer(say("flood"), show_alert=True)
        return None
    await query.answer()
    item = button_id((query.data or "").partition(":")[2])
    if item is None:
        await _forged(update)
    return item


async def _forged(update: Update) -> None:
    log.warning("update %s: forged callback data %r", update.update_id, update.callback_query.data)
    await update.callback_query.message.reply_text(say("stale_button"))


async def example(update: Update, context: Context) -> None:
    """«q:N», an example question under the welcome: answered as if typed."""
    item = await _pressed_id(update, context)
    if item is not None and item < len(EXAMPLES):
        await reply_answer(update, context, EXAMPLES[item])
    elif item is not None:
        await _forged(update)


async def suggestion(update: Update, context: Context) -> None:
    """«f:ID», a suggested or key figure: that statistic with its source."""
    item = await _pressed_id(update, context)
    if item is None:
        return
    answer = await services(context).engine.explain(item)
    text = answer.text if answer else say("stale_button")
    await update.callback_query.message.reply_text(escape(text), parse_mode=ParseMode.HTML,
                                                   reply_markup=answer_keyboard(answer) if answer else None)


async def whole_release(update: Update, context: Context) -> None:
    """«r:ID»: the whole release, in as many messages as it needs."""
    item = await _pressed_id(update, context)
    found = None if item is None else await releases.release_text(services(context).db, item)
    if item is not None and found is None:
        await update.callback_query.message.reply_text(say("stale_button"))
    if found is None:
        return
    source, body = found
    for part in chunks(f"{jalali_date(source.date)}\n\n{body}", title=source.title):
        await update.callback_query.message.reply_text(part, parse_mode=ParseMode.HTML)


async def chart(update: Update, context: Context) -> None:
    """«g:ID»: the chart under an answer."""
    item = await _pressed_id(update, context)
    if item is not None:
        await _send_chart(update, context, item)


async def unknown_button(update: Update, context: Context) -> None:
    """Data no handler knows (an old version's button, or forged): the stale notice."""
    if await _pressed_id(update, context) is not None:
        await _forged(update)


async def _send_chart(update: Update, context: Context, chart_id: int) -> None:
    """The chart's photo; a first drawing is announced at once and the note removed once the photo is sent."""
    message = update.callback_query.message
    ready = services(context).charts.is_ready(chart_id)
    drawing = None if ready else await message.reply_text(say("chart_drawing"))
    await context.bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_PHOTO)
    try:
        await _reply_chart(update, context, chart_id)
    finally:
        if drawing is not None:
            with contextlib.suppress(TelegramError):  # only a note: its removal may fail harmlessly
                await drawing.delete()


async def _reply_chart(update: Update, context: Context, chart_id: int) -> None:
    message = update.callback_query.message
    try:
        chart = await services(context).charts.get(chart_id)
    except Exception:
        log.exception("update %s: chart %s could not be drawn", update.update_id, chart_id)
        await message.reply_text(say("chart_failed"))
        return
    if chart is None:
        await message.reply_text(say("stale_button"))
        return
    await message.reply_photo(chart.png, caption=escape(chart.caption), parse_mode=ParseMode.HTML)


async def topics(update: Update, context: Context) -> None:
    """/topics: what the bot can answer about, grouped by what the figures count."""
    text = topics_text(await services(context).topics.topics())
    for part in chunks(text):
        await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML)


async def latest(update: Update, context: Context) -> None:
    """The latest releases as buttons."""
    found = await releases.latest_releases(services(context).db, 99991231)
    if not found:
        await update.effective_message.reply_text(say("no_releases"))
        return
    rows = [[InlineKeyboardButton(f"{shorten(s.title, 50)} ({jalali_date(s.date)})", callback_data=f"r:{s.release_id}")]
            for s in found]
    await update.effective_message.reply_text(say("latest_title"), reply_markup=InlineKeyboardMarkup(rows))


async def unsubscribe(update: Update, context: Context) -> None:
    """Stop receiving releases; idempotent."""
    db, chat = services(context).db, update.effective_chat.id
    state = await subscribers.subscriber_state(db, chat)
    await subscribers.upsert_subscriber(db, chat, update.effective_user.id, subscribed=False)
    await update.effective_message.reply_text(say("unsubscribed" if state and state[0] else "not_subscribed"))


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice: a polite note."""
    await update.effective_message.reply_text(say("not_text"))


async def chat_member(update: Update, context: Context) -> None:
    """A user who blocks the bot becomes inactive; nobody's record is deleted."""
    change = update.my_chat_member
    active = change.new_chat_member.status not in (ChatMember.BANNED, ChatMember.LEFT)
    await subscribers.upsert_subscriber(services(context).db, change.chat.id, change.from_user.id, active=active,
                                        reason=None if active else "blocked by user")
    log.info("update %s: chat %s active=%s", update.update_id, change.chat.id, active)


async def _reply_small_talk(update: Update, context: Context, talk: SmallTalk) -> None:
    """Help for «راهنما», thanks for «ممنون», a request for Persian, or a transliteration to confirm."""
    message = update.effective_message
    log.info("update %s: small talk %s", update.update_id, talk.kind)
    if talk.kind == "help":
        await help_command(update, context)
    elif talk.kind == "thanks":
        await message.reply_text(say("thanks_reply"))
    elif talk.kind == "finglish":
        context.user_data["finglish"] = talk.persian
        ask_button = InlineKeyboardMarkup([[InlineKeyboardButton(say("btn_ask_this"), callback_data="sm:ask")]])
        await message.reply_text(say("finglish_guess", guess=talk.persian), reply_markup=ask_button)
    else:
        await message.reply_text(say("write_persian"))


async def ask_transliterated(update: Update, context: Context) -> None:
    """«بپرس» under a transliteration: answer the Persian question it proposed."""
    query = update.callback_query
    await query.answer()
    persian = context.user_data.pop("finglish", None)
    if persian is None:
        await query.message.reply_text(say("stale_button"))
        return
    await reply_answer(update, context, persian)


async def unknown_command(update: Update, context: Context) -> None:
    """/foo: say it is unknown, then how to use the bot."""
    command = (update.effective_message.text or "/").split()[0].split("@")[0]
    await update.effective_message.reply_text(say("unknown_command", command=command))
    await help_command(update, context)


async def nothing_to_cancel(update: Update, context: Context) -> None:
    """/cancel with no conversation going on."""
    await update.effective_message.reply_text(say("nothing_to_cancel"))
