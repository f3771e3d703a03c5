"""Replies that can grow past one message («متن کامل خبر», /stats) arrive whole, in parts Telegram accepts."""
import re
import time

from telegram import Update

from bot.ingest import ingest
from bot.release import parse_release
from db import subscribers
from tests.fake_telegram import html_error, message_length
from tests.test_handlers import ADMIN, USER, app, message, say  # noqa: F401  (fixture)
from tests.test_paging import letters

LONG_BODY = "\n\n".join(f"بند {i}: شرکت‌های R&D با <سرمایه> بیش از {i} میلیارد ریال در شهرک‌ها فعال شدند. " * 6
                        for i in range(12))


def press(data: str, user: int = USER) -> Update:
    query = {"id": "1", "chat_instance": "ci", "data": data, "from": {"id": user, "is_bot": False, "first_name": "x"},
             "message": {"message_id": 5, "date": int(time.time()), "chat": {"id": user, "type": "private"}}}
    return Update.de_json({"update_id": 2, "callback_query": query}, None)


def assert_whole(replies: list[dict], text: str) -> None:
    """Every part valid HTML within 4,096 after entity parsing; together they read `text`, in order."""
    assert all(message_length(r["text"], "HTML") <= 4096 and html_error(r["text"]) is None for r in replies)
    assert letters([r["text"] for r in replies]) == re.sub(r"\s", "", text)


async def test_full_release_of_five_thousand_characters_with_markup_arrives_whole(app):  # noqa: F811
    """«متن کامل خبر» of a 5,000-character release full of &<> sends every word, title in bold and date first."""
    assert len(LONG_BODY) > 5000
    stored = await ingest(app.bot_data["db"], parse_release(LONG_BODY, date="1404-11-05", title="R&D <ویژه>"))
    replies = await say(app, press(f"r:{stored.release_id}"))
    assert len(replies) >= 2
    assert replies[0]["text"].startswith("<b>R&amp;D &lt;ویژه&gt;</b>\n۵ بهمن ۱۴۰۴")
    assert_whole(replies, f"R&D <ویژه>۵ بهمن ۱۴۰۴{LONG_BODY}")


async def test_stats_with_long_unanswered_questions_arrives_whole(app):  # noqa: F811
    """/stats listing five long stored questions full of &<> arrives escaped, whole and within the limit."""
    for i in range(5):
        await subscribers.log_question(app.bot_data["db"], USER, f"{i} پرسش R&D <بلند> " * 25, False, 0.0)
    replies = await say(app, message("/stats", user=ADMIN))
    assert all(message_length(r["text"], "HTML") <= 4096 and html_error(r["text"]) is None for r in replies)
    assert sum(r["text"].count("R&amp;D &lt;بلند&gt;") for r in replies) == 5 * 25
