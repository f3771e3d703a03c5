"""Each chat's conversation kept in memory between its questions, and written through to the database.

Reading a chat's context back from the database and rebuilding it from its JSON cost about a quarter of a
millisecond a question, a fifth of the bot's CPU for a remembered answer. Only this process answers its chats
(Telegram hands each update to one poller or webhook) and each chat's updates run one at a time
(handlers/ordering.py), so the copy kept here is the one the database holds: `keep` stores it there
(`bot.answer.followup.keep`) and then here; `recall` takes it out while a question uses it, so an update that
fails before keeping leaves the database's unchanged state to be read next time. After a restart, or for a chat
not heard from lately, the database is read as before.
"""
import time
from collections import OrderedDict
from collections.abc import Callable

from bot.answer import followup
from bot.answer.followup import REMEMBER_FOR, Conversation
from db.connection import Database

MAX_CHATS = 5000  # chats whose context is kept in memory; the least recently asking are read back when needed


class ChatConversations:
    def __init__(self, db: Database, size: int = MAX_CHATS, clock: Callable[[], float] = time.time) -> None:
        self.db, self.size, self.clock = db, size, clock
        self._kept: OrderedDict[int, tuple[float, Conversation]] = OrderedDict()

    async def recall(self, chat_id: int) -> Conversation:
        """The chat's conversation (a new one when it has none from the last REMEMBER_FOR seconds)."""
        now = self.clock()
        kept = self._kept.pop(chat_id, None)
        if kept is not None and kept[0] >= now - REMEMBER_FOR:
            return kept[1]
        return await followup.recall(self.db, chat_id, now)

    async def keep(self, chat_id: int, conversation: Conversation) -> None:
        """Store the chat's conversation in the database, then here; its time limit starts again."""
        now = self.clock()
        await followup.keep(self.db, chat_id, conversation, now)
        self._kept[chat_id] = (now, conversation)
        self._kept.move_to_end(chat_id)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)
