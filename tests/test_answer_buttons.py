"""The buttons under an answer, in-process: the chart's «drawing…» note, and follow-up chips that answer."""
import time

import pytest
from telegram import Update

from bot.ingest import ingest
from bot.release import parse_release
from bot.settings import Settings
from handlers.app import build, post_init
from tests.fake_request import FakeRequest
from tests.test_charts import LORESTAN

USER = 2002


@pytest.fixture
async def app(tmp_path):
    request = FakeRequest()
    application = build(Settings(bot_token="123:TEST"), str(tmp_path / "c.db"), request=request)
    await application.initialize()
    await post_init(application)
    for date, title, body in LORESTAN:
        await ingest(application.bot_data["db"], parse_release(f"---\ndate: {date}\ntitle: {title}\n---\n{body}\n"))
    application.fake = request
    yield application
    await application.bot_data["db"].close()
    await application.shutdown()


async def send(app, kind: str, payload: dict) -> list[tuple[str, dict]]:
    before = len(app.fake.calls)
    await app.process_update(Update.de_json({"update_id": 1, kind: payload}, app.bot))
    return app.fake.calls[before:]


def chat_message(text: str) -> dict:
    return {"message_id": 1, "date": int(time.time()), "chat": {"id": USER, "type": "private"},
            "from": {"id": USER, "is_bot": False, "first_name": "کاربر"}, "text": text}


def press(data: str) -> dict:
    return {"id": "1", "chat_instance": "c", "data": data, "from": chat_message("")["from"],
            "message": {**chat_message(""), "message_id": 7}}


async def ask(app, question: str) -> dict[str, str]:
    """The buttons under the answer to `question`, by label."""
    [(_, answer)] = [c for c in await send(app, "message", chat_message(question)) if c[0] == "sendMessage"]
    return {b["text"]: b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row}


async def test_first_chart_shows_a_drawing_note_the_second_does_not(app):
    """The note comes before the photo and is deleted after it; a chart already drawn is sent at once."""
    chart = (await ask(app, "سال ۱۴۰۳ در لرستان چند واحد راکد احیا شد؟"))["📊 نمودار"]
    first = [(m, p.get("text")) for m, p in await send(app, "callback_query", press(chart))
             if m in ("sendMessage", "sendPhoto", "deleteMessage")]
    assert first == [("sendMessage", "در حال رسم نمودار…"), ("sendPhoto", None), ("deleteMessage", None)]
    again = [m for m, _ in await send(app, "callback_query", press(chart)) if m in ("sendMessage", "sendPhoto")]
    assert again == ["sendPhoto"]


async def test_only_chips_with_an_answer_are_offered_and_pressing_one_answers(app):
    """1402 is reported, so «سال قبلش؟» is offered and gives 20; one province only, so no «استان‌های دیگر»."""
    offered = await ask(app, "سال ۱۴۰۳ در لرستان چند واحد راکد احیا شد؟")
    assert "سال قبلش؟" in offered and "استان‌های دیگر" not in offered and {"👍", "👎"} <= set(offered)
    [reply] = [p["text"] for m, p in await send(app, "callback_query", press(offered["سال قبلش؟"]))
               if m == "sendMessage"]
    assert reply.startswith("۲۰ واحد") and "سال ۱۴۰۲" in reply
