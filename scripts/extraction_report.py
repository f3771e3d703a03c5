"""Extraction precision and recall against tests/data/gold_facts.json (value, unit, period).

Usage (from the project root): .venv/bin/python scripts/extraction_report.py
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.extract.facts import extract  # noqa: E402
from bot.extract.gold import compare  # noqa: E402
from bot.release import decode, parse_release  # noqa: E402

GOLD = json.loads((ROOT / "tests" / "data" / "gold_facts.json").read_text(encoding="utf-8"))
PLACES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "dev"]


def main() -> int:
    hits = extracted = expected = 0
    for name, gold in sorted(GOLD.items()):
        path = next(p / name for p in PLACES if (p / name).exists())
        release = parse_release(decode(path.read_bytes()))
        score = compare(extract(release.body, release.title, release.ref).facts, gold)
        hits, extracted, expected = hits + score.true_positive, extracted + score.extracted, expected + score.expected
        print(f"{name}: precision {score.precision:.2f} recall {score.recall:.2f}"
              f"{'  missing ' + str(score.missing) if score.missing else ''}"
              f"{'  extra ' + str(score.extra) if score.extra else ''}")
    print(f"all: precision {hits / extracted:.3f}, recall {hits / expected:.3f} ({hits} of {expected} gold facts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
