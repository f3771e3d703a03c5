"""Admin handlers: post a release with a preview, publish and broadcast it, and /stats."""
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes, ConversationHandler

from bot import clock
from bot.answer.render import fa, jalali_date
from bot.broadcast import tallies
from bot.export import csv_bytes
from bot.ingest import IngestResult, extract_release
from bot.messages import say
from bot.release import MAX_BYTES, ReleaseError, decode, parse_jalali, parse_release
from bot.terminal import ingest_table
from db import broadcasts, releases, subscribers
from handlers.common import chunks, services

log = logging.getLogger(__name__)
WAITING_TEXT, PREVIEW, WAITING_DATE = range(3)


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    allowed = update.effective_user and update.effective_user.id in services(context)["settings"].admin_ids
    if not allowed:
        log.warning("update %s: non-admin %s tried an admin command", update.update_id,
                    update.effective_user and update.effective_user.id)
    return bool(allowed)


async def post(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/post: ask an admin for the release."""
    if not is_admin(update, context):
        await update.effective_message.reply_text(say("admin_only"))
        return ConversationHandler.END
    await update.effective_message.reply_text(say("post_ask"))
    return WAITING_TEXT


async def receive(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The release as text or a .txt document: parse, extract, preview."""
    message = update.effective_message
    try:
        if message.document:
            doc = message.document
            if not (doc.file_name or "").lower().endswith(".txt") or (doc.file_size or 0) > MAX_BYTES:
                raise ReleaseError("too_large" if (doc.file_size or 0) > MAX_BYTES else "not_txt")
            raw = decode(bytes(await (await doc.get_file()).download_as_bytearray()))
        else:
            raw = message.text or ""
        release = parse_release(raw, date=None if "date:" in raw else clock.as_text(clock.today_jalali()))
    except ReleaseError as err:
        key = "post_not_txt" if err.reason == "not_txt" else f"err_{err.reason}"
        log.info("update %s: release refused: %s", update.update_id, err)
        await message.reply_text(say(key, detail=err.detail, path=""))
        return WAITING_TEXT
    return await _preview(update, context, release)


async def _preview(update: Update, context: ContextTypes.DEFAULT_TYPE, release) -> int:
    db = services(context)["db"]
    existing = await releases.release_id_by_hash(db, release.content_hash)
    if existing is not None:
        await update.effective_message.reply_text(say("post_duplicate", release_id=fa(existing)))
        return ConversationHandler.END
    extraction = await extract_release(release)
    context.user_data["pending"] = (release, extraction)
    table = ingest_table(IngestResult(0, release, extraction, duplicate=False)).split("\n", 1)[-1]
    text = say("post_preview", title=release.title, date=jalali_date(release.date), facts=table)
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton(say("btn_publish"), callback_data="p:publish")],
                                    [InlineKeyboardButton(say("btn_date"), callback_data="p:date"),
                                     InlineKeyboardButton(say("btn_cancel"), callback_data="p:cancel")]])
    parts = chunks(text)
    for part in parts[:-1]:
        await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML)
    await update.effective_message.reply_text(parts[-1], parse_mode=ParseMode.HTML, reply_markup=buttons)
    return PREVIEW


async def decide(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Publish, change the date, or cancel the previewed release."""
    query = update.callback_query
    await query.answer()
    pending = context.user_data.get("pending")
    if query.data == "p:cancel" or pending is None:
        context.user_data.pop("pending", None)
        await query.message.reply_text(say("post_cancelled"))
        return ConversationHandler.END
    if query.data == "p:date":
        await query.message.reply_text(say("post_ask_date"))
        return WAITING_DATE
    release, extraction = pending
    db = services(context)["db"]
    try:
        _, broadcast_id = await broadcasts.publish(db, release, extraction, query.message.chat.id)
    except releases.ReleaseExists as dup:
        await query.message.reply_text(say("post_duplicate", release_id=fa(dup.release_id)))
        return ConversationHandler.END
    total = sum((await broadcasts.counts(db, broadcast_id)).values())
    progress = await query.message.reply_text(say("post_published", subscribers=fa(total)))
    context.user_data.pop("pending", None)
    context.application.create_task(services(context)["broadcaster"](broadcast_id, progress), update=update)
    return ConversationHandler.END


async def new_date(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A new Jalali date for the previewed release."""
    release, _ = context.user_data["pending"]
    try:
        date = parse_jalali(update.effective_message.text or "")
    except ReleaseError:
        await update.effective_message.reply_text(say("err_bad_date", detail=update.effective_message.text or ""))
        return WAITING_DATE
    return await _preview(update, context, parse_release(release.body, date=date, title=release.title))


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    context.user_data.pop("pending", None)
    await update.effective_message.reply_text(say("post_cancelled"))
    return ConversationHandler.END


async def list_broadcasts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/broadcasts: the latest broadcasts with their counts."""
    if not is_admin(update, context):
        await update.effective_message.reply_text(say("admin_only"))
        return
    rows = await broadcasts.recent(services(context)["db"])
    lines = [say("broadcast_line", broadcast_id=fa(i), title=title, **tallies(c)) for i, title, _, c in rows]
    for part in chunks("\n".join(lines) or say("no_broadcasts")):
        await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML)


async def retry(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/retry N: send again the failed and unconfirmed deliveries of broadcast N."""
    if not is_admin(update, context):
        await update.effective_message.reply_text(say("admin_only"))
        return
    arg = (context.args or [""])[0].translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    if not arg.isdigit():
        await update.effective_message.reply_text(say("retry_usage"))
        return
    count = await broadcasts.retry_failed(services(context)["db"], int(arg))
    progress = await update.effective_message.reply_text(say("retry_started", count=fa(count)))
    if count:
        context.application.create_task(services(context)["broadcaster"](int(arg), progress), update=update)


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: every stored statistic as a CSV document (UTF-8 with BOM, so Excel shows Persian)."""
    if not is_admin(update, context):
        await update.effective_message.reply_text(say("admin_only"))
        return
    data = await csv_bytes(services(context)["db"])
    name = f"amar-{clock.as_text(clock.today_jalali())}.csv"
    log.info("update %s: export of %d bytes sent to admin %s", update.update_id, len(data), update.effective_user.id)
    await update.effective_message.reply_document(data, filename=name, caption=say("export_caption"))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: subscribers, releases, questions of the last week and the most asked unanswered ones."""
    if not is_admin(update, context):
        await update.effective_message.reply_text(say("admin_only"))
        return
    db = services(context)["db"]
    active, inactive = await subscribers.subscriber_counts(db)
    answered, unanswered, top = await subscribers.question_stats(db)
    lines = "\n".join(f"• {q} ({fa(n)})" for q, n in top)
    text = say("stats", active=fa(active), inactive=fa(inactive), releases=fa(await releases.count_releases(db)),
               answered=fa(answered), unanswered=fa(unanswered), top=lines)
    for part in chunks(text):
        await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML)
