"""Broadcast in-process: every active subscriber once, blocked ones inactive, Telegram's pushback obeyed."""
import asyncio
import json
import random

from db import broadcasts, subscribers
from tests.test_handlers import app  # noqa: F401  (fixture)

N = 2000


async def test_broadcast_survives_blocks_429_5xx_and_a_timeout(app):  # noqa: F811
    """10% blocked, a 429 burst, 5xx errors and one timeout: each active chat gets exactly one message, the
    timed-out one is «unconfirmed» with its error saved."""
    db = app.bot_data["db"]
    chats = list(range(10_000, 10_000 + N))
    for chat in chats:
        await subscribers.upsert_subscriber(db, chat, chat, subscribed=True)
    blocked = set(random.Random(7).sample(chats, N // 10))
    original = app.fake.do_request

    async def telegram(url, method, request_data=None, **kw):
        """A blocked chat is refused at once (not through the shared failure queue, which another chat's
        request could take first while a 429 holds the broadcast)."""
        if url.endswith("sendMessage") and int(request_data.json_parameters["chat_id"]) in blocked:
            app.fake.calls.append(("sendMessage", {"chat_id": request_data.json_parameters["chat_id"],
                                                   "_status": "refused"}))
            return 403, json.dumps({"ok": False, "error_code": 403,
                                    "description": "Forbidden: bot was blocked by the user"}).encode()
        return await original(url, method, request_data, **kw)

    app.fake.do_request = telegram
    app.fake.fail("sendMessage", (429, "Too Many Requests: retry after 0", {"retry_after": 0}),
                  (429, "Too Many Requests: retry after 0", {"retry_after": 0}), (502, "Bad Gateway", {}),
                  (500, "Internal Server Error", {}), "timeout")
    broadcast_id = await broadcasts.create_broadcast(db, 1, None)
    await asyncio.wait_for(app.bot_data["sender"].until_idle(), 120)

    delivered = [int(p["chat_id"]) for p in app.fake.sent() if int(p["chat_id"]) >= 10_000]
    counts = await broadcasts.counts(db, broadcast_id)
    assert sorted(set(delivered) - blocked) == sorted(set(chats) - blocked)
    assert all(delivered.count(c) == 1 for c in delivered)
    assert counts.get("blocked") == len(blocked) and counts.get("unconfirmed") == 1 and counts.get("pending", 0) == 0
    assert [await subscribers.subscriber_state(db, c) for c in sorted(blocked)] == [(True, False)] * len(blocked)
