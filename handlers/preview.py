"""The preview of a draft release and its corrections: numbered statistics, ✏️ to correct a line (not a
statistic, another place, another period), publish, date, cancel. Every button names its draft."""
import asyncio
import contextlib
import datetime as dt
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import RetryAfter, TelegramError

from bot.corrections import Choice, choices, chosen, line_number, line_rows, numbered_lines
from bot.extract.model import Extraction
from bot.ingest import extract_release
from bot.labels import shorten
from bot.messages import say
from bot.preview import preview_text
from bot.release import Release
from db import drafts
from handlers.common import MAX_BUTTON, button_id, chunks
from handlers.context import Context, services

log = logging.getLogger(__name__)
MAX_PREVIEW_WAIT = 60.0  # seconds a 429 on a preview part may ask for before the preview is given up


async def show_preview(update: Update, context: Context, draft_id: int, release: Release) -> bool:
    """The draft's preview with its corrections, buttons under the last part; False (the draft cancelled,
    the admin told) when Telegram refused a part."""
    db = services(context).db
    text = preview_text(release, await draft_extraction(context, draft_id, release),
                        await drafts.corrections(db, draft_id))
    if await _send_parts(update, chunks(text), _buttons(draft_id)):
        return True
    await drafts.close_draft(db, draft_id, drafts.CANCELLED)
    with contextlib.suppress(TelegramError):
        await update.effective_message.reply_text(say("preview_failed"))
    return False


async def draft_extraction(context: Context, draft_id: int, release: Release) -> Extraction:
    """What was read from the draft, as extracted for its preview (kept per chat), or read again."""
    cached_id, extraction = context.chat_data.get("extraction", (None, None))
    if cached_id != draft_id or extraction is None:
        extraction = await extract_release(release)
        context.chat_data["extraction"] = (draft_id, extraction)
    return extraction


def _buttons(draft_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(say("btn_publish"), callback_data=f"p:publish:{draft_id}"),
         InlineKeyboardButton(say("btn_fix"), callback_data=f"e:{draft_id}")],
        [InlineKeyboardButton(say("btn_date"), callback_data=f"p:date:{draft_id}"),
         InlineKeyboardButton(say("btn_cancel"), callback_data=f"p:cancel:{draft_id}")]])


async def _send_parts(update: Update, parts: list[str], buttons: InlineKeyboardMarkup) -> bool:
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


async def correct(update: Update, context: Context) -> None:
    """«e:DRAFT» offers the lines («e:DRAFT::PAGE» the lines of a later page), «e:DRAFT:LINE» what that line
    can become, «e:DRAFT:LINE:CHOICE» stores the choice with the draft and previews again; a stale or forged
    button gets the stale-draft alert."""
    query = update.callback_query
    draft_id, line, choice = _fields(query.data)
    release = await own_draft(update, context, draft_id)
    if release is None or draft_id is None:
        await stale_draft(update, context)
        return
    extraction = await draft_extraction(context, draft_id, release)
    if line is None:
        await query.answer()
        await _offer_lines(update, draft_id, extraction, choice or 0)
    elif choice is None and (options := choices(release.body, extraction, line)):
        await query.answer()
        await _offer_choices(update, draft_id, line, options, extraction)
    elif choice is not None and (picked := chosen(release.body, extraction, line, choice)):
        await query.answer()
        await drafts.save_correction(services(context).db, draft_id, picked.correction)
        log.info("update %s: draft %s corrected: %s", update.update_id, draft_id, picked.correction)
        await show_preview(update, context, draft_id, release)
    else:
        await stale_draft(update, context)


def _fields(data: str | None) -> tuple[int | None, int | None, int | None]:
    """«e:12:3:1» -> (12, 3, 1); a missing or forged field is None."""
    fields = [*(data or "").split(":")[1:], "", "", ""]
    return button_id(fields[0]), button_id(fields[1]), button_id(fields[2])


async def own_draft(update: Update, context: Context, draft_id: int | None) -> Release | None:
    """The open draft a button names, if it is this admin's in this chat."""
    query = update.callback_query
    if draft_id is None or query.message is None:
        return None
    return await drafts.open_draft(services(context).db, draft_id, query.message.chat.id, query.from_user.id)


async def _offer_lines(update: Update, draft_id: int, extraction: Extraction, page: int) -> None:
    numbers, more = line_rows(extraction, page)
    rows = [[InlineKeyboardButton(line_number(i), callback_data=f"e:{draft_id}:{i}") for i in row] for row in numbers]
    if more is not None:
        rows.append([InlineKeyboardButton(say("btn_more_lines"), callback_data=f"e:{draft_id}::{more}")])
    await update.effective_message.reply_text(say("fix_pick_line" if rows else "fix_nothing"),
                                              reply_markup=InlineKeyboardMarkup(rows) if rows else None)


async def _offer_choices(update: Update, draft_id: int, line: int, options: list[Choice],
                         extraction: Extraction) -> None:
    rows = [[InlineKeyboardButton(shorten(option.label, MAX_BUTTON), callback_data=f"e:{draft_id}:{line}:{k}")]
            for k, option in enumerate(options)]
    await update.effective_message.reply_text(say("fix_pick_choice", line=numbered_lines(extraction, [])[line]),
                                              reply_markup=InlineKeyboardMarkup(rows))


async def stale_draft(update: Update, context: Context) -> None:
    """A preview button whose draft was published, cancelled, replaced, or is not this admin's: say so only."""
    query = update.callback_query
    log.info("update %s: stale preview button %r from %s", update.update_id, query.data, query.from_user.id)
    await query.answer(say("draft_stale"), show_alert=True)
