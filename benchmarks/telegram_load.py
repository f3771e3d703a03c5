"""Many users at once: the running bot (as the README runs it) driven through the fake Bot API on 127.0.0.1.

Prints questions answered per second and reply latency p50 / p99. Bounded: a fixed number of users and
questions, and a deadline after which it stops by itself.
Usage: .venv/bin/python benchmarks/telegram_load.py [--users 50] [--questions 10]
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

QUESTIONS = ["سال ۱۳۹۹ چند واحد راکد احیا شد؟", "چند فرصت شغلی ایجاد شد؟", "قیمت دلار چنده",
             "علل توقف تولید چیست؟", "سرمایه گذاری واحدهای احیا شده چقدر بود"]
DEADLINE = 300.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=10)
    args = parser.parse_args()
    fake = FakeTelegram().start()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BOT_TOKEN": "123:LOAD", "TELEGRAM_API_ROOT": fake.root, "POLL_TIMEOUT": "1",
               "DATABASE_PATH": f"{tmp}/load.db", "QUESTIONS_PER_MINUTE": "100000", "LOG_LEVEL": "WARNING"}
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while "setMyCommands" not in fake.calls:
                time.sleep(0.05)
            asked: dict[int, list[float]] = {}
            started = time.monotonic()
            for n in range(args.questions):
                for user in range(1, args.users + 1):
                    asked.setdefault(user, []).append(time.monotonic())
                    fake.say(user, QUESTIONS[(user + n) % len(QUESTIONS)])
            total = args.users * args.questions
            while len(fake.sent) < total and time.monotonic() - started < DEADLINE:
                time.sleep(0.05)
            latencies = []
            for user, times in asked.items():
                replies = [m["at"] for m in fake.sent if m["chat"]["id"] == user]
                latencies += [(r - a) * 1000 for a, r in zip(times, replies, strict=False)]
            elapsed = max(m["at"] for m in fake.sent) - started
            latencies.sort()
            print(f"{len(latencies)} of {total} questions answered by {args.users} users in {elapsed:.1f} s: "
                  f"{len(latencies) / elapsed:.0f} questions/s, reply latency p50 "
                  f"{statistics.median(latencies):.0f} ms, p99 {latencies[int(len(latencies) * 0.99) - 1]:.0f} ms")
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=30)
            fake.stop()


if __name__ == "__main__":
    main()
