"""Every stored statistic as CSV (UTF-8 with BOM, so Excel shows Persian) or JSON lines."""
import asyncio
import csv
import io
import json
import sys

from bot.answer.model import StoredFact
from bot.ingest import open_database
from db import releases
from db.connection import Database

COLUMNS = ("value", "value_max", "unit", "period", "region", "scope", "qualifier", "target", "sentence",
           "release_id", "release_date", "release_title")


def row(fact: StoredFact) -> dict:
    return {"value": fact.value, "value_max": fact.value_max, "unit": fact.unit,
            "period": fact.period.label if fact.period else None, "region": fact.region, "scope": fact.scope,
            "qualifier": fact.qualifier, "target": fact.is_target, "sentence": fact.sentence,
            "release_id": fact.source.release_id, "release_date": fact.source.date,
            "release_title": fact.source.title}


def to_csv(facts: list[StoredFact]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(row(f) for f in facts)
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
