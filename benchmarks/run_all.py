"""Benchmarks (figures printed, never asserted): ingestion throughput, cold start, ask latency by corpus size,
the chart offer (the measure's series looked up under each answer) and the /topics build.

Usage: .venv/bin/python benchmarks/run_all.py [--sizes 100,1000,10000]
Generated releases are the dev corpus with their numbers and dates shifted, so every one is new.
"""
import argparse
import asyncio
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer.engine import AnswerEngine  # noqa: E402
from bot.chart.charts import Charts  # noqa: E402
from bot.extract.facts import extract  # noqa: E402
from bot.ingest import open_database  # noqa: E402
from bot.release import parse_release  # noqa: E402
from bot.topics import TopicIndex  # noqa: E402
from db import releases as store  # noqa: E402

CORPUS = sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.txt"))
QUESTIONS = ["سال ۱۳۹۹ چند واحد راکد احیا شد؟", "سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟",
             "چند جواز تاسیس در استان مرکزی صادر شد؟", "قیمت دلار چنده", "چند واحد صنعتی در شهرکها راکد است"]


def variant(text: str, i: int) -> str:
    """The same release with its small numbers shifted by i: a new text with new figures."""
    _, front, body = text.split("---", 2)
    body = re.sub(r"\d+", lambda m: str(int(m.group()) + i) if len(m.group()) < 4 else m.group(), body)
    return f"---{front}---{body}\n(شماره {i})"


async def build(path: Path, n: int) -> float:
    db = await open_database(path)
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    started = time.perf_counter()
    for i in range(n):
        release = parse_release(variant(texts[i % len(texts)], i))
        await store.insert_release(db, release, extract(release.body, release.title, release.ref))
    elapsed = time.perf_counter() - started
    await db.close()
    return n / elapsed


async def latency(path: Path, rounds: int = 200) -> tuple[tuple[float, float], tuple[float, float], float]:
    """(ask p50, p99), (chart offer p50, p99) in ms, and the /topics build in ms."""
    db = await open_database(path)
    engine = AnswerEngine(db)
    charts = Charts(db, engine)
    asked, offered = [], []
    for i in range(rounds):
        q = QUESTIONS[i % len(QUESTIONS)]
        t0 = time.perf_counter()
        answer = await engine.answer(q, (1404, 10, 20))
        t1 = time.perf_counter()
        await charts.offer(answer, (1404, 10, 20))
        asked.append((t1 - t0) * 1000)
        offered.append((time.perf_counter() - t1) * 1000)
    t0 = time.perf_counter()
    await TopicIndex(db).topics()
    topics_ms = (time.perf_counter() - t0) * 1000
    await db.close()
    return _percentiles(asked), _percentiles(offered), topics_ms


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def cold_start() -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "--db", f"{tmp}/c.db", "--today", "1400-04-10",
                        "پارسال چند واحد احیا شد"], cwd=ROOT, capture_output=True, check=True,
                       env={"LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin"})
        wall = time.perf_counter() - t0
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    wall, rss = cold_start()
    print(f"cold start (ask, new database, seed loaded): {wall:.2f} s, peak RSS {rss:.0f} MB")
    random.seed(1)
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            rate = asyncio.run(build(path, n))
            (p50, p99), (c50, c99), topics_ms = asyncio.run(latency(path))
            print(f"{n:6d} releases: ingest {rate:6.1f} releases/s | ask p50 {p50:6.2f} ms, p99 {p99:6.2f} ms"
                  f" | chart offer p50 {c50:5.2f} ms, p99 {c99:5.2f} ms | /topics build {topics_ms:7.1f} ms")


if __name__ == "__main__":
    main()
