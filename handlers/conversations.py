"""Each chat's conversation kept in memory between its questions, and written to the database in batches.

Reading a chat's context back from the database and rebuilding it from its JSON cost about a quarter of a
millisecond a question, and writing it back, one transaction a question, as much again: together a third of the
bot's CPU for a remembered answer. Only this process answers its chats (Telegram hands each update to one poller
or webhook) and each chat's updates run one at a time (handlers/ordering.py), so the copy kept here is the one
that counts: `recall` takes it out while a question uses it, so an update that fails before `keep` leaves the
state last kept. `keep` notes the state as text at once, and every FLUSH_EVERY seconds the states noted are
written in one transaction; `close` (on SIGTERM, before the database closes) writes what is left, so a restart
finds every chat's context. A chat not heard from lately, or pushed out of memory by others, is read back from
what waits to be written, else from the database.
"""
import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable

from bot.answer import followup
from bot.answer.followup import REMEMBER_FOR, Conversation
from db.connection import Database
from db.conversations import save_conversations

log = logging.getLogger(__name__)
MAX_CHATS = 5000  # chats whose context is kept in memory; the least recently asking are read back when needed
FLUSH_EVERY = 0.25  # seconds a kept context may wait before it is written (lost only if the process is killed)


class ChatConversations:
    def __init__(self, db: Database, size: int = MAX_CHATS, clock: Callable[[], float] = time.time) -> None:
        self.db, self.size, self.clock = db, size, clock
        self._kept: OrderedDict[int, tuple[float, Conversation]] = OrderedDict()
        self._unwritten: dict[int, tuple[float, str]] = {}  # chat -> (saved at, state) not yet committed
        self._writing: dict[int, tuple[float, str]] = {}  # the batch being committed now
        self._flusher: asyncio.Task[None] | None = None

    async def recall(self, chat_id: int) -> Conversation:
        """The chat's conversation (a new one when it has none from the last REMEMBER_FOR seconds)."""
        now = self.clock()
        kept = self._kept.pop(chat_id, None)
        if kept is not None and kept[0] >= now - REMEMBER_FOR:
            return kept[1]
        waiting = self._unwritten.get(chat_id) or self._writing.get(chat_id)
        if waiting is not None:
            return Conversation.from_state(waiting[1]) if waiting[0] >= now - REMEMBER_FOR else Conversation()
        return await followup.recall(self.db, chat_id, now)

    async def keep(self, chat_id: int, conversation: Conversation) -> None:
        """The chat's conversation from now on; its time limit starts again. Written within FLUSH_EVERY."""
        now = self.clock()
        self._unwritten[chat_id] = (now, conversation.to_state())
        self._kept[chat_id] = (now, conversation)
        self._kept.move_to_end(chat_id)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_while_kept())

    async def close(self) -> None:
        """Write every context kept so far; the flusher stops."""
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        await self.flush()

    async def flush(self) -> None:
        """Write the contexts kept since the last flush, in one transaction; kept to be tried again on failure."""
        if not self._unwritten:
            return
        self._writing, self._unwritten = self._unwritten, {}
        try:
            await save_conversations(self.db, [(chat, state, at) for chat, (at, state) in self._writing.items()])
        except BaseException:
            self._unwritten = {**self._writing, **self._unwritten}  # a newer state of a chat wins
            raise
        finally:
            self._writing = {}

    async def _flush_while_kept(self) -> None:
        while self._unwritten:
            await asyncio.sleep(FLUSH_EVERY)
            try:
                await self.flush()
            except Exception:
                log.exception("chat contexts not written; tried again in %s s", FLUSH_EVERY)
