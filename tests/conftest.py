"""Shared fixtures: the seed and dev releases in a temporary database, the engine over it.

Each database is built once per test session (a template) and copied for every test that uses it, so a
test may write to its copy without the corpus being ingested again.
"""
import asyncio
import shutil
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.ingest import ingest, open_database
from bot.release import decode, parse_release
from db.connection import Database

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = sorted((SHARED / "corpus" / "dev").glob("*.txt"))
EXTRA_CORPUS = sorted((Path(__file__).parent / "data" / "releases").glob("*.txt"))


async def store_files(db: Database, releases: list[Path]) -> None:
    """Each release file stored, one at a time, as the admin's command line stores them."""
    for release in releases:
        await ingest(db, parse_release(decode(release.read_bytes())))


async def _build(path: Path, releases: list[Path]) -> None:
    db = await open_database(path)
    await store_files(db, releases)
    await db.close()  # the write-ahead log is folded into the file: a plain copy is the whole database


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    built = {"seed": folder / "seed.db", "full": folder / "full.db"}
    asyncio.run(_build(built["seed"], []))
    asyncio.run(_build(built["full"], [*DEV_CORPUS, *EXTRA_CORPUS]))
    return built


async def _copy_of(template: Path, folder: Path):
    path = folder / template.name
    shutil.copyfile(template, path)
    return await open_database(path)


@pytest.fixture
async def seed_db(templates, tmp_path):
    db = await _copy_of(templates["seed"], tmp_path)
    yield db
    await db.close()


@pytest.fixture
async def full_db(templates, tmp_path):
    db = await _copy_of(templates["full"], tmp_path)
    yield db
    await db.close()


@pytest.fixture
def engine_for():
    return AnswerEngine


@pytest.fixture
async def engine_over(tmp_path):
    """An engine over a fresh database holding the releases a test writes, (date, body) each; closed afterwards."""
    opened: list[AnswerEngine] = []

    async def build(releases: list[tuple[str, str]]) -> AnswerEngine:
        db = await open_database(tmp_path / f"releases-{len(opened)}.db")
        for date, body in releases:
            await ingest(db, parse_release(body, date=date, title="خبر"))
        opened.append(AnswerEngine(db))
        return opened[-1]

    yield build
    for engine in opened:
        await engine.db.close()


@pytest.fixture
async def folder_db(tmp_path):
    """A fresh database holding the releases (*.txt) of a folder a test names; closed afterwards."""
    opened: list[Database] = []

    async def build(folder: Path) -> Database:
        opened.append(await open_database(tmp_path / f"{folder.name}-{len(opened)}.db"))
        await store_files(opened[-1], sorted(folder.glob("*.txt")))
        return opened[-1]

    yield build
    for db in opened:
        await db.close()
