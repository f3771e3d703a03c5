"""The command line the scorer drives: ingest and ask, with their errors."""
import json
import subprocess
import sys

from tests.conftest import DEV_CORPUS, ROOT


def run(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={"LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin"})


def test_ingest_json_then_ask(tmp_path):
    """Ingest prints one JSON object per release, a second ingest says duplicate, ask answers from stdin."""
    db = str(tmp_path / "x.db")
    first = run("ingest", "--db", db, "--json", str(DEV_CORPUS[0]))
    again = run("ingest", "--db", db, "--json", str(DEV_CORPUS[0]))
    rows = [json.loads(line) for line in first.stdout.splitlines()]
    assert first.returncode == 0 and rows[0]["date"] == "1399-08-11" and rows[0]["duplicate"] is False
    assert {"value", "unit", "period", "region", "sentence"} <= set(rows[0]["facts"][0])
    assert json.loads(again.stdout)["duplicate"] is True
    asked = run("ask", "--db", db, "--today", "1399-08-20", "--json",
                stdin="از اول امسال تا حالا چند واحد دوباره راه اندازی شده؟\n\n!!!\n")
    lines = [json.loads(line) for line in asked.stdout.splitlines()]
    assert [line["answered"] for line in lines] == [True, False, False]
    assert lines[0]["value"] == 819 and lines[0]["sources"][0]["date"] == "1399-08-11"


def test_ingest_errors_store_nothing(tmp_path):
    """A missing file, binary data and a dateless text fail with a Persian message and a non-zero exit."""
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "nodate.txt").write_text("در سال گذشته ۱۵۵۷ واحد صنعتی راکد به چرخه تولید بازگشت.", encoding="utf-8")
    db = str(tmp_path / "x.db")
    result = run("ingest", "--db", db, str(tmp_path / "missing.txt"), str(tmp_path / "bin.txt"),
                 str(tmp_path / "nodate.txt"))
    assert result.returncode == 1
    assert result.stderr.count("\n") >= 3 and "پیدا نشد" in result.stderr and "تاریخ" in result.stderr
    count = run("ask", "--db", db, "--today", "1404-01-01", "--json", "آخرین خبرها")
    assert [s["date"] for s in json.loads(count.stdout)["sources"]] == ["1400-04-03"]  # only the seed


def test_chart_and_topics_from_the_command_line(tmp_path):
    """`chart` writes the PNG of a measure reported for two periods and says so when there is one period;
    `topics` lists what can be asked."""
    db, out = str(tmp_path / "x.db"), tmp_path / "lorestan.png"
    run("ingest", "--db", db, *map(str, DEV_CORPUS))
    charted = run("chart", "--db", db, "--today", "1404-10-20", "--out", str(out),
                  "سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟")
    assert charted.returncode == 0 and out.read_bytes()[:4] == b"\x89PNG"
    assert "• ۹ ماهه نخست ۱۴۰۳: ۴۱۰ هزار میلیارد ریال" in charted.stdout
    single = run("chart", "--db", db, "--today", "1404-10-20", "--out", str(tmp_path / "no.png"),
                 "سال ۹۹ چند واحد احیا شد؟")
    assert single.returncode == 1 and "یک دوره" in single.stderr and not (tmp_path / "no.png").exists()
    topics = run("topics", "--db", db)
    assert topics.returncode == 0 and "• واحد — " in topics.stdout
