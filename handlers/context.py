"""The handlers' typed context: each service built in post_init (handlers/app.py) read by name, never by a string.

`bot_data` stays a dict, so the wiring fills it with `update(db=…, engine=…)` and tests may read
`app.bot_data["db"]`; the handlers read `services(context).db` and get the service's type with it.
"""
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Message, Update
from telegram.ext import CallbackContext, ContextTypes

from bot.answer.engine import AnswerEngine
from bot.chart.charts import Charts
from bot.chips import RememberedChips
from bot.flood import FloodGate
from bot.sender import Sender
from bot.settings import Settings
from bot.topics import TopicIndex
from db.connection import Database
from handlers.conversations import ChatConversations
from handlers.sending import AmarBot

log = logging.getLogger(__name__)
Broadcaster = Callable[[int, Message | None], Awaitable[None]]  # (broadcast id, the admin's progress message)


class BotData(dict[str, Any]):
    """`bot_data` with a typed name for each service."""

    @property
    def settings(self) -> Settings:
        return self["settings"]

    @property
    def db(self) -> Database:
        return self["db"]

    @property
    def engine(self) -> AnswerEngine:
        return self["engine"]

    @property
    def charts(self) -> Charts:
        return self["charts"]

    @property
    def topics(self) -> TopicIndex:
        return self["topics"]

    @property
    def chips(self) -> RememberedChips:
        return self["chips"]

    @property
    def conversations(self) -> ChatConversations:
        return self["conversations"]

    @property
    def flood(self) -> FloodGate:
        return self["flood"]

    @property
    def sender(self) -> Sender:
        return self["sender"]

    @property
    def broadcaster(self) -> Broadcaster:
        return self["broadcaster"]


class Context(CallbackContext[AmarBot, dict[Any, Any], dict[Any, Any], BotData]):
    """The handlers' context: PTB's, with the bot (`AmarBot`) and `bot_data` typed."""


CONTEXT_TYPES = ContextTypes(context=Context, bot_data=BotData)


def services(context: Context) -> BotData:
    return context.bot_data


def is_admin(update: Update, context: Context) -> bool:
    """For button presses, which no command filter guards; a refusal is logged for the operator."""
    user = update.effective_user
    allowed = user is not None and user.id in services(context).settings.admin_ids
    if not allowed:
        log.warning("update %s: non-admin %s pressed an admin button", update.update_id, user and user.id)
    return allowed
