"""Every stored statistic as CSV for spreadsheets (UTF-8 with BOM, Persian headers) or JSON lines.

The CSV is read by people in Excel or LibreOffice: headers and periods in Persian, whole numbers without «.0»,
and no cell that a spreadsheet would run as a formula (a text starting with = + - @ gets a leading ').
"""
import asyncio
import csv
import io
import json
import sys

from bot.answer.model import StoredFact
from bot.answer.render import period_words
from bot.fact_lines import measure, place
from bot.ingest import open_database
from db import releases
from db.connection import Database

# key in JSON -> header in the CSV
COLUMNS: dict[str, str] = {
    "measure": "سنجه", "value": "مقدار", "value_max": "تا مقدار", "unit": "یکا", "period": "دوره",
    "place": "مکان", "region": "استان یا شهر", "scope": "شهرک‌ها", "qualifier": "قید", "target": "برنامه",
    "sentence": "جمله‌ی خبر", "release_id": "شماره‌ی خبر", "release_date": "تاریخ خبر", "release_title": "عنوان خبر",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
YES, NO = "برنامه", ""


def number(value: float | None) -> int | float | None:
    """1557.0 -> 1557: a whole number is written without a decimal point."""
    return int(value) if value is not None and value == int(value) else value


def row(fact: StoredFact) -> dict:
    """One statistic, keyed as in COLUMNS; numbers as numbers, the period in Persian words."""
    return {"measure": measure(fact), "value": number(fact.value), "value_max": number(fact.value_max),
            "unit": fact.unit, "period": period_words(fact.period) or None, "place": place(fact.region, fact.scope),
            "region": fact.region, "scope": fact.scope, "qualifier": fact.qualifier,
            "target": YES if fact.is_target else NO, "sentence": fact.sentence,
            "release_id": fact.source.release_id, "release_date": fact.source.date,
            "release_title": fact.source.title}


def cell(value: object) -> object:
    """A text a spreadsheet would take for a formula is prefixed with ' so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(facts: list[StoredFact]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS.values())
    writer.writerows([cell(v) for v in row(f).values()] for f in facts)
    return "\ufeff" + out.getvalue()


async def csv_bytes(db: Database) -> bytes:
    """Every stored statistic as a CSV file's bytes; the text is built in a worker thread."""
    facts = await releases.all_facts(db)
    return (await asyncio.to_thread(to_csv, facts)).encode("utf-8")


async def run_export(db_path: str, fmt: str) -> int:
    db = await open_database(db_path)
    try:
        facts = await releases.all_facts(db)
    finally:
        await db.close()
    if fmt == "csv":
        sys.stdout.write(to_csv(facts))
    else:
        sys.stdout.write("".join(json.dumps(row(f), ensure_ascii=False) + "\n" for f in facts))
    return 0
