"""The command line the scorer drives: ingest and ask, with their errors. Commands run in-process through
`main(argv)`; one test starts `python -m bot` itself."""
import io
import json
import subprocess
import sys

import pytest

from bot import ingest
from bot.cli import main
from bot.progress import Progress
from tests.conftest import DEV_CORPUS, ROOT


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run one command in this process: (exit code, stdout, stderr); logs only from WARNING, as in a shell."""
    monkeypatch.setenv("LOG_LEVEL", "WARNING")

    def run(*args: str, stdin: str = ""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_python_m_bot_ingests_json_then_answers_from_stdin(tmp_path):
    """The real process: ingest prints one JSON object per release, ask answers each line of stdin."""
    def run(*args, stdin=None):
        return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                              cwd=ROOT, timeout=120, env={"LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin"})
    db = str(tmp_path / "x.db")
    first = run("ingest", "--db", db, "--json", str(DEV_CORPUS[0]))
    rows = [json.loads(line) for line in first.stdout.splitlines()]
    assert first.returncode == 0 and rows[0]["date"] == "1399-08-11" and rows[0]["duplicate"] is False
    assert {"value", "unit", "period", "region", "sentence"} <= set(rows[0]["facts"][0])
    asked = run("ask", "--db", db, "--today", "1399-08-20", "--json",
                stdin="از اول امسال تا حالا چند واحد دوباره راه اندازی شده؟\n\n!!!\n")
    lines = [json.loads(line) for line in asked.stdout.splitlines()]
    assert [line["answered"] for line in lines] == [True, False, False]
    assert lines[0]["value"] == 819 and lines[0]["sources"][0]["date"] == "1399-08-11"


def test_a_second_ingest_of_the_same_text_is_a_duplicate(tmp_path, cli):
    """The same text again is recognised and not stored twice."""
    db = str(tmp_path / "x.db")
    cli("ingest", "--db", db, "--json", str(DEV_CORPUS[0]))
    code, out, _ = cli("ingest", "--db", db, "--json", str(DEV_CORPUS[0]))
    assert code == 0 and json.loads(out)["duplicate"] is True


def test_ingest_errors_store_nothing(tmp_path, cli):
    """A missing file, binary data and a dateless text fail with a Persian message and a non-zero exit."""
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "nodate.txt").write_text("در سال گذشته ۱۵۵۷ واحد صنعتی راکد به چرخه تولید بازگشت.", encoding="utf-8")
    db = str(tmp_path / "x.db")
    code, _, err = cli("ingest", "--db", db, str(tmp_path / "missing.txt"), str(tmp_path / "bin.txt"),
                       str(tmp_path / "nodate.txt"))
    assert code == 1
    assert err.count("\n") >= 3 and "پیدا نشد" in err and "تاریخ" in err
    _, out, _ = cli("ask", "--db", db, "--today", "1404-01-01", "--json", "آخرین خبرها")
    assert [s["date"] for s in json.loads(out)["sources"]] == ["1400-04-03"]  # only the seed


def test_bulk_ingest_in_worker_processes_keeps_file_order_and_the_good_files(tmp_path, cli, monkeypatch):
    """Many files: extracted in worker processes, stored a batch per transaction, printed in the order given;
    a refused file in the middle of a batch is named and costs the others nothing."""
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    monkeypatch.setattr(ingest, "BATCH", 2)
    monkeypatch.setattr(ingest, "CHUNK", 1)
    (tmp_path / "bin.txt").write_bytes(b"\x00")
    files = [str(DEV_CORPUS[0]), str(tmp_path / "bin.txt"), *map(str, DEV_CORPUS[1:]), str(DEV_CORPUS[0])]
    code, out, err = cli("ingest", "--db", str(tmp_path / "x.db"), "--json", *files)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and any(line.startswith(f"{tmp_path / 'bin.txt'}: ") for line in err.splitlines())
    assert [(r["release_id"], r["duplicate"]) for r in rows] == [
        (2, False), *((i, False) for i in range(3, len(DEV_CORPUS) + 2)), (2, True)]


def test_chart_and_topics_from_the_command_line(tmp_path, cli):
    """`chart` writes the PNG of a measure reported for two periods and says so when there is one period;
    `topics` lists what can be asked."""
    db, out = str(tmp_path / "x.db"), tmp_path / "lorestan.png"
    cli("ingest", "--db", db, *map(str, DEV_CORPUS))
    code, charted, _ = cli("chart", "--db", db, "--today", "1404-10-20", "--out", str(out),
                           "سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟")
    assert code == 0 and out.read_bytes()[:4] == b"\x89PNG"
    assert "• ۹ ماهه نخست ۱۴۰۳: ۴۱۰ هزار میلیارد ریال" in charted
    code, _, err = cli("chart", "--db", db, "--today", "1404-10-20", "--out", str(tmp_path / "no.png"),
                       "سال ۹۹ چند واحد احیا شد؟")
    assert code == 1 and "یک دوره" in err and not (tmp_path / "no.png").exists()
    code, topics, _ = cli("topics", "--db", db)
    assert code == 0 and "• واحد — " in topics


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "files", "shown"), [(Terminal, 250, True), (Terminal, 20, False),
                                                        (io.StringIO, 250, False)])
def test_progress_bar_only_for_long_loads_on_a_terminal(stream, files, shown):
    """A long load on a terminal redraws one line ending at the total; short or piped loads print nothing."""
    out = stream()
    bar = Progress(files, out)
    for _ in range(files):
        bar.advance()
    bar.close()
    assert (out.getvalue().rstrip("\n").rsplit("\r", 1)[-1].startswith(f"ingest {files}/{files} [") if shown
            else out.getvalue() == "")


def test_a_release_whose_extraction_fails_is_named_and_the_others_are_stored(tmp_path, cli, monkeypatch):
    """A fault while reading one release fails that file with a Persian line; the files around it are stored."""
    real = ingest.extract

    def failing(body, title, ref):
        if ref == (1399, 8, 11):
            raise ValueError("boom")
        return real(body, title, ref)

    monkeypatch.setattr(ingest, "extract", failing)
    code, out, err = cli("ingest", "--db", str(tmp_path / "x.db"), "--json", *map(str, DEV_CORPUS))
    named = [line for line in err.splitlines() if line.startswith(f"{DEV_CORPUS[0]}: ")]
    assert code == 1 and len(named) == 1 and "ذخیره نشد (ValueError: boom)" in named[0]
    assert len(out.splitlines()) == len(DEV_CORPUS) - 1
