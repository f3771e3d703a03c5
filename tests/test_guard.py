"""A database that had subscribers is never silently replaced by an empty, freshly seeded one."""
import pytest

from bot.guard import marker_path
from bot.ingest import DatabaseUnavailable, open_database
from db import releases, subscribers
from tests.fake_telegram import FakeTelegram
from tests.test_startup import TOKEN, start
from tests.test_telegram_e2e import USER, running_bot, to


async def test_vanished_database_with_subscribers_is_refused(tmp_path):
    """Opened with a subscriber, then deleted: the next open fails naming the marker; deleting it starts afresh."""
    path = tmp_path / "g.db"
    db = await open_database(path)
    await subscribers.upsert_subscriber(db, USER, USER, subscribed=True)
    await db.close()
    await (await open_database(path)).close()  # each open records the count
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"g.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseUnavailable, match="1 subscribers") as err:
        await open_database(path)
    assert err.value.key == "db_lost" and not path.exists()
    marker_path(str(path)).unlink()
    db = await open_database(path)
    assert await releases.count_releases(db) == 1 and await subscribers.subscriber_counts(db) == (0, 0)
    await db.close()


async def test_a_new_database_without_a_marker_is_seeded(tmp_path):
    """The first start (no marker, or a marker of 0) still creates and seeds the database."""
    marker_path(str(tmp_path / "n.db")).write_text("0\n")
    db = await open_database(tmp_path / "n.db")
    assert await releases.count_releases(db) == 1
    await db.close()


def test_bot_restarted_on_a_vanished_database_stops_with_a_message(tmp_path):
    """A subscriber joins, the bot stops, the database files vanish: the restart exits 1 instead of serving
    an empty database."""
    with running_bot(tmp_path) as bot:
        bot.say(USER, "/subscribe")
        bot.wait_for(to(USER, "عضو شدید"))
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"bot.db{suffix}").unlink(missing_ok=True)
    fake = FakeTelegram().start()
    try:
        result = start({"BOT_TOKEN": TOKEN, "TELEGRAM_API_ROOT": fake.root, "DATABASE_PATH": str(tmp_path / "bot.db")})
    finally:
        fake.stop()
    assert result.returncode == 1 and "database lost" in result.stderr and "1 subscribers" in result.stderr
    assert not (tmp_path / "bot.db").exists() and "Traceback" not in result.stderr
