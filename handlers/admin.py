"""Admin handlers: post a release with a preview, publish and broadcast it, and /stats."""
import asyncio
import contextlib
import datetime as dt
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import RetryAfter, TelegramError
from telegram.ext import ConversationHandler

from bot import clock
from bot.answer.render import fa, jalali_date
from bot.broadcast import tallies
from bot.export import csv_bytes
from bot.ingest import IngestResult, extract_release
from bot.jalali_input import parse_date_input
from bot.messages import say
from bot.release import MAX_BYTES, Release, ReleaseError, decode, parse_release
from bot.terminal import ingest_table
from db import broadcasts, drafts, releases, subscribers
from handlers.common import button_id, chunks
from handlers.context import Context, services

log = logging.getLogger(__name__)
WAITING_TEXT, PREVIEW, WAITING_DATE = range(3)
MAX_PREVIEW_WAIT = 60.0  # seconds a 429 on a preview part may ask for before the preview is given up


async def admin_only(update: Update, context: Context) -> int:
    """An admin command from someone not in ADMIN_IDS (the commands' own handlers filter on the admins)."""
    log.warning("update %s: non-admin %s tried an admin command", update.update_id,
                update.effective_user and update.effective_user.id)
    await update.effective_message.reply_text(say("admin_only"))
    return ConversationHandler.END


async def post(update: Update, context: Context) -> int:
    """/post: ask an admin for the release; an earlier preview of this admin in this chat is dropped."""
    await drafts.close_drafts(services(context).db, update.effective_chat.id, update.effective_user.id,
                              drafts.REPLACED)
    await update.effective_message.reply_text(say("post_ask"))
    return WAITING_TEXT


async def receive(update: Update, context: Context) -> int:
    """The release as text or a .txt document: parse (in a worker thread, it may be a megabyte), preview."""
    message = update.effective_message
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


async def _preview(update: Update, context: Context, release: Release) -> int:
    db, chat, user = services(context).db, update.effective_chat.id, update.effective_user.id
    existing = await releases.release_id_by_hash(db, release.content_hash)
    if existing is not None:
        await update.effective_message.reply_text(say("post_duplicate", release_id=fa(existing)))
        return ConversationHandler.END
    extraction = await extract_release(release)
    draft_id = await drafts.create_draft(db, chat, user, release)
    context.chat_data["extraction"] = (draft_id, extraction)
    table = ingest_table(IngestResult(0, release, extraction, duplicate=False)).split("\n", 1)[-1]
    text = say("post_preview", title=release.title, date=jalali_date(release.date), facts=table)
    if await _send_preview(update, chunks(text), _preview_buttons(draft_id)):
        return PREVIEW
    await drafts.close_draft(db, draft_id, drafts.CANCELLED)
    with contextlib.suppress(TelegramError):
        await update.effective_message.reply_text(say("preview_failed"))
    return ConversationHandler.END


def _preview_buttons(draft_id: int) -> InlineKeyboardMarkup:
    """Each button names its draft, so a stale preview's button can be told apart from the current one."""
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(say("btn_publish"), callback_data=f"p:publish:{draft_id}")],
        [InlineKeyboardButton(say("btn_date"), callback_data=f"p:date:{draft_id}"),
         InlineKeyboardButton(say("btn_cancel"), callback_data=f"p:cancel:{draft_id}")]])


async def _send_preview(update: Update, parts: list[str], buttons: InlineKeyboardMarkup) -> bool:
    """Every part, the buttons under the last; a 429 waits as Telegram asks, once. False when a part failed."""
    for i, part in enumerate(parts):
        markup = buttons if i == len(parts) - 1 else None
        for attempt in (1, 2):
            try:
                await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML, reply_markup=markup)
                break
            except RetryAfter as err:
                if attempt == 2 or _seconds(err.retry_after) > MAX_PREVIEW_WAIT:
                    log.warning("update %s: preview part %d/%d refused: %s", update.update_id, i + 1, len(parts), err)
                    return False
                await asyncio.sleep(_seconds(err.retry_after))
            except TelegramError as err:
                log.warning("update %s: preview part %d/%d failed: %s", update.update_id, i + 1, len(parts), err)
                return False
    return True


def _seconds(retry_after: float | dt.timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, dt.timedelta) else float(retry_after)


async def decide(update: Update, context: Context) -> int | None:
    """Publish, change the date, or cancel the draft the pressed button names; a stale draft's button does
    nothing and the conversation stays where it is."""
    query = update.callback_query
    action, _, ident = (query.data or "").removeprefix("p:").partition(":")
    db, draft_id = services(context).db, button_id(ident)
    release = None
    if draft_id is not None and query.message is not None and action in ("publish", "date", "cancel"):
        release = await drafts.open_draft(db, draft_id, query.message.chat.id, query.from_user.id)
    if release is None:
        return await stale_draft(update, context)
    await query.answer()
    if action == "date":
        await query.message.reply_text(say("post_ask_date"))
        return WAITING_DATE
    if not await drafts.close_draft(db, draft_id, drafts.PUBLISHED if action == "publish" else drafts.CANCELLED):
        return await stale_draft(update, context)
    if action == "cancel":
        await query.message.reply_text(say("post_cancelled"))
        return ConversationHandler.END
    return await _publish(update, context, draft_id, release)


async def _publish(update: Update, context: Context, draft_id: int, release: Release) -> int:
    db, message = services(context).db, update.callback_query.message
    cached_id, extraction = context.chat_data.pop("extraction", (None, None))
    if cached_id != draft_id:
        extraction = await extract_release(release)
    try:
        _, broadcast_id = await broadcasts.publish(db, release, extraction, message.chat.id)
    except releases.ReleaseExists as dup:
        await message.reply_text(say("post_duplicate", release_id=fa(dup.release_id)))
        return ConversationHandler.END
    except Exception:
        await drafts.reopen_draft(db, draft_id, release)
        raise
    total = sum((await broadcasts.counts(db, broadcast_id)).values())
    progress = await message.reply_text(say("post_published", subscribers=fa(total)))
    context.application.create_task(services(context).broadcaster(broadcast_id, progress), update=update)
    return ConversationHandler.END


async def stale_draft(update: Update, context: Context) -> None:
    """A preview button whose draft was published, cancelled, replaced, or is not this admin's: say so only."""
    query = update.callback_query
    log.info("update %s: stale preview button %r from %s", update.update_id, query.data, query.from_user.id)
    await query.answer(say("draft_stale"), show_alert=True)


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
    return await _preview(update, context, await asyncio.to_thread(parse_release, release.body, date, release.title))


async def cancel(update: Update, context: Context) -> int:
    """/cancel: the open draft is dropped; its buttons say so from now on."""
    await drafts.close_drafts(services(context).db, update.effective_chat.id, update.effective_user.id,
                              drafts.CANCELLED)
    context.chat_data.pop("extraction", None)
    await update.effective_message.reply_text(say("post_cancelled"))
    return ConversationHandler.END


async def list_broadcasts(update: Update, context: Context) -> None:
    """/broadcasts: the latest broadcasts with their counts."""
    rows = await broadcasts.recent(services(context).db)
    lines = [say("broadcast_line", broadcast_id=fa(i), title=title, **tallies(c)) for i, title, _, c in rows]
    for part in chunks("\n".join(lines) or say("no_broadcasts")):
        await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML)


async def retry(update: Update, context: Context) -> None:
    """/retry N: send again the failed and unconfirmed deliveries of broadcast N."""
    arg = (context.args or [""])[0].translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    if not arg.isdigit():
        await update.effective_message.reply_text(say("retry_usage"))
        return
    count = await broadcasts.retry_failed(services(context).db, int(arg))
    progress = await update.effective_message.reply_text(say("retry_started", count=fa(count)))
    if count:
        context.application.create_task(services(context).broadcaster(int(arg), progress), update=update)


async def export(update: Update, context: Context) -> None:
    """/export: every stored statistic as a CSV document (UTF-8 with BOM, so Excel shows Persian)."""
    data = await csv_bytes(services(context).db)
    name = f"amar-{clock.as_text(clock.today_jalali())}.csv"
    log.info("update %s: export of %d bytes sent to admin %s", update.update_id, len(data), update.effective_user.id)
    await update.effective_message.reply_document(data, filename=name, caption=say("export_caption"))


async def stats(update: Update, context: Context) -> None:
    """/stats: subscribers, releases and the last week's questions; the unanswered ones follow, each with
    the facts to teach from (handlers/teach.review)."""
    db = services(context).db
    active, inactive = await subscribers.subscriber_counts(db)
    answered, unanswered = await subscribers.question_stats(db)
    text = say("stats", active=fa(active), inactive=fa(inactive), releases=fa(await releases.count_releases(db)),
               answered=fa(answered), unanswered=fa(unanswered))
    for part in chunks(text):
        await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML)
