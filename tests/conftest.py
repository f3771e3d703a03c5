"""Shared fixtures: the seed and dev releases in a temporary database, the engine over it."""
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.ingest import ingest, open_database
from bot.release import decode, parse_release

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = sorted((SHARED / "corpus" / "dev").glob("*.txt"))
EXTRA_CORPUS = sorted((Path(__file__).parent / "data" / "releases").glob("*.txt"))


@pytest.fixture
async def seed_db(tmp_path):
    db = await open_database(tmp_path / "seed.db")
    yield db
    await db.close()


@pytest.fixture
async def full_db(tmp_path):
    db = await open_database(tmp_path / "full.db")
    for path in [*DEV_CORPUS, *EXTRA_CORPUS]:
        await ingest(db, parse_release(decode(path.read_bytes())))
    yield db
    await db.close()


@pytest.fixture
def engine_for():
    return AnswerEngine
