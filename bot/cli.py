"""The command line: ingest, ask, chat, chart, topics, run, export. Entry point of `python -m bot`."""
import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from bot import clock, logs
from bot.answer.engine import AnswerEngine
from bot.answer.model import Answer
from bot.chart.charts import Charts
from bot.ingest import DatabaseUnavailable, IngestResult, ingest_files, open_database
from bot.lang.letters import TO_PERSIAN_DIGITS
from bot.messages import say
from bot.progress import Progress
from bot.release import ReleaseError, parse_jalali
from bot.settings import Settings, SettingsError
from bot.terminal import ingest_table, run_chat
from bot.topics import TopicIndex, topics_text
from db.connection import Database
from db.releases import count_releases

log = logging.getLogger("bot")
INTERRUPTED = 130  # the exit code of a command stopped by Ctrl-C (128 + SIGINT)


def _parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Amar-bot: آمار اخبار سازمان صنایع کوچک")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("ingest", help="store release files")
    p.add_argument("--db", default=settings.database_path)
    p.add_argument("--date")
    p.add_argument("--title")
    p.add_argument("--json", action="store_true")
    p.add_argument("files", nargs="+")
    p = sub.add_parser("ask", help="answer questions (arguments, or one per line on stdin)")
    p.add_argument("--db", default=settings.database_path)
    p.add_argument("--today")
    p.add_argument("--json", action="store_true")
    p.add_argument("question", nargs="*")
    p = sub.add_parser("chat", help="an interactive Persian chat in the terminal")
    p.add_argument("--db", default=settings.database_path)
    p.add_argument("--today")
    p = sub.add_parser("run", help="run the Telegram bot")
    p.add_argument("--db", default=settings.database_path)
    p = sub.add_parser("chart", help="the chart of an answer's measure over its periods, as a PNG file")
    p.add_argument("--db", default=settings.database_path)
    p.add_argument("--today")
    p.add_argument("--out", default="chart.png")
    p.add_argument("question")
    p = sub.add_parser("topics", help="what the bot can answer about")
    p.add_argument("--db", default=settings.database_path)
    p = sub.add_parser("export", help="every stored statistic as CSV or JSON")
    p.add_argument("--db", default=settings.database_path)
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    return parser


def result_json(result: IngestResult) -> dict:
    facts = [{"value": f.value, "value_max": f.value_max, "unit": f.unit, "kind": f.kind, "noun": f.noun,
              "period": f.period.label if f.period else None, "region": f.region, "place": f.place,
              "scope": f.scope,
              "qualifier": f.qualifier, "target": f.is_target, "sentence": f.sentence}
             for f in result.extraction.facts]
    return {"release_id": result.release_id, "date": result.release.date, "title": result.release.title,
            "duplicate": result.duplicate, "facts": facts,
            "lists": [{"head": x.head, "items": x.items} for x in result.extraction.lists],
            "people": [{"name": x.name, "role": x.role} for x in result.extraction.people]}


async def _ingest(args: argparse.Namespace) -> int:
    date = parse_jalali(args.date) if args.date else None
    db = await open_database(args.db)
    try:
        before = await count_releases(db)
        failed = await _load(db, args, date)
    except asyncio.CancelledError:  # Ctrl-C: asyncio.run cancels this task; the batches committed stay stored
        if task := asyncio.current_task():
            task.uncancel()
        _interrupted(await count_releases(db) - before, len(args.files))
        return INTERRUPTED
    finally:
        await db.close()
    return 1 if failed else 0


async def _load(db: Database, args: argparse.Namespace, date: str | None) -> int:
    """Store the files, printing each one's result; how many were not stored."""
    progress = Progress(len(args.files), sys.stderr)
    failed = 0
    try:
        async for name, outcome in ingest_files(db, args.files, date, args.title):
            progress.advance()
            if isinstance(outcome, IngestResult):
                print(json.dumps(result_json(outcome), ensure_ascii=False) if args.json else ingest_table(outcome))
                continue
            failed += 1
            _refused(name, outcome)
    finally:
        progress.close()
    return failed


def _interrupted(stored: int, files: int) -> None:
    """A load stopped by Ctrl-C: what it stored (the batch being written was rolled back), for both readers."""
    print(say("ingest_interrupted", stored=str(stored).translate(TO_PERSIAN_DIGITS),
              files=str(files).translate(TO_PERSIAN_DIGITS)), file=sys.stderr)
    log.warning("ingest interrupted: %s new releases stored from %s files; the batch in progress was rolled back",
                stored, files)


def _refused(name: str, err: Exception) -> None:
    """A file that was not stored: a Persian line for the user, a log line for the operator."""
    if isinstance(err, ReleaseError):
        print(f"{name}: {say('err_' + err.reason, path=name, detail=err.detail)}", file=sys.stderr)
        log.warning("ingest of %s refused: %s", name, err)
    else:
        print(f"{name}: {say('err_not_stored', detail=err)}", file=sys.stderr)
        log.error("ingest of %s failed in the database: %s", name, err)


def answer_json(answer: Answer) -> str:
    return json.dumps({
        "question": answer.question, "answered": answer.answered, "value": answer.value, "unit": answer.unit,
        "period": answer.period, "region": answer.region, "text": answer.text,
        "sources": [{"release_id": s.release_id, "date": s.date, "title": s.title} for s in answer.sources],
        "confidence": answer.confidence, "suggestions": answer.suggestions,
        "choices": [{"value": c.value, "unit": c.unit, "period": c.period, "region": c.region, "text": c.text}
                    for c in answer.choices]}, ensure_ascii=False)


async def _ask(args: argparse.Namespace) -> int:
    today = _today(args.today)
    questions = args.question if args.question else sys.stdin.read().split("\n")
    if not args.question and questions and questions[-1] == "":
        questions.pop()
    db = await open_database(args.db)
    engine = AnswerEngine(db)
    try:
        for question in questions:
            try:
                answer = await engine.answer(question, today)
            except Exception:  # one bad line must not cost the others their answers
                log.exception("question failed: %r", question)
                answer = Answer(question, False, say("no_answer"))
            print(answer_json(answer) if args.json else answer.text + "\n", flush=True)
    finally:
        await db.close()
    return 0


def _today(text: str | None) -> tuple[int, int, int]:
    if not text:
        return clock.today_jalali()
    y, m, d = (int(p) for p in parse_jalali(text).split("-"))
    return y, m, d


async def _chat(args: argparse.Namespace) -> int:
    db = await open_database(args.db)
    try:
        await run_chat(AnswerEngine(db), TopicIndex(db), _today(getattr(args, "today", None)))
    finally:
        await db.close()
    return 0


async def _chart(args: argparse.Namespace) -> int:
    today = _today(args.today)
    db = await open_database(args.db)
    try:
        engine = AnswerEngine(db)
        charts = Charts(db, engine)
        warming = asyncio.create_task(charts.warm())  # matplotlib loads while the question is answered
        answer = await engine.answer(args.question, today)
        await warming
        chart_id = await charts.offer(answer, today)
        chart = await charts.get(chart_id) if chart_id is not None else None
    finally:
        await db.close()
    print(answer.text + "\n")
    if chart is None:
        print(say("no_chart"), file=sys.stderr)
        return 1
    Path(args.out).write_bytes(chart.png)
    print(chart.caption + "\n" + say("chart_saved", path=args.out))
    return 0


async def _topics(args: argparse.Namespace) -> int:
    db = await open_database(args.db)
    try:
        print(topics_text(await TopicIndex(db).topics()))
    finally:
        await db.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        settings = Settings.from_env()
    except SettingsError as err:
        print(say("config_error", error=str(err)), file=sys.stderr)
        return 2
    logs.configure(settings.log_level, [settings.bot_token, settings.webhook_secret])
    args = _parser(settings).parse_args(argv)
    command = args.command or ("run" if settings.bot_token else "chat")
    try:
        return _dispatch(command, args, settings)
    except ReleaseError as err:
        print(say("err_" + err.reason, path="", detail=err.detail), file=sys.stderr)
        return 2
    except DatabaseUnavailable as err:
        print(say(err.key, path=err.path, error=err.reason), file=sys.stderr)
        return 1


def _dispatch(command: str, args: argparse.Namespace, settings: Settings) -> int:
    if command == "run" and settings.bot_token:
        from handlers.app import run_bot  # Telegram is imported only by the wiring

        return run_bot(settings, args.db)
    if command == "export":
        from bot.export import run_export

        return asyncio.run(run_export(args.db, args.format))
    if command in ("run", "chat") and args.command != "chat":  # no token: the offline chat instead
        args = argparse.Namespace(db=getattr(args, "db", settings.database_path), today=None)
        print(say("no_token_hint"), file=sys.stderr)
        command = "chat"
    commands = {"ingest": _ingest, "ask": _ask, "chat": _chat, "chart": _chart, "topics": _topics}
    return asyncio.run(commands[command](args))
