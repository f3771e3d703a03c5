"""Question sets answered once and judged exactly as ../shared/eval/score.py judges, one test per question
(tests/test_shared_questions.py, tests/test_probe_questions.py)."""
import asyncio
import importlib.util
import json
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.cli import answer_json
from bot.ingest import open_database
from db.connection import Database
from tests.conftest import SHARED, store_files

_spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


async def store_corpora(db: Database, corpora: list[Path]) -> None:
    await store_files(db, sorted(f for d in corpora for f in d.glob("*.txt")))


def questions_in(path: Path) -> list[dict]:
    """A question set, one JSON object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def answered_over(folder: Path, corpora: list[Path], questions: list[dict]) -> dict[str, dict]:
    """Each question's answer over a fresh database in `folder` holding the corpora's releases."""
    async def answer_all() -> dict[str, dict]:
        db = await open_database(folder / "judged.db")
        await store_corpora(db, corpora)
        answers = await answers_of(db, questions)
        await db.close()
        return answers
    return asyncio.run(answer_all())


async def answers_of(db: Database, questions: list[dict]) -> dict[str, dict]:
    """Each question's answer as the command line's --json gives it, by question id."""
    engine, answers = AnswerEngine(db), {}
    for q in questions:
        today = tuple(int(p) for p in q["today"].split("-"))
        answers[q["id"]] = json.loads(answer_json(await engine.answer(q["q"], today)))
    return answers


def case(q: dict, misses: dict[str, str], strict: bool):
    """A question as a test; a known miss is expected to fail, with its reason."""
    marks = [pytest.mark.xfail(reason=misses[q["id"]], strict=strict)] if q["id"] in misses else []
    return pytest.param(q, id=q["id"], marks=marks)


def assert_judged(question: dict, answers: dict[str, dict]) -> None:
    """Right by the shared judge, and never a confident wrong number."""
    ok, wrong = score.judge(question["expect"], answers.get(question["id"]))
    assert not wrong, f"confident wrong answer: {answers.get(question['id'])}"
    assert ok, answers.get(question["id"])
