"""The bot killed with SIGKILL mid-broadcast and restarted: nobody gets the release twice, nobody is left out
but the one delivery that was mid-send (kept as «unconfirmed» for the admin)."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import ROOT
from tests.fake_telegram import FakeTelegram
from tests.test_telegram_e2e import ADMIN, RELEASE

SUBSCRIBERS = 300


def start(fake: FakeTelegram, db: str) -> subprocess.Popen:
    env = {**os.environ, "BOT_TOKEN": "123:TEST", "TELEGRAM_API_ROOT": fake.root, "ADMIN_IDS": str(ADMIN),
           "DATABASE_PATH": db, "POLL_TIMEOUT": "1", "BROADCAST_RATE": "100", "RETRY_BASE_DELAY": "0",
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


def test_sigkill_mid_broadcast_then_restart(tmp_path):
    """Deliveries resume after a crash; per-chat counts on the server and the database agree."""
    db = str(tmp_path / "crash.db")
    subprocess.run([sys.executable, "-m", "bot", "ask", "--db", db, "سلام"], cwd=ROOT, check=True,
                   capture_output=True, env={**os.environ, "LOG_LEVEL": "WARNING"})
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT INTO subscribers(chat_id, user_id, subscribed) VALUES (?, ?, 1)",
                         [(50_000 + i, 50_000 + i) for i in range(SUBSCRIBERS)])
    fake = FakeTelegram().start()
    try:
        proc = start(fake, db)
        fake.say(ADMIN, "/post")
        fake.wait_for(lambda m: "متن خبر" in m.get("text", ""))
        fake.say(ADMIN, RELEASE)
        preview = fake.wait_for(lambda m: "پیش‌نمایش" in m.get("text", ""))
        fake.press(ADMIN, preview["reply_markup"]["inline_keyboard"][0][0]["callback_data"], preview)
        deadline = time.monotonic() + 30
        while len(received(fake)) < SUBSCRIBERS // 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        before = len(received(fake))
        assert 0 < before < SUBSCRIBERS
        proc = start(fake, db)
        deadline = time.monotonic() + 60
        while len(received(fake)) < SUBSCRIBERS - 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    finally:
        fake.stop()
    chats = received(fake)
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT chat_id, status FROM deliveries"))
    assert all(chats.count(c) == 1 for c in chats)
    missing = {50_000 + i for i in range(SUBSCRIBERS)} - set(chats)
    assert len(missing) <= 1 and all(states[c] == "unconfirmed" for c in missing)
    assert {c for c, s in states.items() if s == "sent"} <= set(chats)
