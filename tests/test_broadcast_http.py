"""2,000 subscribers through the fake Bot API server over loopback HTTP: 10% blocked, 429 and 5xx bursts.
Each active subscriber receives the release exactly once (counted from the server's log). The timeout
policy is exercised in-process (tests/test_broadcast.py), where a timeout can be injected exactly."""
import asyncio
import random

from bot.app import build, post_init, post_shutdown
from bot.settings import Settings
from db import broadcasts, subscribers
from tests.fake_telegram import FakeTelegram

N = 2000


async def test_two_thousand_subscribers_over_http(tmp_path):
    """The server's per-chat counts and the database agree; blocked chats end inactive."""
    fake = FakeTelegram().start()
    chats = list(range(70_000, 70_000 + N))
    blocked = set(random.Random(3).sample(chats, N // 10))
    others = [c for c in chats if c not in blocked]
    for chat in blocked:
        fake.errors[chat] = [(403, {"description": "Forbidden: bot was blocked by the user"})]
    for chat in others[:30]:
        fake.errors[chat] = [(429, {"description": "Too Many Requests: retry after 0",
                                    "parameters": {"retry_after": 0}})]
    for chat in others[30:45]:
        fake.errors[chat] = [(502, {"description": "Bad Gateway"})]
    settings = Settings(bot_token="123:HTTP", api_root=fake.root, broadcast_rate=0, retry_base_delay=0,
                        per_chat_interval=0)
    app = build(settings, str(tmp_path / "http.db"))
    await app.initialize()
    await post_init(app)
    db = app.bot_data["db"]
    try:
        for chat in chats:
            await subscribers.upsert_subscriber(db, chat, chat, subscribed=True)
        broadcast_id = await broadcasts.create_broadcast(db, 1, None)
        await asyncio.wait_for(app.bot_data["sender"].until_idle(), 300)
        counts = await broadcasts.counts(db, broadcast_id)
        states = [await subscribers.subscriber_state(db, c) for c in sorted(blocked)]
    finally:
        await post_shutdown(app)
        await app.shutdown()
        fake.stop()
    received = [m["chat"]["id"] for m in fake.sent if m["chat"]["id"] >= 70_000]
    assert sorted(received) == sorted(others)  # each active chat exactly once, no blocked chat
    assert counts == {"sent": len(others), "blocked": len(blocked)}
    assert states == [(True, False)] * len(blocked)
