"""Updates processed concurrently across chats, strictly in order within one chat.

A big preview (parsing and extracting a megabyte) or a slow reply to one chat must not hold up everyone else,
but one chat's updates must still be handled in the order they came: a pressed button never overtakes the
preview it belongs to, and the admin conversation sees its messages in sequence.
"""
import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT = 256  # updates in progress at once; those waiting for their chat's turn hold a slot cheaply


class ChatOrderedProcessor(BaseUpdateProcessor):
    """One lock per chat (or per user, for updates without a chat); updates without either run freely."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}  # how many updates hold or await each lock, so idle ones are dropped

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None
