"""Derived answers over small releases written for these tests: which province most, the larger of two named
provinces, sums, differences, growth, shares and per-unit averages, with every operand a confident figure and
the arithmetic shown; an operand is never the answer."""
from pathlib import Path

import pytest

from bot.answer.engine import AnswerEngine
from bot.ingest import ingest, open_database
from bot.release import decode, parse_release

RELEASES = sorted((Path(__file__).parent / "data" / "derived_releases").glob("*.txt"))


@pytest.fixture
async def db(tmp_path):
    database = await open_database(tmp_path / "derived.db")
    for path in RELEASES:
        await ingest(database, parse_release(decode(path.read_bytes())))
    yield database
    await database.close()


@pytest.mark.parametrize(("question", "today", "region", "value"), [
    ("کدام استان در سال ۹۷ بیشترین ضمانت‌نامه را گرفت", (1398, 3, 1), "اصفهان", 300e9),
    ("سال ۱۴۰۰ کدام استان قرارداد واگذاری زمین بیشتری داشت، لرستان یا همدان؟", (1401, 2, 1), "همدان", 310),
    ("سال ۱۴۰۰ کدام استان قرارداد واگذاری زمین کمتری داشت، لرستان یا همدان؟", (1401, 2, 1), "لرستان", 140),
])
async def test_which_province_is_named_with_its_figure(db, question, today, region, value):
    """Money and units rank the same province first, so it is named; two named provinces are compared."""
    answer = await AnswerEngine(db).answer(question, today)
    assert (answer.answered, answer.region, answer.value) == (True, region, value)
    assert answer.text.startswith(f"استان {region} با ")
