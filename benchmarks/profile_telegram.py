"""Where the bot's CPU goes under the load of benchmarks/telegram_load.py (popular questions, 30 users).

The bot runs as the README runs it, under a profiler: py-spy (sampling, little overhead; `--py-spy PATH`, or
found on PATH) or else the standard library's cProfile (every call timed, so many small calls look dearer
than they are). Prints the CPU per answer of the bot and of this process (the fake server and the driver),
then the bot's time by package and its dearest functions, by their own time and with what they call.
Usage: .venv/bin/python benchmarks/profile_telegram.py [--users 30] [--questions 40] [--py-spy PATH] [--top 25]
"""
import argparse
import pstats
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import telegram_load as load

from tests.fake_telegram import FakeTelegram

ANCHORS = ("site-packages/", f"{load.ROOT}/", "/lib/python3.12/", "/lib/python3.13/")


def package(filename: str) -> str:
    """The top-level package a source file belongs to («telegram», «httpcore», «asyncio», «bot» …), from a
    full path (cProfile: «~» for built-in functions) or one shortened by py-spy («aiosqlite/core.py:158»)."""
    for anchor in ANCHORS:
        filename = filename.rpartition(anchor)[2] if anchor in filename else filename
    name = filename.removeprefix("<frozen ").rstrip(">").split(":")[0]
    return name.split("/")[0].removesuffix(".py").split(".")[0] or "?"


def print_table(title: str, counts: Counter[str], total: float, top: int) -> None:
    print(f"\n{title}")
    for name, count in counts.most_common(top):
        print(f"  {100 * count / total:5.1f}%  {name}")


def report_py_spy(raw: Path, top: int) -> None:
    """py-spy's raw stacks («frame;frame;… count», the innermost frame last) summed by package and function."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    by_package: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        frames, count = stack.split(";"), int(count_text)
        total += count
        leaf = frames[-1]
        own[leaf] += count
        by_package[package(leaf.rpartition("(")[2].rstrip(")"))] += count
        for frame in set(frames):
            inclusive[frame] += count
    print(f"\n{total} samples of the bot's threads while busy")
    print_table("own time by package", by_package, total, top)
    print_table("own time by function", own, total, top)
    print_table("time with what it calls", inclusive, total, top)


def report_cprofile(path: Path, top: int) -> None:
    """cProfile's figures (the bot's main thread) summed by package, then its dearest functions."""
    stats = pstats.Stats(str(path))
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(tottime for _, _, tottime, _, _ in entries.values())
    by_package: Counter[str] = Counter()
    for (filename, _, _), (_, _, tottime, _, _) in entries.items():
        by_package[package(filename)] += tottime
    print(f"\n{total:.2f} s profiled in the bot's main thread")
    print_table("own time by package", by_package, total, top)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def profile_with_py_spy(fake: FakeTelegram, tmp: str, py_spy: str, users: int, questions: list[str],
                        top: int) -> None:
    """py-spy attached to the running bot once it is warm, for the measured round only."""
    out = Path(tmp) / "profile.txt"
    with load.running_bot(fake, tmp) as bot:
        spy = subprocess.Popen([py_spy, "record", "--pid", str(bot.pid), "--format", "raw", "--nonblocking",
                                "--rate", "500", "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(1)  # attached
        load.measured_round("popular questions, asked again (py-spy attached)", fake, bot.pid, users, questions)
        spy.send_signal(signal.SIGINT)  # stop sampling and write what was seen
        _, errors = spy.communicate(timeout=60)
    if not out.exists():
        sys.exit(f"py-spy wrote nothing: {errors.decode()[-2000:]}")
    report_py_spy(out, top)


def profile_with_cprofile(fake: FakeTelegram, tmp: str, users: int, questions: list[str], top: int) -> None:
    """The bot under cProfile from its start (the start-up is in the figures too: read the handlers' share)."""
    out = Path(tmp) / "profile.pstats"
    with load.running_bot(fake, tmp, [sys.executable, "-m", "cProfile", "-o", str(out)]) as bot:
        load.measured_round("popular questions, asked again (cProfile)", fake, bot.pid, users, questions)
    report_cprofile(out, top)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=30)
    parser.add_argument("--questions", type=int, default=40, help="popular questions asked by each user")
    parser.add_argument("--py-spy", dest="py_spy", default=shutil.which("py-spy"))
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    fake = load.start_fake()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            questions = load.popular_questions(args.users, args.questions)
            if args.py_spy:
                profile_with_py_spy(fake, tmp, args.py_spy, args.users, questions, args.top)
            else:
                profile_with_cprofile(fake, tmp, args.users, questions, args.top)
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
