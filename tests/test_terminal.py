"""`make run` without a token: the offline Persian chat in the terminal starts, answers and ends."""
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_run_without_token_chats_in_the_terminal(tmp_path):
    """Regression: `python -m bot run` with no BOT_TOKEN crashed (run_chat lacked its topic index)."""
    env = {**os.environ, "BOT_TOKEN": "", "DATABASE_PATH": str(tmp_path / "t.db"), "LOG_LEVEL": "WARNING"}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, capture_output=True, text=True,
                          input="سال ۱۳۹۹ چند واحد راکد احیا شد؟\nخروج\n", timeout=120)
    assert done.returncode == 0, done.stderr
    assert "۱٬۵۵۷ واحد" in done.stdout and "خدا نگهدار" in done.stdout
