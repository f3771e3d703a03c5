"""Broadcasts through the fake Bot API server over loopback HTTP, counted from the server's own log.

Each chat gets each release exactly once with publishes, /retry and restarts interleaved and with a second
process on the same database; a late answer is kept «unconfirmed»; a long release arrives whole; a write lock
held by another connection only delays sending. The 2,000-subscriber run is marked `slow` (make test-slow).
"""
import asyncio
import random
import re
import sqlite3
import time
from collections import Counter

import pytest
from telegram import Update
from telegram.request import HTTPXRequest

from bot.ingest import ingest
from bot.release import parse_release
from bot.settings import Settings
from db import broadcasts, releases, subscribers
from handlers.app import build, post_init, post_shutdown, post_stop
from tests.fake_telegram import FakeTelegram
from tests.test_handlers import ADMIN, message
from tests.test_long_texts import LONG_BODY
from tests.test_paging import letters


async def start_bot(fake: FakeTelegram, db_path: str, read_timeout: float = 5.0, **overrides):
    """A bot as `make run` starts it (sender loop included), talking HTTP to `fake`."""
    settings = Settings(**{"bot_token": "123:HTTP", "api_root": fake.root, "admin_ids": frozenset({ADMIN}),
                           "broadcast_rate": 0, "retry_base_delay": 0, "per_chat_interval": 0, **overrides})
    app = build(settings, db_path, request=HTTPXRequest(connection_pool_size=64, read_timeout=read_timeout))
    await app.initialize()
    await post_init(app)
    await app.start()
    return app


async def stop_bot(app) -> None:
    """The order of run_polling's exit: stop, post_stop (the sender stops), shutdown, post_shutdown."""
    await app.stop()
    await post_stop(app)
    await app.shutdown()
    await post_shutdown(app)


async def subscribe(app, chats) -> None:
    await app.bot_data["db"].conn.executemany("INSERT INTO subscribers(chat_id, user_id, subscribed) VALUES (?, ?, 1)",
                                              [(c, c) for c in chats])


async def publish(app, release_id: int) -> int:
    broadcast_id = await broadcasts.create_broadcast(app.bot_data["db"], release_id, ADMIN)
    await app.bot_data["broadcaster"](broadcast_id, None)
    return broadcast_id


async def command(app, text: str) -> None:
    await app.process_update(Update.de_json(message(text, user=ADMIN).to_dict(), app.bot))


async def settled(app, timeout: float = 120) -> None:
    await asyncio.wait_for(app.bot_data["sender"].until_idle(), timeout)


async def until(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


def received(fake: FakeTelegram, title: str) -> list[int]:
    """Chats that got the first part of the release titled `title`, once per message the server accepted."""
    with fake.lock:
        return [m["chat"]["id"] for m in fake.sent if m["method"] == "sendMessage" and f"📰 {title}" in m["text"]]


def texts_to(fake: FakeTelegram, chat: int) -> list[str]:
    with fake.lock:
        return [m["text"] for m in fake.sent if m["chat"]["id"] == chat and m["method"] == "sendMessage"]


async def title_of(app, release_id: int) -> str:
    return (await releases.release_text(app.bot_data["db"], release_id))[0].title


async def test_publishes_retry_and_restart_interleaved_send_each_release_once(tmp_path):
    """Publish A; publish B while A is sending; /retry A mid-way; restart mid-way and /retry again: every chat
    gets A once and B once (the server's log), the ten that failed first included."""
    fake, db_path, chats = FakeTelegram().start(), str(tmp_path / "mix.db"), list(range(80_000, 80_150))
    for chat in chats[:10]:
        fake.errors[chat] = [(502, {"description": "Bad Gateway"})]
    try:
        app = await start_bot(fake, db_path, broadcast_rate=60, retry_limit=1)
        await subscribe(app, chats)
        second = await ingest(app.bot_data["db"], parse_release("خبر دوم: ۱۲ واحد احیا شد.", date="1404-11-05",
                                                                title="خبر دوم"))
        first_title = await title_of(app, 1)
        a = await publish(app, 1)
        await until(lambda: len(received(fake, first_title)) >= 40)
        await publish(app, second.release_id)
        await command(app, f"/retry {a}")
        await until(lambda: len(received(fake, "خبر دوم")) >= 30)
        await stop_bot(app)
        app = await start_bot(fake, db_path, broadcast_rate=60, retry_limit=1)
        await command(app, f"/retry {a}")
        await settled(app)
        counts = await broadcasts.counts(app.bot_data["db"], a)
        await stop_bot(app)
    finally:
        fake.stop()
    assert Counter(received(fake, first_title)) == Counter(chats)
    assert Counter(received(fake, "خبر دوم")) == Counter(chats)
    assert counts == {"sent": len(chats)}


async def test_second_process_on_the_same_database_sends_nothing_until_the_first_stops(tmp_path):
    """Two bots on one database, each with its own server: only the lease holder sends; when it stops the
    other takes over; together each chat got the release exactly once."""
    first_fake, second_fake = FakeTelegram().start(), FakeTelegram().start()
    db_path, chats = str(tmp_path / "two.db"), list(range(81_000, 81_120))
    try:
        first = await start_bot(first_fake, db_path, broadcast_rate=40)
        second = await start_bot(second_fake, db_path, broadcast_rate=40)
        await subscribe(first, chats)
        title = await title_of(first, 1)
        await publish(first, 1)
        second.bot_data["sender"].wake()
        await until(lambda: len(received(first_fake, title)) >= 40)
        assert received(second_fake, title) == []
        await stop_bot(first)
        second.bot_data["sender"].wake()
        await settled(second)
        await stop_bot(second)
    finally:
        first_fake.stop()
        second_fake.stop()
    assert received(second_fake, title)
    assert Counter(received(first_fake, title) + received(second_fake, title)) == Counter(chats)


async def test_answer_past_the_timeout_is_unconfirmed_shown_and_resent_only_on_retry(tmp_path):
    """A send answered after the client's timeout is «unconfirmed» with its error, counted in the admin's
    report, never resent by itself; /retry N sends it again."""
    fake, chats = FakeTelegram().start(), list(range(82_000, 82_020))
    fake.late[chats[5]] = [3.0]
    try:
        app = await start_bot(fake, str(tmp_path / "late.db"), read_timeout=1.0)
        await subscribe(app, chats)
        title = await title_of(app, 1)
        broadcast_id = await publish(app, 1)
        await settled(app)
        db = app.bot_data["db"]
        counts = await broadcasts.counts(db, broadcast_id)
        async with db.conn.execute("SELECT chat_id, error FROM deliveries WHERE status = 'unconfirmed'") as cur:
            unconfirmed = [tuple(r) async for r in cur]
        await command(app, "/broadcasts")
        await command(app, f"/retry {broadcast_id}")
        await settled(app)
        after = await broadcasts.counts(db, broadcast_id)
        await stop_bot(app)
    finally:
        fake.stop()
    assert counts == {"sent": 19, "unconfirmed": 1}
    assert unconfirmed[0][0] == chats[5] and "timed out" in unconfirmed[0][1]
    reports = [t for t in texts_to(fake, ADMIN) if "۱ نامعلوم" in t]
    assert any("پایان یافت" in t for t in reports) and any(t.startswith("#") for t in reports)
    assert Counter(received(fake, title)) == Counter([*chats, chats[5]]) and after == {"sent": 20}


async def test_long_release_full_of_markup_arrives_whole_to_every_subscriber(tmp_path):
    """A 5,000-character release full of &<> reaches each subscriber in parts, in order, every word, once."""
    fake, chats = FakeTelegram().start(), list(range(83_000, 83_040))
    try:
        app = await start_bot(fake, str(tmp_path / "long.db"))
        await subscribe(app, chats)
        stored = await ingest(app.bot_data["db"], parse_release(LONG_BODY, date="1404-11-05", title="R&D <ویژه>"))
        broadcast_id = await publish(app, stored.release_id)
        await settled(app)
        counts = await broadcasts.counts(app.bot_data["db"], broadcast_id)
        await stop_bot(app)
    finally:
        fake.stop()
    head, body = "📰R&D<ویژه>۵بهمن۱۴۰۴", re.sub(r"\s", "", LONG_BODY)  # the card's figures stand between them
    read = [letters(texts_to(fake, chat)) for chat in chats]
    assert all(r.startswith(head) and r.endswith(body) and r.count(body) == 1 for r in read)
    assert len(texts_to(fake, chats[0])) >= 2 and counts == {"sent": len(chats)}


async def test_write_lock_held_by_another_connection_only_delays_the_broadcast(tmp_path):
    """Another connection holds the write lock past busy_timeout mid-broadcast: sending resumes, each once."""
    fake, db_path, chats = FakeTelegram().start(), str(tmp_path / "locked.db"), list(range(84_000, 84_100))
    try:
        app = await start_bot(fake, db_path, broadcast_rate=50)
        await app.bot_data["db"].conn.execute("PRAGMA busy_timeout=100")
        await subscribe(app, chats)
        title = await title_of(app, 1)
        broadcast_id = await publish(app, 1)
        await until(lambda: len(received(fake, title)) >= 20)
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        await asyncio.sleep(1.5)
        other.execute("COMMIT")
        other.close()
        await settled(app)
        counts = await broadcasts.counts(app.bot_data["db"], broadcast_id)
        await stop_bot(app)
    finally:
        fake.stop()
    assert Counter(received(fake, title)) == Counter(chats) and counts == {"sent": len(chats)}


@pytest.mark.parametrize("subscribers_count", [200, pytest.param(2000, marks=pytest.mark.slow)])
async def test_many_subscribers_over_http(tmp_path, subscribers_count):
    """10% blocked, 429 and 5xx bursts: the server's per-chat counts and the database agree; blocked chats end
    inactive."""
    fake = FakeTelegram().start()
    chats = list(range(70_000, 70_000 + subscribers_count))
    blocked = set(random.Random(3).sample(chats, subscribers_count // 10))
    others = [c for c in chats if c not in blocked]
    for chat in blocked:
        fake.errors[chat] = [(403, {"description": "Forbidden: bot was blocked by the user"})]
    for chat in others[:30]:
        fake.errors[chat] = [(429, {"description": "Too Many Requests: retry after 0",
                                    "parameters": {"retry_after": 0}})]
    for chat in others[30:45]:
        fake.errors[chat] = [(502, {"description": "Bad Gateway"})]
    try:
        app = await start_bot(fake, str(tmp_path / "http.db"))
        await subscribe(app, chats)
        title = await title_of(app, 1)
        broadcast_id = await publish(app, 1)
        await settled(app, 300)
        counts = await broadcasts.counts(app.bot_data["db"], broadcast_id)
        states = [await subscribers.subscriber_state(app.bot_data["db"], c) for c in sorted(blocked)]
        await stop_bot(app)
    finally:
        fake.stop()
    assert Counter(received(fake, title)) == Counter(others)
    assert counts == {"sent": len(others), "blocked": len(blocked)}
    assert states == [(True, False)] * len(blocked)
