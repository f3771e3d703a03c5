"""Every stored figure of a corpus, one line each, to compare before and after a change that must not change
what is extracted or stored: the shared corpus, the seeds, the test releases and n generated releases
(benchmarks/corpus.py).

Usage: .venv/bin/python benchmarks/extraction_dump.py [--generated N] [--stored] > dump.txt; then diff two dumps.
Without --stored each release's extraction is printed (terms sorted: their order follows a set of words and
differs from run to run); with --stored the releases go through the bulk load (`ingest_files`, worker
processes included) and every row of the tables it writes is printed, ids, term counts and topic coverage
included (run it with PYTHONHASHSEED=0 on both sides: a fact's packed words keep the order of a set).
"""
import argparse
import asyncio
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

from bot import ingest  # noqa: E402
from bot.ingest import extract_named  # noqa: E402
from bot.release import decode, parse_release  # noqa: E402
from db.packed_terms import unpack  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
OWN = [ROOT / "seeds", ROOT / "tests" / "data" / "releases"]
TABLES = {"releases": "id", "facts": "id", "fact_terms": "term, date_key, fact_id", "term_counts": "term",
          "topic_coverage": "unit, aspect, value, weight", "lists": "id", "people": "id"}


def releases(generated: int) -> list[tuple[str, str]]:
    files = [p for folder in (SHARED / "dev", SHARED / "real", *OWN) for p in sorted(folder.glob("*.*"))]
    named = [(p.name, decode(p.read_bytes())) for p in files]
    return named + [(f"generated {i}", text) for i, text in enumerate(corpus.texts(generated))]


def print_extracted(generated: int) -> None:
    for name, text in releases(generated):
        release = parse_release(text, default_date="1400-01-01")
        print(name, release.date, release.title, release.content_hash, sep=" | ")
        extraction = extract_named(release)
        for item in [*extraction.facts, *extraction.lists, *extraction.people]:
            print("  ", json.dumps(asdict(item), ensure_ascii=False, sort_keys=True))


async def print_stored(generated: int) -> None:
    ingest.PARALLEL_FROM = 2  # worker processes whatever the number of files
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, (_, text) in enumerate(releases(generated)):
            files.append(Path(tmp) / f"{i:06d}.txt")
            files[-1].write_text(text, encoding="utf-8")
        db = await ingest.open_database(Path(tmp) / "dump.db")
        async for name, outcome in ingest.ingest_files(db, [str(f) for f in files]):
            print(Path(name).name, type(outcome).__name__, getattr(outcome, "release_id", ""))
        for table, order in TABLES.items():
            for row in await db.conn.execute_fetchall(f"SELECT * FROM {table} ORDER BY {order}"):
                print(table, json.dumps(_readable(table, dict(row)), ensure_ascii=False, sort_keys=True))
        await db.close()


def _readable(table: str, row: dict) -> dict:
    row.pop("created_at", None)
    if table == "facts":
        row["terms"] = unpack(row["terms"])
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=200)
    parser.add_argument("--stored", action="store_true", help="the rows a bulk load stores, not the extraction")
    args = parser.parse_args()
    if args.stored:
        asyncio.run(print_stored(args.generated))
    else:
        print_extracted(args.generated)


if __name__ == "__main__":
    main()
