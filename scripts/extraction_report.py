"""Extraction against both gold sets.

- the project's gold (tests/data/gold_facts.json: value, unit, period of the seed and the dev releases);
- the shared gold of real releases (../shared/eval/real_facts_*.jsonl: value, period and province), scored
  as ../shared/eval/extract_score.py does, with every miss listed when -v is given.

Usage (from the project root): .venv/bin/python scripts/extraction_report.py [-v]
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.extract.facts import extract  # noqa: E402
from bot.extract.gold import compare, compare_full  # noqa: E402
from bot.release import decode, parse_release  # noqa: E402

GOLD = json.loads((ROOT / "tests" / "data" / "gold_facts.json").read_text(encoding="utf-8"))
PLACES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "dev"]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
REAL = ROOT.parent / "shared" / "corpus" / "real"


def _facts(path: Path):
    release = parse_release(decode(path.read_bytes()))
    return extract(release.body, release.title, release.ref).facts


def project_gold() -> None:
    hits = extracted = expected = 0
    for name, gold in sorted(GOLD.items()):
        score = compare(_facts(next(p / name for p in PLACES if (p / name).exists())), gold)
        hits, extracted, expected = hits + score.true_positive, extracted + score.extracted, expected + score.expected
        print(f"{name}: precision {score.precision:.2f} recall {score.recall:.2f}"
              f"{'  missing ' + str(score.missing) if score.missing else ''}"
              f"{'  extra ' + str(score.extra) if score.extra else ''}")
    print(f"project gold: precision {hits / extracted:.3f}, recall {hits / expected:.3f} ({hits} of {expected})\n")


def shared_gold(verbose: bool) -> None:
    gold: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(SHARED_EVAL.glob("real_facts_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                fact = json.loads(line)
                gold[fact["release"]].append(fact)
    n = values = full = extracted = stray = 0
    for name, facts in sorted(gold.items()):
        score = compare_full(_facts(REAL / name), facts)
        n, values, full = n + score.expected, values + score.values, full + score.full
        extracted, stray = extracted + score.extracted, stray + score.stray
        print(f"{name}: full {score.full}/{score.expected}, stray {score.stray}/{score.extracted}")
        for miss in score.misses if verbose else []:
            print(f"    MISS {miss}")
    print(f"shared gold: value recall {values}/{n} ({100 * values / n:.1f}%), full recall {full}/{n} "
          f"({100 * full / n:.1f}%), precision {extracted - stray}/{extracted} "
          f"({100 * (extracted - stray) / extracted:.1f}%)")


def main() -> int:
    project_gold()
    if SHARED_EVAL.exists():
        shared_gold("-v" in sys.argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
