"""Many users at once: the running bot (as the README runs it) driven through the fake Bot API on 127.0.0.1.

Each of `--users` users asks a question, waits for the reply, then asks the next (a user has one question
open at a time, as in a chat), so the figures are the bot's throughput and each reply's latency under that
many concurrent users. Two rounds on the shared releases (dev and real corpus): the five popular questions
asked again and again (each asked once before the round, so answered from memory), then the outside
readers' questions of `../shared/eval`, each asked once (every one worked out afresh). The fake server
speaks HTTP/1.1 and keeps connections open, as api.telegram.org does. Bounded: a fixed number of
questions, and a deadline after which it stops by itself.
The fake server and this driver run in this process, on the same cores as the bot: their CPU per answer is
printed too, so a round held up by them rather than by the bot shows, and so is the machine's load average (on
a shared machine the rate and the latency follow it; the bot's CPU per answer much less).
Usage: .venv/bin/python benchmarks/telegram_load.py [--users 30] [--questions 20]
"""
import argparse
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fake_telegram import FakeTelegram  # noqa: E402

POPULAR = ["سال ۱۳۹۹ چند واحد راکد احیا شد؟", "چند فرصت شغلی ایجاد شد؟", "قیمت دلار چنده",
           "علل توقف تولید چیست؟", "سرمایه گذاری واحدهای احیا شده چقدر بود"]
SHARED = ROOT.parent / "shared"
DEADLINE = 120.0  # seconds a round may take before it stops with what it has


def outside_questions() -> list[str]:
    """The outside readers' questions, each once."""
    files = sorted((SHARED / "eval").glob("real_questions_*.jsonl"))
    lines = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(q["q"].replace("\n", " ") for q in lines))


def seeded_database(path: str) -> None:
    """The shared releases stored through the command line, as an admin's archive would be."""
    files = [str(p) for d in ("dev", "real") for p in sorted((SHARED / "corpus" / d).glob("*.txt"))]
    subprocess.run([sys.executable, "-m", "bot", "ingest", "--db", path, *files], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def drive(fake: FakeTelegram, users: int, questions: list[str]) -> tuple[list[float], float]:
    """Every user asks its share of `questions` one after another; the reply latencies (ms) and seconds taken."""
    queues = {user: questions[user - 1::users] for user in range(1, users + 1)}
    asked: dict[int, float] = {}
    latencies: list[float] = []
    started = time.monotonic()
    with fake.lock:
        seen = len(fake.sent)
        for user, queue in queues.items():
            if queue:
                asked[user] = time.monotonic()
                fake.say(user, queue.pop(0))
        while asked and time.monotonic() - started < DEADLINE:
            fake.lock.wait(0.5)
            for message in fake.sent[seen:]:
                user = message["chat"]["id"]
                if message["method"] == "sendMessage" and user in asked:
                    latencies.append((message["at"] - asked.pop(user)) * 1000)
                    if queues[user]:
                        asked[user] = time.monotonic()
                        fake.say(user, queues[user].pop(0))
            seen = len(fake.sent)
    return latencies, time.monotonic() - started


def cpu_seconds(pid: int) -> float:
    """The CPU time a process has used so far (user and system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_mb(pid: int) -> float:
    """The most memory the process has held (VmHWM), from /proc."""
    line = next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def report(name: str, latencies: list[float], total: int, seconds: float, users: int, cpu: float,
           harness_cpu: float) -> None:
    """The figures of one round; the bot's CPU per answer bounds its rate on one core whatever the load."""
    latencies.sort()
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    per_answer = cpu / len(latencies) * 1000
    print(f"{name}: {len(latencies)} of {total} answered in {seconds:.1f} s by {users} concurrent users:"
          f" {len(latencies) / seconds:.0f} questions/s [target ≥ 300], reply latency p50"
          f" {statistics.median(latencies):.0f} ms, p99 {p99:.0f} ms [target ≤ 300 ms]; the bot's CPU"
          f" {per_answer:.2f} ms an answer (at most {1000 / per_answer:.0f}/s on one free core); the fake"
          f" server and driver {harness_cpu / len(latencies) * 1000:.2f} ms; load average"
          f" {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def start_fake() -> FakeTelegram:
    """The fake Bot API, speaking HTTP/1.1 with keep-alive as Telegram's servers do."""
    fake = FakeTelegram()
    fake.server.RequestHandlerClass.protocol_version = "HTTP/1.1"
    return fake.start()


@contextlib.contextmanager
def running_bot(fake: FakeTelegram, tmp: str, python: Sequence[str] = (sys.executable,)) -> Iterator[subprocess.Popen]:
    """`python -m bot run` (`python` may be a profiler's command line) on the seeded shared releases, started
    and warmed; each popular question asked once, so from then on it is popular. Stopped with SIGTERM."""
    seeded_database(f"{tmp}/load.db")
    env = {**os.environ, "BOT_TOKEN": "123:LOAD", "TELEGRAM_API_ROOT": fake.root, "POLL_TIMEOUT": "1",
           "DATABASE_PATH": f"{tmp}/load.db", "QUESTIONS_PER_MINUTE": "100000", "LOG_LEVEL": "INFO"}
    log = Path(tmp) / "bot.log"
    with log.open("w") as out:
        bot = subprocess.Popen([*python, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=out,
                               stderr=out)
    try:
        ready = time.monotonic() + DEADLINE
        while "charts warmed" not in log.read_text() and bot.poll() is None and time.monotonic() < ready:
            time.sleep(0.05)  # start-up done: matplotlib is loaded in the background after the start
        drive(fake, 1, POPULAR)
        yield bot
    finally:
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=60)


def popular_questions(users: int, each: int) -> list[str]:
    return [POPULAR[n % len(POPULAR)] for n in range(users * each)]


def measured_round(name: str, fake: FakeTelegram, bot_pid: int, users: int, questions: list[str]) -> None:
    """One round driven and reported, with the CPU the bot and this process spent on it."""
    cpu, harness = cpu_seconds(bot_pid), time.process_time()
    latencies, seconds = drive(fake, users, questions)
    report(name, latencies, len(questions), seconds, users, cpu_seconds(bot_pid) - cpu,
           time.process_time() - harness)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=30)
    parser.add_argument("--questions", type=int, default=100, help="popular questions asked by each user")
    args = parser.parse_args()
    fake = start_fake()
    try:
        with tempfile.TemporaryDirectory() as tmp, running_bot(fake, tmp) as bot:
            measured_round("popular questions, asked again", fake, bot.pid, args.users,
                           popular_questions(args.users, args.questions))
            measured_round("outside readers' questions, each new", fake, bot.pid, args.users, outside_questions())
            print(f"the bot's peak memory: {peak_mb(bot.pid):.0f} MB")
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
