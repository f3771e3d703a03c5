"""Where an ask's time goes: the benchmark's questions answered afresh (`AnswerEngine(db, remember=0)`) on a
grown database, timed in CPU (steadier than wall time on a shared machine) and then under cProfile; and the
shared evaluation's questions, each asked once, for what a question never seen by the process costs (its
analysis and respelling included, which the benchmark's five questions in turn have cached after one round).

Usage: .venv/bin/python benchmarks/profile_ask.py [--db PATH] [--releases 10000] [--asks 600] [--top 30]
A database at PATH is grown to `--releases` through the real bulk path (benchmarks/run_all.grow) and kept, so a
second run profiles at once; with no --db a temporary one is built and deleted.
"""
import argparse
import asyncio
import cProfile
import json
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from run_all import QUESTIONS, TODAY, grow  # noqa: E402

from bot.answer.engine import AnswerEngine  # noqa: E402
from bot.ingest import open_database  # noqa: E402
from db import releases as store  # noqa: E402

SHARED_QUESTIONS = sorted((ROOT.parent / "shared" / "eval").glob("*questions*.jsonl"))


async def _stored(db_path: Path) -> int:
    db = await open_database(db_path)
    try:
        return await store.count_releases(db) - 1  # the seed release
    finally:
        await db.close()


async def _asks(db_path: Path, n: int, profile: cProfile.Profile | None) -> list[float]:
    """CPU milliseconds of each of n asks, the questions in turn, after one warm-up round."""
    db = await open_database(db_path)
    engine = AnswerEngine(db, remember=0)
    for question in QUESTIONS:
        await engine.answer(question, TODAY)
    times = []
    if profile:
        profile.enable()
    for i in range(n):
        t0 = time.process_time()
        await engine.answer(QUESTIONS[i % len(QUESTIONS)], TODAY)
        times.append((time.process_time() - t0) * 1000)
    if profile:
        profile.disable()
    await db.close()
    return times


async def _new_questions(db_path: Path) -> list[float]:
    """CPU milliseconds of each shared evaluation question, asked once (after the benchmark's questions)."""
    texts = [json.loads(line)["q"] for path in SHARED_QUESTIONS for line in path.read_text("utf-8").splitlines()]
    db = await open_database(db_path)
    engine = AnswerEngine(db, remember=0)
    for question in QUESTIONS:
        await engine.answer(question, TODAY)
    times = []
    for text in dict.fromkeys(texts):
        t0 = time.process_time()
        await engine.answer(text, TODAY)
        times.append((time.process_time() - t0) * 1000)
    await db.close()
    return times


def _print_cpu(label: str, times: list[float]) -> None:
    cuts = statistics.quantiles(times, n=100)
    print(f"{label} CPU: p50 {statistics.median(times):.2f} ms, p90 {cuts[89]:.2f} ms, p99 {cuts[98]:.2f} ms,"
          f" mean {statistics.fmean(times):.2f} ms over {len(times)} asks")


def _report(db_path: Path, asks: int, top: int) -> None:
    _print_cpu("ask (the benchmark's 5 questions in turn)", asyncio.run(_asks(db_path, asks, None)))
    _print_cpu("a question never asked before (shared evaluation sets)", asyncio.run(_new_questions(db_path)))
    profile = cProfile.Profile()
    asyncio.run(_asks(db_path, asks, profile))
    stats = pstats.Stats(profile)
    print(f"\ntop {top} by own time (tottime), then by cumulative time; {asks} asks")
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--asks", type=int, default=600)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "profile.db"
        have = asyncio.run(_stored(db_path)) if db_path.exists() else 0
        if have < args.releases:
            rate = asyncio.run(grow(db_path, Path(tmp) / "files", have, args.releases))
            print(f"grown {have} -> {args.releases} releases at {rate:.0f}/s")
        _report(db_path, args.asks, args.top)


if __name__ == "__main__":
    main()
