"""Updates of different chats are handled at the same time; one chat's updates stay in order."""
import asyncio
import time

from telegram import Update

from bot.settings import Settings
from handlers.app import build, post_init
from handlers.ordering import ChatOrderedProcessor
from tests.fake_request import FakeRequest

SLOW, QUICK = 1001, 2002


def update(chat: int, text: str, update_id: int = 1, bot=None) -> Update:
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "text": text, "chat": {"id": chat, "type": "private"},
        "from": {"id": chat, "is_bot": False, "first_name": "کاربر"}}}, bot)


async def test_one_chat_in_order_other_chats_meanwhile():
    """While a chat's first update is busy its second waits, and another chat's update is done meanwhile."""
    processor, busy, done = ChatOrderedProcessor(), asyncio.Event(), []

    async def handle(name: str, wait: bool = False) -> None:
        if wait:
            await busy.wait()
        done.append(name)

    tasks = [asyncio.create_task(processor.process_update(update(SLOW, "1"), handle("slow 1", wait=True))),
             asyncio.create_task(processor.process_update(update(SLOW, "2"), handle("slow 2"))),
             asyncio.create_task(processor.process_update(update(QUICK, "1"), handle("quick")))]
    await asyncio.wait_for(asyncio.shield(tasks[2]), 5)
    assert done == ["quick"]
    busy.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert done == ["quick", "slow 1", "slow 2"] and not processor._locks


class GatedRequest(FakeRequest):
    """Holds every message to one chat until the test opens the gate: a slow chat."""

    def __init__(self, slow_chat: int) -> None:
        super().__init__()
        self.slow_chat, self.gate = slow_chat, asyncio.Event()

    async def do_request(self, url, method, request_data=None, **timeouts):
        if url.endswith("/sendMessage") and request_data and request_data.json_parameters.get("chat_id") == str(
                self.slow_chat):
            await self.gate.wait()
        return await super().do_request(url, method, request_data, **timeouts)


async def test_a_slow_chat_does_not_hold_up_the_others(tmp_path):
    """The running application answers a second user while the first user's reply is stuck in flight."""
    request = GatedRequest(SLOW)
    app = build(Settings(bot_token="123:TEST"), str(tmp_path / "o.db"), request=request)
    await app.initialize()
    await post_init(app)
    await app.start()
    try:
        await app.update_queue.put(update(SLOW, "سلام", 1, app.bot))
        await app.update_queue.put(update(QUICK, "سلام", 2, app.bot))
        for _ in range(100):  # bounded: five seconds at most
            if request.sent():
                break
            await asyncio.sleep(0.05)
        assert [int(p["chat_id"]) for p in request.sent()] == [QUICK]
        request.gate.set()
        for _ in range(100):
            if len(request.sent()) == 2:
                break
            await asyncio.sleep(0.05)
        assert [int(p["chat_id"]) for p in request.sent()] == [QUICK, SLOW]
    finally:
        request.gate.set()
        await app.stop()
        await app.bot_data["db"].close()
        await app.shutdown()
