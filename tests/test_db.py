"""Storage: migrations apply once and roll back on failure; a release is stored whole or not at all."""
import pytest

from bot.extract.model import Extraction, Fact
from bot.release import parse_release
from db import releases
from db.connection import Database
from db.migrations import MIGRATIONS, apply_migrations

BODY = "در سال گذشته ۱۵۵۷ واحد صنعتی راکد در شهرک‌های صنعتی کشور به چرخه تولید بازگشت."


async def test_migrations_apply_once(tmp_path):
    """Opening twice applies nothing the second time; WAL and foreign keys are on."""
    db = await Database.open(tmp_path / "m.db")
    assert await apply_migrations(db.conn) == []
    async with db.conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with db.conn.execute("SELECT COUNT(*) FROM schema_migrations") as cur:
        assert (await cur.fetchone())[0] == len(MIGRATIONS)
    await db.close()


async def test_failed_migration_rolls_back_and_stays_pending(tmp_path, monkeypatch):
    """A broken step leaves no half-made table and is tried again next time."""
    db = await Database.open(tmp_path / "m.db")
    monkeypatch.setattr("db.migrations.MIGRATIONS", [*MIGRATIONS, ("999_broken", "CREATE TABLE t (x); SELEC oops")])
    with pytest.raises(Exception, match="syntax"):
        await apply_migrations(db.conn)
    async with db.conn.execute("SELECT name FROM sqlite_master WHERE name = 't'") as cur:
        assert await cur.fetchone() is None
    async with db.conn.execute("SELECT COUNT(*) FROM schema_migrations WHERE name = '999_broken'") as cur:
        assert (await cur.fetchone())[0] == 0
    await db.close()


async def test_release_stored_whole_or_not_at_all(tmp_path):
    """A fact that cannot be stored takes its release with it: nothing half-way."""
    db = await Database.open(tmp_path / "r.db")
    release = parse_release(BODY, date="1400-04-03")
    # kind is NOT NULL in the schema: this fact cannot be stored
    bad = Fact(value=1.0, value_max=None, unit="واحد", kind=None, noun=None, qualifier=None, period=None,
               region=None, scope=None, is_target=False, sentence=BODY, amount_text="1")
    with pytest.raises(Exception, match="NOT NULL"):
        await releases.insert_release(db, release, Extraction([bad], [], []))
    assert await releases.count_releases(db) == 0
    await db.close()
