"""Sending a message without reading Telegram's copy of it back.

PTB builds a `Message` from every message the bot sends (Telegram echoes it whole, keyboard and all): about a
quarter of a millisecond for an answer with its buttons, a sixth of the bot's CPU for a remembered answer,
though an answer's sender never reads it. `AmarBot.send_html` sends the same request and returns only the new
message's id, its keyboard written from plain (label, data) rows (handlers.common.Buttons) rather than PTB's
button objects (another 0.08 ms); `reply_html` is `message.reply_text(…, parse_mode=HTML)` on top of it,
quoting the question in a group and staying in its forum topic as `reply_text` does.
"""
from typing import Any

from telegram import Chat, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.ext import ExtBot

from handlers.common import Buttons


class AmarBot(ExtBot[None]):
    """PTB's bot, plus a send that skips building the sent `Message`."""

    async def send_html(self, chat_id: int, text: str, buttons: Buttons | None = None, **options: Any) -> int:
        """Send `text` (HTML, escaped by the caller) with the inline `buttons` under it to the chat; the new
        message's id. `options` are further parameters of sendMessage (None ones are left out); errors are
        raised as by `send_message`. The keyboard goes as plain JSON: PTB's button objects cost four times
        as much to build and write out."""
        keyboard = {"inline_keyboard": [[{"text": label, "callback_data": data} for label, data in row]
                                        for row in buttons]} if buttons else None
        result = await self._post("sendMessage", {"chat_id": chat_id, "text": text, "parse_mode": ParseMode.HTML,
                                                  "reply_markup": keyboard, **options})
        return int(result["message_id"])


async def reply_html(bot: AmarBot, update: Update, text: str, buttons: Buttons | None = None) -> int:
    """`text` in answer to the update's message, as `message.reply_text(text, parse_mode=HTML)` sends it (no
    defaults are set in this bot): quoting the message outside private chats, in the same forum topic, business
    connection or direct messages topic."""
    message = update.effective_message
    quote = ReplyParameters(message.message_id) if message.chat.type != Chat.PRIVATE else None
    return await bot.send_html(message.chat_id, text, buttons, reply_parameters=quote,
                               message_thread_id=message.message_thread_id if message.is_topic_message else None,
                               direct_messages_topic_id=(message.direct_messages_topic.topic_id
                                                         if message.direct_messages_topic else None),
                               business_connection_id=message.business_connection_id)
