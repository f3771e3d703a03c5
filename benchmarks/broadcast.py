"""Broadcast benchmark against the fake Bot API server on 127.0.0.1 (figures printed, never asserted).

Prints the achieved rate at the configured limit (target: at least 95% of 25/s), the engine's ceiling
with the limit lifted (target: at least 1,000 messages/s) and the wall time for 10,000 subscribers.
Usage: .venv/bin/python benchmarks/broadcast.py [--limited 250] [--subscribers 10000]
"""
import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.settings import Settings  # noqa: E402
from db import broadcasts  # noqa: E402
from handlers.app import build, post_init, post_shutdown  # noqa: E402
from tests.fake_request import FakeRequest  # noqa: E402
from tests.fake_telegram import FakeTelegram  # noqa: E402


async def run(subscribers: int, rate: float, tmp: str, fake: FakeTelegram, in_process: bool = False) -> float:
    settings = Settings(bot_token="123:BENCH", api_root=fake.root, broadcast_rate=rate, retry_base_delay=0)
    app = build(settings, f"{tmp}/b{rate}{in_process}.db", request=FakeRequest() if in_process else None)
    await app.initialize()
    await post_init(app)
    db = app.bot_data["db"]
    await db.conn.executemany("INSERT INTO subscribers(chat_id, user_id, subscribed) VALUES (?, ?, 1)",
                              [(900_000 + i, 900_000 + i) for i in range(subscribers)])
    broadcast_id = await broadcasts.create_broadcast(db, 1, None)
    started = time.perf_counter()
    await app.bot_data["sender"].until_idle()
    elapsed = time.perf_counter() - started
    sent = (await broadcasts.counts(db, broadcast_id)).get("sent", 0)
    await post_shutdown(app)
    await app.shutdown()
    return sent / elapsed if elapsed else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limited", type=int, default=250)
    parser.add_argument("--subscribers", type=int, default=10_000)
    args = parser.parse_args()
    fake = FakeTelegram().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            limited = asyncio.run(run(args.limited, 25, tmp, fake))
            print(f"configured 25/s: achieved {limited:.1f}/s ({100 * limited / 25:.0f}% of the limit)")
            http = asyncio.run(run(args.subscribers // 5, 0, tmp, fake))
            print(f"limit lifted, fake server over loopback HTTP in this process: {http:.0f} messages/s"
                  " (the single-threaded fake server shares the GIL with the bot: a floor, not the ceiling)")
            ceiling = asyncio.run(run(args.subscribers, 0, tmp, fake, in_process=True))
            print(f"limit lifted, engine ceiling (in-process fake request): {ceiling:.0f} messages/s;"
                  f" {args.subscribers} subscribers in {args.subscribers / ceiling:.1f} s"
                  f" (at 25/s: {args.subscribers / 25 / 60:.1f} min)")
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
