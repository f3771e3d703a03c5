"""The Telegram wiring: settings in, services built once, handlers registered, polling or webhook out."""
import asyncio
import contextlib
import importlib.util
import logging
import sys
import warnings
from collections.abc import Awaitable, Callable
from urllib.parse import urlparse

from telegram import Message, Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ConversationHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest
from telegram.warnings import PTBUserWarning

from bot.answer.engine import AnswerEngine
from bot.answer.render import fa
from bot.broadcast import Outcome, Pacing, Part, Send, tallies
from bot.chart.charts import Charts
from bot.chips import RememberedChips
from bot.flood import FloodGate
from bot.guard import remember_subscribers
from bot.ingest import DatabaseUnavailable, open_database
from bot.messages import say
from bot.sender import Report, Sender
from bot.settings import Settings
from bot.topics import TopicIndex
from db import broadcasts, subscribers
from handlers import admin, card, feedback, inline, menus, office, people, preview, subscription, teach
from handlers.api_client import BotApiRequest
from handlers.common import release_buttons
from handlers.context import CONTEXT_TYPES, Context
from handlers.conversations import ChatConversations
from handlers.ordering import ChatOrderedProcessor
from handlers.sending import AmarBot

log = logging.getLogger("handlers.app")


def wait_asked(err: RetryAfter) -> float:
    """Seconds Telegram asked to wait (an int today, a timedelta in PTB's next major version)."""
    return float(err.retry_after if isinstance(err.retry_after, int | float) else err.retry_after.total_seconds())


def make_sender(app: Application) -> Send:
    """The broadcast's `send`: one part of a release to one chat (the release's buttons under its last part),
    Telegram's errors turned into outcomes."""

    async def send(chat_id: int, part: Part) -> Outcome:
        buttons = [] if part.buttons_for is None else release_buttons(part.buttons_for)
        try:
            message_id = await app.bot.send_html(chat_id, part.text, buttons,
                                                 allow_paid_broadcast=app.bot_data["settings"].paid_broadcast or None)
        except RetryAfter as err:
            return Outcome("retry", retry_after=wait_asked(err), error="429")
        except ChatMigrated as err:
            await subscribers.move_chat(app.bot_data["db"], chat_id, err.new_chat_id)
            return Outcome("error", error=f"moved to {err.new_chat_id}")
        except Forbidden as err:
            return Outcome("blocked", error=str(err))
        except BadRequest as err:
            blocked = "chat not found" in str(err).lower() or "deactivated" in str(err).lower()
            return Outcome("blocked" if blocked else "error", error=str(err))
        except TimedOut as err:
            # The message may have arrived: never resent by itself, kept for the admin's /retry.
            return Outcome("unconfirmed", error=f"timed out, may have arrived: {err}")
        except TelegramError as err:
            return Outcome("error", error=str(err))
        return Outcome("sent", message_id=message_id)
    return send


def make_reporter(app: Application) -> Report:
    """The sender's `report`: the admin's progress message edited; the final report also sent anew when
    there is no progress message to edit (its reply failed, or it was deleted)."""

    async def report(broadcast: broadcasts.Broadcast, counts: dict[str, int], final: bool) -> None:
        text = say("broadcast_done" if final else "broadcast_progress", broadcast_id=fa(broadcast.id),
                   **tallies(counts))
        if broadcast.admin_chat_id is None:
            return
        if broadcast.progress_message_id is not None:
            try:
                await app.bot.edit_message_text(text, broadcast.admin_chat_id, broadcast.progress_message_id)
                return
            except TelegramError as err:  # an unchanged text is no failure; a deleted message is
                if not final or "not modified" in str(err):
                    return
        if final:
            try:
                await app.bot.send_message(broadcast.admin_chat_id, text)
            except RetryAfter as err:  # the one report the admin must get: wait as asked, try once more
                await asyncio.sleep(wait_asked(err))
                await app.bot.send_message(broadcast.admin_chat_id, text)
    return report


def make_broadcaster(app: Application) -> Callable[[int, Message | None], Awaitable[None]]:
    """What the admin handlers call after a publish or /retry: follow the progress there, wake the sender."""

    async def broadcast(broadcast_id: int, progress: Message | None) -> None:
        if progress is not None:
            await broadcasts.follow_progress(app.bot_data["db"], broadcast_id, progress.chat_id, progress.message_id)
        app.bot_data["sender"].wake()
    return broadcast


async def post_init(app: Application) -> None:
    settings: Settings = app.bot_data["settings"]
    db = await open_database(app.bot_data["db_path"])
    engine = AnswerEngine(db)
    pacing = Pacing(1000.0 if settings.paid_broadcast else settings.broadcast_rate, settings.per_chat_interval,
                    settings.retry_limit, settings.retry_base_delay)
    sender = Sender(db, make_sender(app), make_reporter(app), pacing)
    app.bot_data.update(db=db, engine=engine, charts=Charts(db, engine), topics=TopicIndex(db),
                        chips=RememberedChips(engine), conversations=ChatConversations(db),
                        flood=FloodGate(settings.questions_per_minute), sender=sender,
                        broadcaster=make_broadcaster(app))
    await menus.set_menus(app.bot, settings.admin_ids)
    sender.start()  # resumes what a previous run left pending
    # matplotlib and the font load in the background, before the first «نمودار»; awaited or cancelled at shutdown
    app.bot_data["warming"] = asyncio.create_task(app.bot_data["charts"].warm())
    log.info("bot ready as @%s", app.bot.username)


async def post_stop(app: Application) -> None:
    """On SIGTERM or SIGINT: stop sending promptly, before the HTTP client closes; the rest stays pending.
    The chats' contexts not yet written are written; the subscriber count is remembered, so a database lost
    before the next start is noticed."""
    if "sender" in app.bot_data:
        await app.bot_data["sender"].stop()
    if "conversations" in app.bot_data:
        await app.bot_data["conversations"].close()
    if "db" in app.bot_data:
        await remember_subscribers(app.bot_data["db"])


async def post_shutdown(app: Application) -> None:
    await post_stop(app)
    if (warming := app.bot_data.get("warming")) is not None and not warming.done():
        warming.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await warming
    if "db" in app.bot_data:
        await app.bot_data["db"].close()


async def on_error(update: object, context: Context) -> None:
    update_id = getattr(update, "update_id", None)
    log.error("update %s failed: %s", update_id, context.error, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        with contextlib.suppress(TelegramError):
            await update.effective_message.reply_text(say("error"))


# The admin conversation is tracked per chat and user on purpose, not per message.
warnings.filterwarnings("ignore", message="If 'per_message=False'", category=PTBUserWarning)


ADMIN_ONLY = ("post", "stats", "export", "broadcasts", "retry")


def post_conversation(admins: filters.BaseFilter) -> ConversationHandler:
    """/post: the release, its preview, then publish, a new date, or cancel; states named in handlers/admin."""
    return ConversationHandler(
        entry_points=[CommandHandler("post", admin.post, filters=admins)],
        states={
            admin.WAITING_TEXT: [MessageHandler((filters.TEXT & ~filters.COMMAND) | filters.Document.ALL,
                                                admin.receive)],
            admin.PREVIEW: [CallbackQueryHandler(admin.decide, pattern=r"^p:"),
                            CallbackQueryHandler(preview.correct, pattern=r"^e:"),
                            CallbackQueryHandler(admin.kind, pattern=r"^k:")],
            admin.WAITING_DATE: [MessageHandler(filters.TEXT & ~filters.COMMAND, admin.new_date)],
        },
        fallbacks=[CommandHandler("cancel", admin.cancel)], per_message=False, allow_reentry=True)


def no_import_per_request() -> None:
    """httpcore 1.0 tries `import sniffio` each time it takes a lock, and anyio 4.16 no longer installs sniffio:
    every request then searched the whole `sys.path` for it again (8% of the bot's time under load). Marked
    absent once, the import fails at once and httpcore runs on asyncio as before."""
    if importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def build(settings: Settings, db_path: str, request: BaseRequest | None = None) -> Application:
    """The application; `request` replaces the HTTP layer in tests."""
    no_import_per_request()
    bot = AmarBot(settings.bot_token, base_url=f"{settings.api_root}/bot",
                  base_file_url=f"{settings.api_root}/file/bot", request=request or BotApiRequest(),
                  get_updates_request=request or BotApiRequest(1))
    builder = (Application.builder().bot(bot).post_init(post_init).post_stop(post_stop)
               .post_shutdown(post_shutdown).context_types(CONTEXT_TYPES))
    app = builder.concurrent_updates(ChatOrderedProcessor()).build()  # chats in parallel, each chat in order
    app.bot_data.update(settings=settings, db_path=db_path)
    admins = filters.User(user_id=settings.admin_ids)
    # people
    app.add_handler(CommandHandler("start", people.start))
    app.add_handler(CommandHandler("help", people.help_command))
    app.add_handler(CommandHandler("latest", people.latest))
    app.add_handler(CommandHandler("topics", people.topics))
    app.add_handler(CommandHandler("subscribe", subscription.subscribe))
    app.add_handler(CommandHandler("unsubscribe", people.unsubscribe))
    app.add_handler(CommandHandler("status", subscription.status))
    # admins; the same commands from anyone else are refused once, below them
    app.add_handler(post_conversation(admins))
    app.add_handler(CallbackQueryHandler(preview.stale_draft, pattern=r"^[pek]:"))  # a preview no longer open
    app.add_handler(CommandHandler("stats", office.stats, filters=admins))
    app.add_handler(CommandHandler("stats", teach.review, filters=admins), group=1)  # after the figures
    app.add_handler(CommandHandler("export", office.export, filters=admins))
    app.add_handler(CommandHandler("broadcasts", office.list_broadcasts, filters=admins))
    app.add_handler(CommandHandler("retry", office.retry, filters=admins))
    app.add_handler(CommandHandler(list(ADMIN_ONLY), office.admin_only))
    app.add_handler(CommandHandler("cancel", people.nothing_to_cancel))
    # in a group, «/foo» may be another bot's command
    app.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, people.unknown_command))
    # questions
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, people.ask))
    app.add_handler(InlineQueryHandler(inline.inline_query))
    # buttons, one handler per prefix; anything else is answered as stale
    app.add_handler(CallbackQueryHandler(people.example, pattern=r"^q:"))
    app.add_handler(CallbackQueryHandler(people.suggestion, pattern=r"^f:"))
    app.add_handler(CallbackQueryHandler(people.whole_release, pattern=r"^r:"))
    app.add_handler(CallbackQueryHandler(people.chart, pattern=r"^g:"))
    app.add_handler(CallbackQueryHandler(people.ask_transliterated, pattern=r"^sm:ask$"))
    app.add_handler(CallbackQueryHandler(feedback.chip, pattern=r"^u:"))
    app.add_handler(CallbackQueryHandler(feedback.vote, pattern=r"^v:"))
    app.add_handler(CallbackQueryHandler(subscription.choose, pattern=r"^s:"))
    app.add_handler(CallbackQueryHandler(card.ask_about, pattern=r"^c:"))
    app.add_handler(CallbackQueryHandler(subscription.unsubscribe_button, pattern=r"^x:unsubscribe$"))
    app.add_handler(CallbackQueryHandler(teach.teach_fact, pattern=r"^t:"))
    app.add_handler(CallbackQueryHandler(teach.undo, pattern=r"^tu:"))
    app.add_handler(CallbackQueryHandler(people.unknown_button))
    # everything else
    app.add_handler(ChatMemberHandler(people.chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL, people.not_text))
    app.add_error_handler(on_error)
    return app


def run_bot(settings: Settings, db_path: str) -> int:
    """Long polling, or a webhook server when WEBHOOK_URL is set; start-up failures become a message and exit 1."""
    app = build(settings, db_path)
    try:
        if settings.webhook_url:
            app.run_webhook(listen=settings.webhook_listen, port=settings.port,
                            url_path=urlparse(settings.webhook_url).path.strip("/"),
                            webhook_url=settings.webhook_url, secret_token=settings.webhook_secret or None,
                            allowed_updates=Update.ALL_TYPES)
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES, timeout=settings.poll_timeout)
    except InvalidToken:
        print(say("bad_token"), file=sys.stderr)
        return 1
    except DatabaseUnavailable as err:
        print(say(err.key, path=err.path, error=err.reason), file=sys.stderr)
        return 1
    except TelegramError as err:
        print(say("api_unreachable", root=settings.api_root, error=str(err)), file=sys.stderr)
        return 1
    return 0
