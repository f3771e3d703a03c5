"""Chart benchmark (figures printed, never asserted): the first chart (matplotlib and the font loaded),
a new chart, a chart already drawn, and what drawing adds to the process's memory.

Usage: .venv/bin/python benchmarks/charts.py [--warm]   (--warm: Charts.warm() first, as after start-up)
"""
import asyncio
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer.engine import AnswerEngine  # noqa: E402
from bot.chart.charts import Charts  # noqa: E402
from bot.ingest import ingest, open_database  # noqa: E402
from bot.release import decode, parse_release  # noqa: E402

CORPUS = [*sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.txt")),
          *sorted((ROOT / "tests" / "data" / "releases").glob("*.txt"))]
QUESTIONS = ["سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟", "در لرستان چند هکتار زمین واگذار شد؟"]
ROUNDS = 50


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = await open_database(Path(tmp) / "charts.db")
        for path in CORPUS:
            await ingest(db, parse_release(decode(path.read_bytes())))
        engine = AnswerEngine(db)
        ids = []
        for q in QUESTIONS:
            chart_id = await Charts(db, engine).offer(await engine.answer(q, (1404, 10, 20)), (1404, 10, 20))
            ids.append(chart_id)
        before = rss_mb()
        charts = Charts(db, engine)
        if "--warm" in sys.argv:
            t0 = time.perf_counter()
            await charts.warm()
            print(f"warm(), in a worker thread: {(time.perf_counter() - t0) * 1000:.0f} ms")
        t0 = time.perf_counter()
        first = await charts.get(ids[0])
        cold = time.perf_counter() - t0
        after = rss_mb()
        t0 = time.perf_counter()
        for _ in range(ROUNDS):
            await Charts(db, engine).get(ids[1])  # a fresh cache each time: a real drawing
        fresh = (time.perf_counter() - t0) / ROUNDS
        t0 = time.perf_counter()
        for _ in range(1000):
            await charts.get(ids[0])
        cached = (time.perf_counter() - t0) / 1000
        await db.close()
    print(f"first chart{' after warm()' if '--warm' in sys.argv else ' (matplotlib and font loaded)'}:"
          f" {cold * 1000:.0f} ms, {len(first.png) / 1024:.0f} KB PNG")
    print(f"a new chart: {fresh * 1000:.0f} ms | a chart already drawn: {cached * 1e6:.1f} µs")
    print(f"peak RSS before drawing {before:.0f} MB, after the first chart {after:.0f} MB,"
          f" after {ROUNDS + 1} drawings {rss_mb():.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
