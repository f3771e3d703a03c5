"""Accuracy on the project's question set and the shared sets, failures grouped by kind (issue #13's list).

Usage (from the project root): .venv/bin/python scripts/qa_report.py [--misses tests/data/shared_misses.tsv]
With --misses, the shared sets' failures are written as the known misses of tests/test_shared_questions.py.
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
DEV, REAL, EXTRA = SHARED / "corpus" / "dev", SHARED / "corpus" / "real", ROOT / "tests" / "data" / "releases"
SETS = {  # name: (question files, release folders)
    "project": ([ROOT / "tests" / "data" / "questions.jsonl"], [DEV, EXTRA]),
    "dev": ([SHARED / "eval" / "dev_questions.jsonl"], [DEV]),
    "real": ([SHARED / "eval" / "real_questions_n.jsonl", SHARED / "eval" / "real_questions_p.jsonl"], [DEV, REAL]),
}
_SUM_OR_DIFFERENCE = re.compile(r"مجموع|جمع|روی ?هم|بیشتر|کمتر|نسبت به|میانگین|متوسط|(?<!\w)هر |برابر|کدام|رشد")
_MONTHS_OR_YEAR = re.compile(r"ماهه|ماه |سال|امسال|پارسال|نیمه|تا آخر|تا پایان|الان|حالا")


def kind_of(row: dict) -> str:
    """Which of issue #13's kinds a failure is: what the reader asked and what the bot did."""
    expect, got, question = row["expect"], row["got"] or {}, row["q"]
    text = got.get("text") or ""
    if row["wrong"]:
        return "wrong number (confident)"
    if expect.get("answered") is False:
        return "out of scope, answered"
    if "text_any" in expect or "text_all" in expect:
        return "people and names"
    if got.get("choices"):
        return "choice offered (two close readings)"
    if row.get("group") == "stretch" or _SUM_OR_DIFFERENCE.search(question):
        return "derived (sum, difference, growth, share, per unit, which)"
    if text.startswith("درباره‌ی"):
        return "over-refusal on words no release uses"
    if "آماری در اخبار سازمان ندارم" in text and _MONTHS_OR_YEAR.search(question):
        return "period (asked vs reported)"
    if "آماری در اخبار سازمان ندارم" in text:
        return "place (province vs national)"
    return "which of several figures (no confident match)"


def scored_rows(questions: list[Path], releases: list[Path]) -> tuple[list[dict], str]:
    out = Path(tempfile.mkdtemp()) / "rows.json"
    args = [a for q in questions for a in ("--questions", str(q))]
    args += [a for r in releases for a in ("--releases", str(r))]
    proc = subprocess.run([sys.executable, str(SCORE), *args, "--json-out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def write_misses(path: Path, rows: list[dict]) -> None:
    """One line per missed shared question: id, kind, and what the bot said instead."""
    lines = ["# Known misses of the shared question sets (tests/test_shared_questions.py expects these to fail).",
             "# Written by scripts/qa_report.py --misses; id<TAB>kind<TAB>what the bot did"]
    for r in sorted(rows, key=lambda r: r["id"]):
        first = ((r["got"] or {}).get("text") or "no answer").splitlines()[0][:90]
        lines.append(f"{r['id']}\t{kind_of(r)}\t{first}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", type=Path, help="write the shared sets' failures here")
    args = parser.parse_args()
    shared_misses = []
    for name, (questions, releases) in SETS.items():
        rows, summary = scored_rows(questions, releases)
        print(f"== {name}")
        print("\n".join(summary.strip().splitlines()[-6:]))
        failed = [r for r in rows if not r["ok"]]
        for kind, n in Counter(kind_of(r) for r in failed).most_common():
            print(f"   {n:3d}  {kind}")
        shared_misses += failed if name != "project" else []
    if args.misses:
        write_misses(args.misses, shared_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
