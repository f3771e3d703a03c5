"""The terminal front end: a Persian chat on the same core, and the readable ingest table."""
import asyncio
import sys

from bot.answer.engine import AnswerEngine
from bot.answer.followup import Conversation
from bot.answer.render import fa, jalali_date
from bot.fact_lines import fact_line, other_lines
from bot.ingest import IngestResult
from bot.messages import say
from bot.topics import TopicIndex, topics_text

_PROMPT = "❓ "
_EXIT_WORDS = frozenset({"خروج", "exit", "quit", "q"})
_TOPICS_WORDS = frozenset({"/topics", "موضوعات", "موضوع‌ها"})


def ingest_table(result: IngestResult) -> str:
    """What was extracted from a release, one statistic a line, in Persian."""
    if result.duplicate:
        return say("ingest_duplicate", release_id=fa(result.release_id))
    ex = result.extraction
    lines = [say("ingest_stored", title=result.release.title, date=jalali_date(result.release.date),
                 facts=fa(len(ex.facts)), lists=fa(len(ex.lists)), people=fa(len(ex.people)))]
    lines.extend(fact_line(f) for f in ex.facts)
    return "\n".join(lines + other_lines(ex))


async def run_chat(engine: AnswerEngine, topics: TopicIndex, today: tuple[int, int, int]) -> None:
    """Read questions until end of input or «خروج»; answer each; /topics lists what can be asked."""
    print(say("chat_welcome"))
    conversation = Conversation()
    while True:
        print(_PROMPT, end="", flush=True)
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line or line.strip().lower() in _EXIT_WORDS:
            print(say("chat_bye"))
            return
        if line.strip() in _TOPICS_WORDS:
            print(topics_text(await topics.topics()) + "\n", flush=True)
        elif line.strip():
            answer = await engine.answer(line.strip(), today, conversation)
            print(answer.text + "\n", flush=True)
