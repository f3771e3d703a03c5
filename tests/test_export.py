"""The export round-trips and reads well in a spreadsheet: Persian headers, whole numbers, Jalali periods."""
import csv
import io
from dataclasses import replace

import pytest

from bot.answer.render import period_words
from bot.export import COLUMNS, to_csv
from db import releases


def read(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


async def test_csv_round_trips(full_db):
    """Reading the CSV back gives the same values, Jalali periods and sentences, in the same order."""
    facts = await releases.all_facts(full_db)
    rows = read(to_csv(facts))
    assert [(float(r["مقدار"]), r["دوره"], r["جمله‌ی خبر"]) for r in rows] == [
        (f.value, period_words(f.period), f.sentence) for f in facts]


async def test_csv_speaks_persian_and_writes_whole_numbers_plainly(seed_db):
    """The header row is Persian; 1557 is «1557», not «1557.0»; the period reads «سال ۱۳۹۹»."""
    text = to_csv(await releases.all_facts(seed_db))
    header = text[1:].split("\r\n", 1)[0]
    assert header.split(",") == list(COLUMNS.values())
    revived = next(r for r in read(text) if r["مقدار"] == "1557" and r["دوره"])
    assert (revived["دوره"], revived["یکا"], revived["تاریخ خبر"]) == ("سال ۱۳۹۹", "واحد", "1400-04-03")
    assert ".0" not in "".join(r["مقدار"] for r in read(text))


@pytest.mark.parametrize("evil", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
async def test_csv_injection_formulas_are_neutralised(seed_db, evil):
    """Issue #10 item 8: a sentence or title starting with = + - @ is written with a leading ', so it stays text."""
    [fact, *_] = await releases.all_facts(seed_db)
    poisoned = replace(fact, sentence=evil, source=replace(fact.source, title=evil))
    [row] = read(to_csv([poisoned]))
    assert row["جمله‌ی خبر"] == "'" + evil and row["عنوان خبر"] == "'" + evil
