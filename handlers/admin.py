"""The /post conversation: the release as text or a file, its preview (handlers/preview), then publish
and broadcast it, give it another date, or cancel; a short text without a statistic is asked about first."""
import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ConversationHandler

from bot import clock
from bot.answer.render import fa
from bot.corrections import corrected
from bot.ingest import extract_release
from bot.jalali_input import parse_date_input
from bot.messages import say
from bot.preview import may_be_a_question
from bot.release import MAX_BYTES, Release, ReleaseError, decode, parse_release
from db import broadcasts, drafts, releases
from handlers import people
from handlers.common import button_id
from handlers.context import Context, services
from handlers.preview import draft_extraction, own_draft, show_preview, stale_draft

log = logging.getLogger(__name__)
WAITING_TEXT, PREVIEW, WAITING_DATE = range(3)
KINDS = ("release", "question")  # what the admin says a short text without a statistic is


async def post(update: Update, context: Context) -> int:
    """/post: ask an admin for the release; an earlier preview of this admin in this chat is dropped."""
    await drafts.close_drafts(services(context).db, update.effective_chat.id, update.effective_user.id,
                              drafts.REPLACED)
    await update.effective_message.reply_text(say("post_ask"))
    return WAITING_TEXT


async def receive(update: Update, context: Context) -> int:
    """The release as text or a .txt document: parse (in a worker thread, it may be a megabyte), preview."""
    message = update.effective_message
    raw: bytes | str
    try:
        if message.document:
            doc = message.document
            if not (doc.file_name or "").lower().endswith(".txt") or (doc.file_size or 0) > MAX_BYTES:
                raise ReleaseError("too_large" if (doc.file_size or 0) > MAX_BYTES else "not_txt")
            raw = bytes(await (await doc.get_file()).download_as_bytearray())
        else:
            raw = message.text or ""
        release = await asyncio.to_thread(_read_release, raw, clock.as_text(clock.today_jalali()))
    except ReleaseError as err:
        key = "post_not_txt" if err.reason == "not_txt" else f"err_{err.reason}"
        log.info("update %s: release refused: %s", update.update_id, err)
        await message.reply_text(say(key, detail=err.detail, path=""))
        return WAITING_TEXT
    return await _preview(update, context, release)


def _read_release(raw: bytes | str, today: str) -> Release:
    """The release in a text or a file; today's date only when neither its front matter nor its text has one."""
    return parse_release(decode(raw) if isinstance(raw, bytes) else raw, default_date=today)


async def _preview(update: Update, context: Context, release: Release, carried_from: int | None = None) -> int:
    """A new draft of the release, previewed; a short text without a statistic is first asked about."""
    db, chat, user = services(context).db, update.effective_chat.id, update.effective_user.id
    existing = await releases.release_id_by_hash(db, release.content_hash)
    if existing is not None:
        await update.effective_message.reply_text(say("post_duplicate", release_id=fa(existing)))
        return ConversationHandler.END
    extraction = await extract_release(release)
    draft_id = await drafts.create_draft(db, chat, user, release)
    context.chat_data["extraction"] = (draft_id, extraction)
    if carried_from is not None:
        await drafts.carry_corrections(db, carried_from, draft_id)
    if may_be_a_question(release, extraction):
        await update.effective_message.reply_text(say("post_kind"), reply_markup=_kind_buttons(draft_id))
        return PREVIEW
    return PREVIEW if await show_preview(update, context, draft_id, release) else ConversationHandler.END


def _kind_buttons(draft_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(say(f"btn_kind_{kind}"), callback_data=f"k:{kind}:{draft_id}")
                                  for kind in KINDS]])


async def kind(update: Update, context: Context) -> int | None:
    """«خبر» previews the text as a release; «سؤال» drops the draft and answers the text as a question."""
    query = update.callback_query
    action, _, ident = (query.data or "").removeprefix("k:").partition(":")
    draft_id = button_id(ident)
    release = await own_draft(update, context, draft_id) if action in KINDS else None
    if release is None or draft_id is None:
        await stale_draft(update, context)
        return None
    await query.answer()
    if action == "release":
        return PREVIEW if await show_preview(update, context, draft_id, release) else ConversationHandler.END
    if not await drafts.close_draft(services(context).db, draft_id, drafts.CANCELLED):
        await stale_draft(update, context)
        return None
    log.info("update %s: text after /post taken as a question", update.update_id)
    await people.reply_answer(update, context, release.body)
    return ConversationHandler.END


async def decide(update: Update, context: Context) -> int | None:
    """Publish, change the date, or cancel the draft the pressed button names; a stale draft's button does
    nothing and the conversation stays where it is."""
    query = update.callback_query
    action, _, ident = (query.data or "").removeprefix("p:").partition(":")
    db, draft_id = services(context).db, button_id(ident)
    release = await own_draft(update, context, draft_id) if action in ("publish", "date", "cancel") else None
    if release is None or draft_id is None:
        await stale_draft(update, context)
        return None
    await query.answer()
    if action == "date":
        await query.message.reply_text(say("post_ask_date"))
        return WAITING_DATE
    if not await drafts.close_draft(db, draft_id, drafts.PUBLISHED if action == "publish" else drafts.CANCELLED):
        await stale_draft(update, context)
        return None
    if action == "cancel":
        await query.message.reply_text(say("post_cancelled"))
        return ConversationHandler.END
    return await _publish(update, context, draft_id, release)


async def _publish(update: Update, context: Context, draft_id: int, release: Release) -> int:
    """Store the release as its preview showed it (the admin's corrections applied), then broadcast it."""
    db, message = services(context).db, update.callback_query.message
    extraction = corrected(await draft_extraction(context, draft_id, release), await drafts.corrections(db, draft_id))
    context.chat_data.pop("extraction", None)
    try:
        release_id, broadcast_id = await broadcasts.publish(db, release, extraction, message.chat.id)
    except releases.ReleaseExists as dup:
        await message.reply_text(say("post_duplicate", release_id=fa(dup.release_id)))
        return ConversationHandler.END
    except Exception:
        await drafts.reopen_draft(db, draft_id, release)
        raise
    await drafts.record_release(db, draft_id, release_id)
    total = sum((await broadcasts.counts(db, broadcast_id)).values())
    progress = await message.reply_text(say("post_published", subscribers=fa(total)))
    context.application.create_task(services(context).broadcaster(broadcast_id, progress), update=update)
    return ConversationHandler.END


async def new_date(update: Update, context: Context) -> int | None:
    """A new Jalali date for the open draft: a new preview (and a new draft) with that date."""
    db, chat, user = services(context).db, update.effective_chat.id, update.effective_user.id
    draft_id = await drafts.latest_open_draft(db, chat, user)
    release = draft_id and await drafts.open_draft(db, draft_id, chat, user)
    if not release:
        await update.effective_message.reply_text(say("draft_stale"))
        return ConversationHandler.END
    try:
        date = parse_date_input(update.effective_message.text or "", clock.today_jalali())
    except ReleaseError:
        await update.effective_message.reply_text(say("err_bad_date", detail=update.effective_message.text or ""))
        return WAITING_DATE
    dated = await asyncio.to_thread(parse_release, release.body, date, release.title)
    return await _preview(update, context, dated, carried_from=draft_id)


async def cancel(update: Update, context: Context) -> int:
    """/cancel: the open draft is dropped; its buttons say so from now on."""
    await drafts.close_drafts(services(context).db, update.effective_chat.id, update.effective_user.id,
                              drafts.CANCELLED)
    context.chat_data.pop("extraction", None)
    await update.effective_message.reply_text(say("post_cancelled"))
    return ConversationHandler.END
