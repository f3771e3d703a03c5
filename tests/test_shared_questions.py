"""Every question of the shared sets (../shared/eval) as its own test, judged exactly as score.py judges.

The databases are built once per session (the seed alone, and the seed with the dev and real corpora) and
every question is answered once; each test then checks one answer. Known misses are listed with their kind
and reason in tests/data/shared_misses.tsv and expected to fail: a regression is a red test. A confident
wrong number is never listed there as acceptable.
"""
import asyncio
import csv
import importlib.util
import json
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.cli import answer_json
from bot.ingest import ingest, open_database
from bot.release import decode, parse_release
from tests.conftest import SHARED

EVAL = SHARED / "eval"
SETS = ("dev_questions.jsonl", "real_questions_n.jsonl", "real_questions_p.jsonl")
CORPORA = [SHARED / "corpus" / "dev", SHARED / "corpus" / "real"]
MISSES_FILE = Path(__file__).parent / "data" / "shared_misses.tsv"

_spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


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
    files = sorted(f for d in CORPORA for f in d.glob("*.txt"))
    dbs = {"seed": await open_database(tmp / "seed.db"), "full": await open_database(tmp / "full.db")}
    for path in files:
        await ingest(dbs["full"], parse_release(decode(path.read_bytes())))
    answers = {}
    for name, db in dbs.items():
        engine = AnswerEngine(db)
        for q in (q for q in QUESTIONS if q["db"] == name):
            today = tuple(int(p) for p in q["today"].split("-"))
            answers[q["id"]] = json.loads(answer_json(await engine.answer(q["q"], today)))
        await db.close()
    return answers


@pytest.fixture(scope="session")
def shared_answers(tmp_path_factory) -> dict[str, dict]:
    return asyncio.run(_answer_all(tmp_path_factory.mktemp("shared")))


def _case(q: dict):
    marks = [pytest.mark.xfail(reason=MISSES[q["id"]], strict=False)] if q["id"] in MISSES else []
    return pytest.param(q, id=q["id"], marks=marks)


@pytest.mark.parametrize("question", [_case(q) for q in QUESTIONS])
def test_shared_question(question, shared_answers):
    """The answer is right by the shared set's own judge; and never a confident wrong number."""
    ok, wrong = score.judge(question["expect"], shared_answers.get(question["id"]))
    assert not wrong, f"confident wrong answer: {shared_answers.get(question['id'])}"
    assert ok, shared_answers.get(question["id"])
