"""Accuracy on the project's question set and the shared dev set, errors grouped by kind.

Usage (from the project root): .venv/bin/python scripts/qa_report.py
"""
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ROOT / "tests" / "data" / "releases"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
SETS = {"project": ROOT / "tests" / "data" / "questions.jsonl",
        "dev": ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"}


def kind_of(row: dict) -> str:
    expect = row["expect"]
    if row["wrong"]:
        return "wrong number (confident)"
    if expect.get("answered") is False:
        return "out-of-scope answered"
    if "text_any" in expect or "text_all" in expect:
        return "list/person missed"
    return "period/partial missed" if row["got"] and "آماری" in (row["got"].get("text") or "") else "no confident match"


def main() -> int:
    for name, path in SETS.items():
        out = Path(tempfile.mkdtemp()) / "rows.json"
        releases = ["--releases", str(ROOT.parent / "shared" / "corpus" / "dev"), "--releases", str(EXTRA)]
        proc = subprocess.run([sys.executable, str(SCORE), "--questions", str(path), "--json-out", str(out), *releases],
                              capture_output=True, text=True, cwd=ROOT)
        print(f"== {name} ({path.name})")
        print("\n".join(proc.stdout.strip().splitlines()[-5:]))
        rows = json.loads(out.read_text(encoding="utf-8"))
        errors = Counter(kind_of(r) for r in rows if not r["ok"])
        for kind, n in errors.most_common():
            print(f"   {n:3d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
