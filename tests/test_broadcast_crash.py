"""The bot killed with SIGKILL, or stopped with SIGTERM, mid-broadcast and restarted: nobody gets the release
twice; after SIGKILL nobody is left out but the deliveries that were mid-send (kept as «unconfirmed» for the
admin); SIGTERM stops sending at once and leaves the rest pending; the restarted bot finishes the broadcast and
sends the admin the final report."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from bot.sender import CONCURRENT_SENDS
from tests.conftest import ROOT
from tests.fake_telegram import FakeTelegram
from tests.test_telegram_e2e import ADMIN, RELEASE

SUBSCRIBERS = 300


def start(fake: FakeTelegram, db: str, rate: int = 100) -> subprocess.Popen:
    env = {**os.environ, "BOT_TOKEN": "123:TEST", "TELEGRAM_API_ROOT": fake.root, "ADMIN_IDS": str(ADMIN),
           "DATABASE_PATH": db, "POLL_TIMEOUT": "1", "BROADCAST_RATE": str(rate), "RETRY_BASE_DELAY": "0",
           "LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while fake.calls.count("setMyCommands") < 1 + start.count.get(id(fake), 0):
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    start.count[id(fake)] = start.count.get(id(fake), 0) + 1
    return proc


start.count = {}


def received(fake: FakeTelegram) -> list[int]:
    with fake.lock:
        return [m["chat"]["id"] for m in fake.sent if "📰" in m.get("text", "")]


def database_with_subscribers(tmp_path) -> str:
    db = str(tmp_path / "crash.db")
    subprocess.run([sys.executable, "-m", "bot", "ask", "--db", db, "سلام"], cwd=ROOT, check=True,
                   capture_output=True, env={**os.environ, "LOG_LEVEL": "WARNING"})
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT INTO subscribers(chat_id, user_id, subscribed) VALUES (?, ?, 1)",
                         [(50_000 + i, 50_000 + i) for i in range(SUBSCRIBERS)])
    return db


def publish(fake: FakeTelegram) -> None:
    """The admin posts RELEASE and presses the preview's publish button."""
    fake.say(ADMIN, "/post")
    fake.wait_for(lambda m: "متن خبر" in m.get("text", ""))
    fake.say(ADMIN, RELEASE)
    preview = fake.wait_for(lambda m: "پیش‌نمایش" in m.get("text", ""))
    fake.press(ADMIN, preview["reply_markup"]["inline_keyboard"][0][0]["callback_data"], preview)


def restart_until_reported(fake: FakeTelegram, db: str) -> int:
    """Start the bot again, let it finish the broadcast (at most a minute), stop it with SIGTERM; its exit code."""
    proc = start(fake, db)
    deadline = time.monotonic() + 60
    while not final_reports(fake) and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=20)


def final_reports(fake: FakeTelegram) -> list[str]:
    with fake.lock:
        return [m["text"] for m in fake.sent if m["chat"]["id"] == ADMIN and "پایان یافت" in m.get("text", "")]


def states_and_finish(db: str) -> tuple[dict[int, str], list]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT chat_id, status FROM deliveries")), [
            r[0] for r in conn.execute("SELECT finished_at FROM broadcasts")]


def test_sigterm_stops_sending_promptly_and_the_restart_finishes(tmp_path):
    """SIGTERM mid-broadcast: the bot exits within seconds, sends at most the messages already in flight,
    leaves the rest pending (none «sending»); the restarted bot sends those, each chat once, and reports."""
    db, fake = database_with_subscribers(tmp_path), FakeTelegram().start()
    try:
        proc = start(fake, db, rate=20)
        publish(fake)
        deadline = time.monotonic() + 30
        while len(received(fake)) < 20 and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGTERM)
        signalled, at_signal = time.monotonic(), len(received(fake))
        proc.wait(timeout=20)
        stopped_in, after_exit = time.monotonic() - signalled, len(received(fake))
        states, _ = states_and_finish(db)
        restarted = restart_until_reported(fake, db)
    finally:
        fake.stop()
    assert stopped_in < 8 and after_exit - at_signal <= 5 and restarted == 0
    assert "sending" not in states.values() and list(states.values()).count("pending") >= SUBSCRIBERS - after_exit
    assert sorted(received(fake)) == [50_000 + i for i in range(SUBSCRIBERS)]
    assert states_and_finish(db)[1] != [None] and "۳۰۰ فرستاده" in final_reports(fake)[-1]


def test_sigkill_mid_broadcast_then_restart(tmp_path):
    """Deliveries resume after a crash; per-chat counts on the server and the database agree; the restarted
    bot finishes the broadcast (finished_at) and sends the admin the final report."""
    db, fake = database_with_subscribers(tmp_path), FakeTelegram().start()
    try:
        proc = start(fake, db)
        publish(fake)
        deadline = time.monotonic() + 30
        while len(received(fake)) < SUBSCRIBERS // 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        before = len(received(fake))
        assert 0 < before < SUBSCRIBERS
        restart_until_reported(fake, db)
    finally:
        fake.stop()
    chats = received(fake)
    states, finished = states_and_finish(db)
    assert finished != [None] and final_reports(fake)
    assert all(chats.count(c) == 1 for c in chats)
    missing = {50_000 + i for i in range(SUBSCRIBERS)} - set(chats)
    unconfirmed = {c for c, s in states.items() if s == "unconfirmed"}
    assert missing <= unconfirmed and len(unconfirmed) <= CONCURRENT_SENDS  # only sends in flight at the kill
    assert {c for c, s in states.items() if s == "sent"} <= set(chats)
