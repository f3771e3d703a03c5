"""The sender loop in-process: it survives failures, obeys the lease, serves broadcasts in turn, and a refused
reply to the admin does not keep a published release from going out."""
import asyncio
import re
import socket
import sqlite3
import subprocess
import time

import pytest

from bot import sender as sender_module
from bot.broadcast import Pacing, release_parts
from bot.ingest import ingest
from bot.release import parse_release
from bot.sender import Sender
from db import broadcasts, subscribers
from handlers.app import make_reporter, make_sender
from tests.test_handlers import ADMIN, USER, app, message, say  # noqa: F401  (fixture)
from tests.test_long_texts import LONG_BODY, press
from tests.test_paging import letters
from tests.test_telegram_e2e import RELEASE

CHATS = list(range(60_000, 60_005))


async def subscribe_all(db, chats=CHATS) -> None:
    for chat in chats:
        await subscribers.upsert_subscriber(db, chat, chat, subscribed=True)


def releases_to(app, chat: int) -> int:  # noqa: F811
    return sum(1 for p in app.fake.sent() if int(p["chat_id"]) == chat and "📰" in p["text"])


async def settled(app) -> None:  # noqa: F811
    await asyncio.wait_for(app.bot_data["sender"].until_idle(), 30)


async def test_publish_whose_reply_gets_429_still_broadcasts_and_reports(app):  # noqa: F811
    """A 429 on «خبر ثبت شد» does not stop the broadcast; the admin gets the final report as a new message."""
    await subscribe_all(app.bot_data["db"], [USER])
    await say(app, message("/post", user=ADMIN))
    preview = (await say(app, message(RELEASE, user=ADMIN)))[-1]
    publish = preview["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    app.fake.fail("sendMessage", (429, "Too Many Requests: retry after 5", {"retry_after": 5}))
    await say(app, press(publish, user=ADMIN))
    await settled(app)
    assert releases_to(app, USER) == 1
    assert any(int(p["chat_id"]) == ADMIN and "پایان یافت" in p["text"] for p in app.fake.sent())


def failing_once(monkeypatch, name: str) -> None:
    """db.broadcasts.`name` raises a database error the first time it is called."""
    real, failures = getattr(broadcasts, name), [sqlite3.OperationalError("disk I/O error")]

    async def fails_once(*args, **kwargs):
        if failures:
            raise failures.pop()
        return await real(*args, **kwargs)

    monkeypatch.setattr(broadcasts, name, fails_once)


@pytest.mark.parametrize(("broken", "counts", "logged"), [
    ("claim_next", {"sent": len(CHATS)}, "sender loop failed; restarting"),
    ("mark", {"sent": len(CHATS) - 1, "unconfirmed": 1}, "broke off"),
], ids=["a failed claim restarts the loop", "a sent message whose outcome could not be saved is unconfirmed"])
async def test_database_error_inside_the_loop_does_not_stop_the_broadcast(app, monkeypatch, caplog, broken, counts,  # noqa: F811
                                                                          logged):
    """A database error in a claim kills one pass: the supervisor logs it and restarts. One while saving an
    outcome breaks off that delivery only: it ends «unconfirmed» (it was sent). Nobody gets the release twice."""
    failing_once(monkeypatch, broken)
    monkeypatch.setattr(sender_module, "RESTART_AFTER", (0.01, 0.1))
    db = app.bot_data["db"]
    await subscribe_all(db)
    broadcast_id = await broadcasts.create_broadcast(db, 1, ADMIN)
    await settled(app)
    assert await broadcasts.counts(db, broadcast_id) == counts
    assert [releases_to(app, chat) for chat in CHATS] == [1] * len(CHATS)
    assert logged in caplog.text


def dead_pid() -> int:
    finished = subprocess.Popen(["true"])
    finished.wait()
    return finished.pid


@pytest.mark.parametrize(("holder", "lapses_in", "waits"), [
    ("another-host:1:abcd", 1.5, True),
    (f"{socket.gethostname()}:{dead_pid()}:abcd", 60.0, False),
], ids=["live holder elsewhere: wait for the lease to expire", "dead process on this host: take over at once"])
async def test_lease_held_by_another_sender(app, holder, lapses_in, waits):  # noqa: F811
    """While another sender holds an unexpired lease nothing is sent; it is taken when it lapses, or at once
    when its holder is a process on this host that no longer exists."""
    db = app.bot_data["db"]
    await subscribe_all(db)
    await db.write("INSERT OR REPLACE INTO sender_lease(id, owner, expires_at) VALUES (1, ?, ?)",
                   (holder, time.time() + lapses_in))
    await broadcasts.create_broadcast(db, 1, ADMIN)
    app.bot_data["sender"].wake()
    await asyncio.sleep(0.5)
    assert (sum(map(releases_to, [app] * len(CHATS), CHATS)) == 0) == waits
    await settled(app)
    assert [releases_to(app, chat) for chat in CHATS] == [1] * len(CHATS)


async def test_claims_take_broadcasts_in_turn_and_need_the_lease(seed_db):
    """Two broadcasts are claimed alternately; a sender without the lease claims nothing."""
    await subscribe_all(seed_db, CHATS[:3])
    a = await broadcasts.create_broadcast(seed_db, 1, None)
    b = await broadcasts.create_broadcast(seed_db, 1, None)
    now = time.time()
    assert not await broadcasts.claim_next(seed_db, "me", now)
    assert await broadcasts.take_lease(seed_db, "me", now, now + 30)
    assert not await broadcasts.take_lease(seed_db, "other", now, now + 30)
    claimed, last = [], 0
    while delivery := await broadcasts.claim_next(seed_db, "me", now, last):
        claimed.append(delivery.broadcast_id)
        last = delivery.broadcast_id
    assert claimed == [a, b] * 3


async def test_stop_between_parts_leaves_the_rest_pending_and_a_restart_resumes_after_them(app):  # noqa: F811
    """Stopping while a long release is half sent puts the delivery back to pending after its confirmed parts;
    the next sender sends only the parts not yet sent, so the subscriber reads the release once, whole."""
    db, chat = app.bot_data["db"], CHATS[0]
    await subscribe_all(db, [chat])
    stored = await ingest(db, parse_release(LONG_BODY, date="1404-11-05", title="R&D <ویژه>"))
    broadcast_id = await broadcasts.create_broadcast(db, stored.release_id, ADMIN)
    app.bot_data["sender"].wake()
    deadline = time.monotonic() + 10
    while releases_to(app, chat) == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    await app.bot_data["sender"].stop()
    async with db.conn.execute("SELECT status, parts_sent FROM deliveries") as cur:
        stopped = tuple(await cur.fetchone())
    resumed = Sender(db, make_sender(app), make_reporter(app), Pacing(0, per_chat=0))
    resumed.start()
    await asyncio.wait_for(resumed.until_idle(), 30)
    await resumed.stop()
    parts = [p["text"] for p in app.fake.sent() if int(p["chat_id"]) == chat]
    assert stopped == ("pending", 1) and len(parts) == len(await release_parts(db, stored.release_id))
    read = letters(parts)  # the card: title, date, key figures, then the whole body, once
    assert read.startswith("📰R&D<ویژه>۵بهمن۱۴۰۴") and read.endswith(re.sub(r"\s", "", LONG_BODY))
    assert read.count(re.sub(r"\s", "", LONG_BODY)) == 1
    assert await broadcasts.counts(db, broadcast_id) == {"sent": 1}


async def test_final_report_refused_with_429_is_sent_after_the_wait(app):  # noqa: F811
    """The admin's final report, refused once with a 429, is sent again after the wait Telegram asked for."""
    app.fake.fail("sendMessage", (429, "Too Many Requests: retry after 1", {"retry_after": 1}))
    await broadcasts.create_broadcast(app.bot_data["db"], 1, ADMIN)
    await settled(app)
    assert [p["text"] for p in app.fake.sent() if int(p["chat_id"]) == ADMIN and "پایان یافت" in p["text"]]
