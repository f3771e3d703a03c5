"""Every question of the shared sets (../shared/eval) as its own test, judged exactly as score.py judges.

The databases are built once per session (the seed alone, and the seed with the dev and real corpora) and
every question is answered once; each test then checks one answer. Known misses are listed with their kind
and reason in tests/data/shared_misses.tsv and expected to fail: a regression is a red test. A confident
wrong number is never listed there as acceptable.
"""
import asyncio
import csv
import json
from pathlib import Path

import pytest

from bot.ingest import open_database
from tests.conftest import SHARED
from tests.judged import answers_of, assert_judged, case, store_corpora

EVAL = SHARED / "eval"
SETS = ("dev_questions.jsonl", "real_questions_n.jsonl", "real_questions_p.jsonl")
CORPORA = [SHARED / "corpus" / "dev", SHARED / "corpus" / "real"]
MISSES_FILE = Path(__file__).parent / "data" / "shared_misses.tsv"

def _questions() -> list[dict]:
    return [json.loads(line) for name in SETS if (EVAL / name).exists()
            for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _misses() -> dict[str, str]:
    """Question id -> «kind: reason» for the questions known to be missed."""
    if not MISSES_FILE.exists():
        return {}
    rows = csv.reader(MISSES_FILE.read_text(encoding="utf-8").splitlines(), delimiter="\t")
    return {r[0]: f"{r[1]}: {r[2]}" for r in rows if r and not r[0].startswith("#")}


QUESTIONS = _questions()
MISSES = _misses()


async def _answer_all(tmp: Path) -> dict[str, dict]:
    dbs = {"seed": await open_database(tmp / "seed.db"), "full": await open_database(tmp / "full.db")}
    await store_corpora(dbs["full"], CORPORA)
    answers = {}
    for name, db in dbs.items():
        answers.update(await answers_of(db, [q for q in QUESTIONS if q["db"] == name]))
        await db.close()
    return answers


@pytest.fixture(scope="session")
def shared_answers(tmp_path_factory) -> dict[str, dict]:
    return asyncio.run(_answer_all(tmp_path_factory.mktemp("shared")))


@pytest.mark.parametrize("question", [case(q, MISSES, strict=False) for q in QUESTIONS])
def test_shared_question(question, shared_answers):
    """The answer is right by the shared set's own judge; and never a confident wrong number."""
    assert_judged(question, shared_answers)
