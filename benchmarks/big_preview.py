"""A big release previewed while other people ask: how long their answers wait, and how long the preview takes.

The running bot (as the README runs it) against the fake Bot API on 127.0.0.1. An admin posts a ~860 KB
release as a .txt document; meanwhile a user asks a question every half second until the preview's last part
has arrived. Prints the preview time and the user's reply latency (median and worst). Bounded by a deadline.
Usage: .venv/bin/python benchmarks/big_preview.py [--kb 860]
"""
import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fake_telegram import FakeTelegram  # noqa: E402

ADMIN, USER = 1001, 2002
DEADLINE = 300.0
QUESTION = "سال ۱۳۹۹ چند واحد راکد احیا شد؟"


def big_release(kb: int) -> bytes:
    """Dev-corpus bodies repeated up to `kb` kilobytes, under one front matter."""
    bodies = [p.read_text(encoding="utf-8").split("---", 2)[-1] for p in sorted((ROOT.parent / "shared" / "corpus"
                                                                                 / "dev").glob("*.txt"))]
    text, i = "---\ndate: 1404-11-05\ntitle: گزارش بزرگ\n---\n", 0
    while len(text.encode()) < kb * 1000:
        text += bodies[i % len(bodies)] + "\n"
        i += 1
    return text.encode()[: kb * 1000].decode("utf-8", "ignore").encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kb", type=int, default=860)
    args = parser.parse_args()
    fake = FakeTelegram().start()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BOT_TOKEN": "123:BIG", "TELEGRAM_API_ROOT": fake.root, "POLL_TIMEOUT": "1",
               "ADMIN_IDS": str(ADMIN), "DATABASE_PATH": f"{tmp}/big.db", "QUESTIONS_PER_MINUTE": "100000",
               "LOG_LEVEL": "WARNING"}
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while "setMyCommands" not in fake.calls:
                time.sleep(0.05)
            run(fake, big_release(args.kb))
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=30)
            fake.stop()


def run(fake: FakeTelegram, data: bytes) -> None:
    fake.say(ADMIN, "/post")
    fake.wait_for(lambda m: "متن خبر" in m.get("text", ""))
    start, latencies = time.monotonic(), []
    fake.send_document(ADMIN, "big.txt", data)
    while not any(m["chat"]["id"] == ADMIN and m.get("reply_markup") for m in fake.sent):
        if time.monotonic() - start > DEADLINE:
            raise SystemExit("no preview within the deadline")
        asked, seen = time.monotonic(), len(fake.sent)
        fake.say(USER, QUESTION)
        fake.wait_for(lambda m: m["chat"]["id"] == USER, timeout=DEADLINE, since=seen)
        latencies.append(time.monotonic() - asked)
        time.sleep(max(0.0, 0.5 - (time.monotonic() - asked)))
    parts = sum(1 for m in fake.sent if m["chat"]["id"] == ADMIN and "پیش‌نمایش" in m.get("text", ""))
    print(f"release {len(data) / 1000:.0f} KB: preview in {time.monotonic() - start:.1f} s ({parts} part(s) "
          f"headed «پیش‌نمایش»); a user's {len(latencies)} question(s) meanwhile answered in median "
          f"{statistics.median(latencies):.2f} s, worst {max(latencies):.2f} s")


if __name__ == "__main__":
    main()
