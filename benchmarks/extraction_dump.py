"""Every stored figure of a corpus, one line each, to compare before and after a change that must not change
what is extracted: the shared corpus, the seeds, the test releases and n generated releases (benchmarks/corpus.py).

Usage: .venv/bin/python benchmarks/extraction_dump.py [--generated N] > dump.txt; then diff two dumps (terms are
sorted: their order follows a set of words and differs from run to run).
"""
import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

from bot.ingest import extract_named  # noqa: E402
from bot.release import decode, parse_release  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
OWN = [ROOT / "seeds", ROOT / "tests" / "data" / "releases"]


def releases(generated: int) -> list[tuple[str, str]]:
    files = [p for folder in (SHARED / "dev", SHARED / "real", *OWN) for p in sorted(folder.glob("*.*"))]
    named = [(p.name, decode(p.read_bytes())) for p in files]
    return named + [(f"generated {i}", text) for i, text in enumerate(corpus.texts(generated))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=200)
    args = parser.parse_args()
    for name, text in releases(args.generated):
        release = parse_release(text, default_date="1400-01-01")
        print(name, release.date, release.title, release.content_hash, sep=" | ")
        extraction = extract_named(release)
        for item in [*extraction.facts, *extraction.lists, *extraction.people]:
            print("  ", json.dumps(asdict(item), ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
