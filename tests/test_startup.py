"""Starting the bot: bad configuration and unusable databases stop it at once with a clear message."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from bot.settings import Settings, SettingsError, parse_admin_ids
from tests.conftest import ROOT
from tests.fake_telegram import FakeTelegram

TOKEN = "123456:SECRET-token_for_tests"
NOT_SQLITE = b"these bytes are no SQLite database, only text " * 4


def start(env: dict[str, str], stdin: str = "", timeout: float = 30) -> subprocess.CompletedProcess:
    """`python -m bot run` as the README runs it, with `env` on top of a clean environment."""
    base = {"PATH": "/usr/bin:/bin", "LOG_LEVEL": "INFO", "BOT_TOKEN": ""}
    return subprocess.run([sys.executable, "-m", "bot", "run"], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**base, **env})


@pytest.mark.parametrize(("text", "ids"), [
    ("1001", {1001}),
    ("1001,1002", {1001, 1002}),
    ("1001 1002", {1001, 1002}),
    ("900;901", {900, 901}),
    (" 900 ; 901 ,, 902 ", {900, 901, 902}),
    ("", set()),
])
def test_admin_ids_accept_commas_spaces_and_semicolons(text, ids):
    """Every usual way of writing a list of ids gives the same admins."""
    assert parse_admin_ids(text) == ids


@pytest.mark.parametrize(("text", "named"), [("abc", "abc"), ("@admin", "@admin"), ("1001,x12", "x12"),
                                              ("1001;1.5", "1.5")])
def test_bad_admin_id_is_named(text, named):
    """A name or a stray character in ADMIN_IDS is refused with that entry in the message."""
    with pytest.raises(SettingsError, match=f"«{named}»"):
        parse_admin_ids(text)


@pytest.mark.parametrize(("name", "value"), [("BROADCAST_RATE", "0"), ("BROADCAST_RATE", "-3"),
                                             ("BROADCAST_RATE", "fast"), ("RETRY_LIMIT", "0"), ("PORT", "x"),
                                             ("LOG_LEVEL", "LOUD")])
def test_unusable_numbers_are_refused(name, value, tmp_path):
    """BROADCAST_RATE=0 no longer means «unlimited»: it, and other unusable values, stop the start."""
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value}, env_file=tmp_path / "none")


@pytest.mark.parametrize("admin_ids", ["abc", "@admin"])
def test_bad_admin_ids_stop_the_bot_without_a_traceback(admin_ids):
    """`ADMIN_IDS=@admin` exits 2 at once, naming the entry, in Persian and English."""
    result = start({"BOT_TOKEN": TOKEN, "ADMIN_IDS": admin_ids})
    assert result.returncode == 2 and f"«{admin_ids}»" in result.stderr and "پیکربندی" in result.stderr
    assert "Traceback" not in result.stderr


def unusable_paths(tmp_path) -> dict[str, str]:
    (tmp_path / "garbage.db").write_bytes(NOT_SQLITE)
    (tmp_path / "a-file").write_text("x")
    return {"not a database": str(tmp_path / "garbage.db"), "a folder": str(tmp_path),
            "folder under a file": str(tmp_path / "a-file" / "bot.db")}


@pytest.mark.parametrize("kind", ["not a database", "a folder", "folder under a file"])
def test_unusable_database_path_exits_instead_of_hanging(tmp_path, kind):
    """The bot stops with exit 1 and a message naming the path; aiosqlite's thread no longer keeps it alive."""
    path = unusable_paths(tmp_path)[kind]
    fake = FakeTelegram().start()
    try:
        result = start({"BOT_TOKEN": TOKEN, "TELEGRAM_API_ROOT": fake.root, "DATABASE_PATH": path})
    finally:
        fake.stop()
    assert result.returncode == 1 and path in result.stderr and "DATABASE_PATH" in result.stderr
    assert "Traceback" not in result.stderr


def test_read_only_database_exits_instead_of_hanging(tmp_path):
    """A database SQLite may only read (an immutable file, read-only even for root) stops the bot with exit 1."""
    path = tmp_path / "ro.db"
    path.touch()
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not permitted here, so no file is read-only for this user")
    fake = FakeTelegram().start()
    try:
        result = start({"BOT_TOKEN": TOKEN, "TELEGRAM_API_ROOT": fake.root, "DATABASE_PATH": str(path)})
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
        fake.stop()
    assert result.returncode == 1 and "readonly" in result.stderr and "Traceback" not in result.stderr


def test_run_without_token_opens_the_terminal_chat(tmp_path):
    """`python -m bot run` with no BOT_TOKEN chats in the terminal and says goodbye on «خروج»."""
    result = start({"DATABASE_PATH": str(tmp_path / "t.db")}, stdin="سال ۱۳۹۹ چند واحد راکد احیا شد؟\nخروج\n")
    assert result.returncode == 0 and "۱٬۵۵۷" in result.stdout and "خدا نگهدار" in result.stdout
    assert "BOT_TOKEN" in result.stderr and "Traceback" not in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_update(port: int, path: str, update: dict, secret: str) -> int:
    """POST the update as Telegram would, waiting (at most 20 s) for the webhook server to start listening."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/{path}", data=json.dumps(update).encode(),
                                     headers={"Content-Type": "application/json",
                                              "X-Telegram-Bot-Api-Secret-Token": secret})
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.URLError as err:
            if not isinstance(err.reason, ConnectionRefusedError) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_webhook_mode_answers_an_update_posted_to_its_port(tmp_path):
    """With WEBHOOK_URL set the bot registers the webhook, listens on 127.0.0.1 and answers what is posted."""
    fake, port = FakeTelegram().start(), free_port()
    env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_ROOT": fake.root, "DATABASE_PATH": str(tmp_path / "w.db"),
           "WEBHOOK_URL": "https://bot.example.org/amar-hook", "WEBHOOK_SECRET": "s3cret",
           "WEBHOOK_LISTEN": "127.0.0.1", "PORT": str(port), "LOG_LEVEL": "INFO"}
    log = (tmp_path / "bot.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while "setMyCommands" not in fake.calls:
            assert proc.poll() is None and time.monotonic() < deadline, "the bot did not start"
            time.sleep(0.1)
        update = {"update_id": 1, "message": {"message_id": 5, "date": int(time.time()), "text": "/help",
                                              "chat": {"id": 77, "type": "private"},
                                              "from": {"id": 77, "is_bot": False, "first_name": "کاربر"},
                                              "entities": [{"type": "bot_command", "offset": 0, "length": 5}]}}
        assert post_update(port, "amar-hook", update, "s3cret") == 200
        reply = fake.wait_for(lambda m: m["chat"]["id"] == 77)
        assert "/subscribe" in reply["text"] and "setWebhook" in fake.calls and "getUpdates" not in fake.calls
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        fake.stop()
        log.close()
    assert TOKEN not in (tmp_path / "bot.log").read_text()
