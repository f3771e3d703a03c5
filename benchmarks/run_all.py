"""Benchmarks (figures printed next to the targets of issue 15, never asserted): cold start, bulk ingest,
ask latency, the chart offer under each answer, /topics, the first question after a new release and the cost
of storing one release, as one database grows through the sizes asked (the growth table).

Usage: .venv/bin/python benchmarks/run_all.py [--sizes 1000,10000,100000] [--skip-cold] [--db kept.db]
Releases are generated from the dev corpus (benchmarks/corpus.py) and stored by the real bulk path:
extraction in worker processes, batches of releases per transaction. The machine's speed is given as the
time of `python -c "import sqlite3"`, so figures from different machines can be compared as ratios.
"""
import argparse
import asyncio
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

from bot.answer.engine import AnswerEngine  # noqa: E402
from bot.chart.charts import Charts  # noqa: E402
from bot.ingest import ingest, ingest_files, open_database  # noqa: E402
from bot.release import parse_release  # noqa: E402
from bot.topics import TopicIndex  # noqa: E402

TODAY = (1404, 10, 20)
QUESTIONS = ["سال ۱۳۹۹ چند واحد راکد احیا شد؟", "سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟",
             "چند جواز تاسیس در استان مرکزی صادر شد؟", "قیمت دلار چنده", "چند واحد صنعتی در شهرکها راکد است"]
COLD_RUNS = 3
ROUNDS = 200


def child(argv: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak memory (MB) and CPU seconds of one child process (CPU is steadier on a busy machine)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={"LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def cold_start() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ask = [sys.executable, "-m", "bot", "ask", "--db", f"{tmp}/c.db", "--today", "1400-04-10",
               "پارسال چند واحد احیا شد"]
        child(ask)  # seeds the database (and the word tables' cache)
        bases = [child([sys.executable, "-c", "import sqlite3"]) for _ in range(COLD_RUNS)]
        runs = [child(ask) for _ in range(COLD_RUNS)]
    (base, _, base_cpu), (wall, _, cpu) = _medians(bases), _medians(runs)
    print(f"cold ask on a seeded database: {wall:.2f} s = {wall / base:.1f} × `python -c \"import sqlite3\"`"
          f" ({base * 1000:.0f} ms) [target ≤ 1.0 s]; CPU {cpu:.2f} s = {cpu / base_cpu:.1f} ×"
          f" ({base_cpu * 1000:.0f} ms) | peak {max(r[1] for r in runs):.0f} MB [target ≤ 170 MB]")


def _medians(runs: list[tuple[float, float, float]]) -> tuple[float, ...]:
    return tuple(statistics.median(column) for column in zip(*runs, strict=True))


async def grow(db_path: Path, folder: Path, have: int, want: int) -> tuple[float, float, float]:
    """Store releases have..want-1 through the bulk path: releases a second, and the CPU milliseconds a release
    of this process and of the worker processes (steadier than the rate on a shared machine: 300 a second on
    two cores is at most 6.7 ms of CPU a release in all)."""
    files = [str(p) for p in corpus.write(folder, want - have, start=have)]
    db = await open_database(db_path)
    started, cpu = time.perf_counter(), _cpu()
    async for _ in ingest_files(db, files):
        pass
    elapsed = time.perf_counter() - started
    main, workers = (1000 * (after - before) / (want - have) for before, after in zip(cpu, _cpu(), strict=True))
    await db.close()
    for name in files:
        os.unlink(name)
    return (want - have) / elapsed, main, workers


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children (the worker processes once shut down)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


async def latency(db_path: Path, n: int) -> dict[str, float]:
    """Each answer worked out afresh (an engine that remembers no answers: the figure for a new question),
    then the same questions asked again of one that does."""
    db = await open_database(db_path)
    engine = AnswerEngine(db, remember=0)
    charts = Charts(db, engine)
    for question in QUESTIONS:  # the stored words are read once after opening: "1st ask after" times that
        await charts.offer(await engine.answer(question, TODAY), TODAY)
    asked, offered = [], []
    for i in range(ROUNDS):
        t0 = time.perf_counter()
        answer = await engine.answer(QUESTIONS[i % len(QUESTIONS)], TODAY)
        t1 = time.perf_counter()
        await charts.offer(answer, TODAY)
        asked.append((t1 - t0) * 1000)
        offered.append((time.perf_counter() - t1) * 1000)
    figures = {"ask p50": _p(asked, 50), "ask p99": _p(asked, 99), "chart p50": _p(offered, 50),
               "chart p99": _p(offered, 99), "asked again": await _asked_again(db)}
    figures["/topics"] = await _ms(TopicIndex(db).topics())
    figures["insert one"] = await _ms(ingest(db, parse_release(corpus.texts(1, start=n + 10**6)[0])))
    figures["1st ask after"] = await _ms(AnswerEngine(db).answer(QUESTIONS[0], TODAY))
    await db.close()
    return figures


async def _asked_again(db) -> float:
    """p50 of a question asked before (its answer remembered until a release is stored)."""
    engine = AnswerEngine(db)
    for question in QUESTIONS:
        await engine.answer(question, TODAY)
    times = [await _ms(engine.answer(QUESTIONS[i % len(QUESTIONS)], TODAY)) for i in range(ROUNDS)]
    return statistics.median(times)


async def _ms(awaitable) -> float:
    t0 = time.perf_counter()
    await awaitable
    return (time.perf_counter() - t0) * 1000


def _p(times: list[float], q: int) -> float:
    return statistics.quantiles(times, n=100)[q - 1] if q != 50 else statistics.median(times)


def growth(sizes: list[int], kept: Path | None) -> None:
    print("releases | ingest/s [≥300] | KB a release [≤15] | ask p50 [≤3 ms] p99 [≤10 ms] | chart offer p50 p99"
          " | asked again p50 | /topics [≤50 ms] | 1st ask after a release | one more release (extraction included)")
    with tempfile.TemporaryDirectory() as tmp:
        db_path, have = kept or Path(tmp) / "bench.db", _generated(kept)
        for n in sizes:
            if n <= have:
                print(f"{n:8d} | skipped: {db_path} holds {have} generated releases already")
                continue
            rate, main_cpu, worker_cpu = asyncio.run(grow(db_path, Path(tmp) / "files", have, n))
            have = n
            f = asyncio.run(latency(db_path, n))
            have += 1  # the release stored by latency()
            size_kb = db_path.stat().st_size / 1024 / (have + 1)  # the seed release too
            print(f"{n:8d} | {rate:15.0f} | {size_kb:18.1f} | {f['ask p50']:13.2f} {f['ask p99']:13.2f} |"
                  f" {f['chart p50']:7.2f} {f['chart p99']:6.2f} | {f['asked again']:16.2f} | {f['/topics']:16.1f} |"
                  f" {f['1st ask after']:20.1f} ms | {f['insert one']:.1f} ms")
            print(f"         ingest CPU a release: {main_cpu + worker_cpu:.2f} ms [≤ 6.7 on 2 cores] = this process"
                  f" {main_cpu:.2f} + workers {worker_cpu:.2f} (load average {os.getloadavg()[0]:.1f})")


def _generated(kept: Path | None) -> int:
    """The generated releases a kept database holds (its seed release aside): the growth goes on from there."""
    if kept is None or not kept.exists():
        return 0
    with sqlite3.connect(kept) as conn:
        return max(conn.execute("SELECT COUNT(*) FROM releases").fetchone()[0] - 1, 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--db", type=Path, help="grow this database file and keep it (the 100,000 step takes long:"
                        " build it once, copy it, grow the copy) instead of a temporary one")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; figures in ms unless said; targets in brackets")
    if not args.skip_cold:
        cold_start()
    growth([int(s) for s in args.sizes.split(",")], args.db)


if __name__ == "__main__":
    main()
