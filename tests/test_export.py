"""The export round-trips: every stored statistic comes back from the CSV with its value and sentence."""
import csv
import io

from bot.export import to_csv
from db import releases


async def test_csv_round_trips(full_db):
    """UTF-8 with BOM; reading the CSV back gives the same values, periods and sentences."""
    facts = await releases.all_facts(full_db)
    text = to_csv(facts)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert [(float(r["value"]), r["period"] or None, r["sentence"]) for r in rows] == [
        (f.value, f.period.label if f.period else None, f.sentence) for f in facts]
