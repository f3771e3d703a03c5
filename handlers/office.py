"""The admins' commands outside the /post conversation: /stats, /export, /broadcasts, /retry, and the
one refusal anyone else gets for any admin command."""
import logging

from telegram import Update
from telegram.constants import ParseMode

from bot import clock
from bot.answer.render import fa
from bot.broadcast import tallies
from bot.export import csv_bytes
from bot.messages import say
from bot.text.normalize import normalize
from db import broadcasts, releases, subscribers
from handlers.common import button_id, chunks
from handlers.context import Context, services

log = logging.getLogger(__name__)


async def admin_only(update: Update, context: Context) -> None:
    """An admin command from someone not in ADMIN_IDS (the commands' own handlers filter on the admins)."""
    log.warning("update %s: non-admin %s tried an admin command", update.update_id,
                update.effective_user and update.effective_user.id)
    await update.effective_message.reply_text(say("admin_only"))


async def list_broadcasts(update: Update, context: Context) -> None:
    """/broadcasts: the latest broadcasts with their counts."""
    rows = await broadcasts.recent(services(context).db)
    lines = [say("broadcast_line", broadcast_id=fa(i), title=title, **tallies(c)) for i, title, _, c in rows]
    for part in chunks("\n".join(lines) or say("no_broadcasts")):
        await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML)


async def retry(update: Update, context: Context) -> None:
    """/retry N: send again the failed and unconfirmed deliveries of broadcast N."""
    broadcast_id = button_id(normalize((context.args or [""])[0]))  # «۱۲» typed in Persian digits is 12
    if broadcast_id is None:
        await update.effective_message.reply_text(say("retry_usage"))
        return
    count = await broadcasts.retry_failed(services(context).db, broadcast_id)
    progress = await update.effective_message.reply_text(say("retry_started", count=fa(count)))
    if count:
        context.application.create_task(services(context).broadcaster(broadcast_id, progress), update=update)


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
