"""The bot process as the README runs it (`python -m bot run`), pointed at a fake Bot API server."""
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT
from tests.fake_telegram import FakeTelegram

START_WITHIN = 60.0


@contextlib.contextmanager
def running_bot(db_path: Path, admin: int, *, token: str = "123:TEST", **env: str) -> Iterator[FakeTelegram]:
    """A fake Telegram and the bot polling it, its log in `fake.log_path` (beside the database); `env` overrides
    settings. Both stopped on exit, whatever happened."""
    fake = FakeTelegram().start()
    fake.log_path = db_path.parent / "bot.log"
    env = {**os.environ, "BOT_TOKEN": token, "TELEGRAM_API_ROOT": fake.root, "ADMIN_IDS": str(admin),
           "DATABASE_PATH": str(db_path), "POLL_TIMEOUT": "1", "BROADCAST_RATE": "1000",
           "RETRY_BASE_DELAY": "0", "LOG_LEVEL": "INFO", **env}
    with fake.log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + START_WITHIN
            while sum(method == "setMyCommands" for method, _ in fake.profile) < 2:  # the people's menu, the admin's
                assert proc.poll() is None, fake.log_path.read_text()[-3000:]
                assert time.monotonic() < deadline, "the bot did not start in time"
                time.sleep(0.1)
            yield fake
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            finally:
                proc.kill()
                fake.stop()
