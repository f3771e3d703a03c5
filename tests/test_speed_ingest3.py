"""Bulk ingest, third pass (issue 15): a fact's words packed in thousandths read back exactly (and older rows
still read), a batch's term index postings written after its releases still index exactly the facts stored,
and Ctrl-C stops a long `python -m bot ingest` cleanly."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from bot import ingest
from bot.ingest import BATCH, extract_named, open_database
from bot.lang.letters import TO_PERSIAN_DIGITS
from bot.release import decode, parse_release
from db import releases as store
from db.packed_terms import THOUSANDTHS, pack, unpack
from db.release_rows import INDEXED_WEIGHT
from db.releases import BULK_LOAD_PRAGMAS
from tests.conftest import DEV_CORPUS, EXTRA_CORPUS, ROOT

FILES = 1000  # enough that the load is far from done when its first batch is committed


@pytest.mark.parametrize("terms", [
    {"#واحد": 1.0, "واحد": 1.0, "راکد": 0.455, "امسال": 0.05, "ابتدا": 0.0},  # the order kept too
    {"x": 0.1234},               # finer than thousandths: stored as JSON
    {"a\nb": 0.5, "c": 1.0},    # a word that would break the list
    {"a": 70.0},                 # above what two bytes hold
    {"a": -0.5},
    {"": 0.5, "b": 0.25},
    {},
])
def test_a_facts_words_read_back_exactly_as_packed(terms: dict[str, float]) -> None:
    unpacked = unpack(pack(terms))
    assert unpacked == terms and list(unpacked) == list(terms)


def test_the_current_packing_is_the_thousandths_form_and_smaller() -> None:
    terms = extract_named(parse_release(decode(DEV_CORPUS[0].read_bytes()))).facts[0].terms
    packed = pack(terms)
    assert packed.startswith(THOUSANDTHS) and len(packed) < len(_old_packing(terms))


async def test_facts_stored_in_the_older_forms_still_read(tmp_path: Path) -> None:
    """Rows written before: JSON text, and compressed JSON; read as the same words and weights."""
    db = await open_database(tmp_path / "old.db")
    try:
        stored = await store.facts_of_release(db, 1)
        assert len(stored) >= 3
        old_forms = [json.dumps(stored[0].terms, ensure_ascii=False), _old_packing(stored[1].terms)]
        for fact, raw in zip(stored, old_forms, strict=False):
            await db.conn.execute("UPDATE facts SET terms = ? WHERE id = ?", (raw, fact.id))
        assert [f.terms for f in await store.facts_of_release(db, 1)] == [f.terms for f in stored]
        assert [type(row[0]) for row in await db.conn.execute_fetchall(
            "SELECT terms FROM facts WHERE release_id = 1 ORDER BY id LIMIT 3")] == [str, bytes, bytes]
    finally:
        await db.close()


def _old_packing(terms: dict[str, float]) -> bytes:
    return zlib.compress(json.dumps(terms, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


async def test_the_term_index_holds_the_words_of_the_stored_facts_when_a_release_in_a_batch_fails(
        tmp_path: Path, monkeypatch) -> None:
    """A batch's postings are written after all its releases: those of a release the database refused (its
    fact ids then given to the next release) must not be written, and every stored fact keeps all of its own."""
    real = ingest.extract_named

    def second_broken(release):
        extraction = real(release)
        if release.content_hash == broken:
            extraction.facts[-1].kind = None  # NOT NULL in the schema: its first facts were written, then undone
        return extraction

    files = [*DEV_CORPUS, *EXTRA_CORPUS]
    broken = parse_release(decode(files[1].read_bytes())).content_hash
    monkeypatch.setattr(ingest, "extract_named", second_broken)
    db = await open_database(tmp_path / "t.db")
    try:
        outcomes = [o async for _, o in ingest.ingest_files(db, [str(f) for f in files])]
        assert [type(o).__name__ for o in outcomes].count("IntegrityError") == 1
        facts = await db.conn.execute_fetchall("SELECT f.id, f.terms, r.date_key FROM facts f"
                                               " JOIN releases r ON r.id = f.release_id")
        postings = await db.conn.execute_fetchall("SELECT term, date_key, fact_id, weight FROM fact_terms")
        counts = await db.conn.execute_fetchall("SELECT term, facts FROM term_counts")
    finally:
        await db.close()
    expected = {(t, date_key, fact_id, w) for fact_id, terms, date_key in facts
                for t, w in unpack(terms).items() if w >= INDEXED_WEIGHT}
    assert {tuple(row) for row in postings} == expected and len(postings) == len(expected)
    assert sum(n for _, n in counts) == len(expected)


async def test_a_bulk_load_keeps_its_savepoint_copies_in_memory_only_while_it_runs(tmp_path: Path) -> None:
    """temp_store=MEMORY (and the other bulk settings) while the batches are written, the defaults after."""
    db = await open_database(tmp_path / "m.db")
    try:
        names = list(BULK_LOAD_PRAGMAS)
        before, during = await _pragmas(db, names), {}
        async for _ in ingest.ingest_files(db, [str(DEV_CORPUS[0])]):
            during = await _pragmas(db, names)
        assert during == BULK_LOAD_PRAGMAS and during["temp_store"] == 2
        assert await _pragmas(db, names) == before != during
    finally:
        await db.close()


async def _pragmas(db, names: list[str]) -> dict[str, int]:
    return {name: (await db.conn.execute_fetchall(f"PRAGMA {name}"))[0][0] for name in names}


def _release_files(folder: Path, n: int) -> list[str]:
    """n different releases: the dev ones, each copy numbered so its text is new."""
    texts = [p.read_text(encoding="utf-8") for p in DEV_CORPUS]
    names = []
    for i in range(n):
        path = folder / f"{i:05d}.txt"
        path.write_text(f"{texts[i % len(texts)]}\n(شماره {i})", encoding="utf-8")
        names.append(str(path))
    return names


def _stored(db: Path) -> int:
    """Releases stored (the seed included), read as another process would while the load runs."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM releases").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _interrupt_once_a_batch_is_stored(proc: subprocess.Popen, db: Path) -> None:
    """Ctrl-C as a terminal sends it (to the command and its worker processes) once the first batch is
    committed; bounded so a load that never stores anything fails instead of hanging."""
    deadline = time.monotonic() + 60
    while _stored(db) <= 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)


def test_ctrl_c_stops_a_bulk_ingest_keeping_the_committed_batches(tmp_path: Path) -> None:
    """Ctrl-C used to end the load with a traceback: now the batches committed stay stored, the one in
    progress stores nothing, stderr says how many were stored, the exit code is 130 and no worker is left."""
    folder, db = tmp_path / "releases", tmp_path / "bot.db"
    folder.mkdir()
    files = _release_files(folder, FILES)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ingest", "--db", str(db), *files], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "LOG_LEVEL": "WARNING"})
    try:
        _interrupt_once_a_batch_is_stored(proc, db)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    stored = _stored(db) - 1  # the seed release
    assert proc.returncode == 130, err
    assert 0 < stored < FILES and stored % BATCH == 0  # whole batches only: the one in progress rolled back
    assert f"بارگذاری قطع شد: {str(stored).translate(TO_PERSIAN_DIGITS)} خبر تازه" in err
    assert "Traceback" not in err
    try:
        os.killpg(proc.pid, 0)
        left = True
    except ProcessLookupError:
        left = False
    assert not left, "a worker process outlived the interrupted load"
