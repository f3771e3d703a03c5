"""What Telegram shows before and around a chat: the bot's descriptions and the command menus.

People see the user commands; each admin, in their own chat, sees the admin commands as well
(`BotCommandScopeChat`). An admin who has never opened the bot has no chat yet: Telegram refuses
that scope, which is logged and skipped, and the menu appears after the next start.
"""
import logging

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.messages import ADMIN_COMMANDS, USER_COMMANDS, say

log = logging.getLogger(__name__)


def commands(admin: bool) -> list[BotCommand]:
    """The menu: the user commands, and the admin commands after them for an admin."""
    pairs = USER_COMMANDS + (ADMIN_COMMANDS if admin else [])
    return [BotCommand(name, description) for name, description in pairs]


async def set_menus(bot: Bot, admin_ids: frozenset[int]) -> None:
    """Descriptions in Persian, the user menu for everyone, the admin menu in each admin's chat."""
    await bot.set_my_description(say("bot_description"))
    await bot.set_my_short_description(say("bot_short_description"))
    await bot.set_my_commands(commands(admin=False))
    for admin_id in sorted(admin_ids):
        try:
            await bot.set_my_commands(commands(admin=True), scope=BotCommandScopeChat(admin_id))
        except TelegramError as err:
            log.warning("admin %s: command menu not set (has the admin started the bot?): %s", admin_id, err)
