"""Real conversations with the bot process, started as the README runs it, through the fake Bot API."""
import contextlib
import csv
import io
from pathlib import Path

import pytest

from tests import bot_process
from tests.fake_telegram import FakeTelegram

ADMIN, USER, OTHER = 1001, 2002, 3003
TOKEN = "123456:TEST-token_e2e"
RELEASE = ("---\ndate: 1404-11-05\ntitle: واگذاری زمین در شهرک‌های صنعتی\n---\n"
           "مدیرعامل سازمان صنایع کوچک و شهرک‌های صنعتی ایران گفت: در ۱۰ ماهه امسال ۱۲۰۰ هکتار زمین "
           "در شهرک‌های صنعتی کشور به سرمایه‌گذاران واگذار شد که نسبت به مدت مشابه سال گذشته (۹۰۰ هکتار) "
           "۳۳ درصد بیشتر است.\n")


def running_bot(tmp_path: Path, **env: str) -> contextlib.AbstractContextManager[FakeTelegram]:
    """The bot process against a fresh fake server (tests.bot_process); its log goes to `fake.log_path`."""
    return bot_process.running_bot(tmp_path / "bot.db", ADMIN, token=TOKEN, **env)


@pytest.fixture
def bot(tmp_path):
    with running_bot(tmp_path) as fake:
        yield fake


def to(chat: int, contains: str):
    return lambda m: m["chat"]["id"] == chat and contains in m.get("text", "")


def button(message: dict, label: str) -> str:
    """The callback data of the message's button whose label contains `label`."""
    return next(b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row
                if label in b["text"])


def test_question_answered_with_the_right_number(bot):
    """A question in everyday Persian gets the number, and a button to read the release."""
    bot.say(USER, "سال ۱۳۹۹ چند واحد راکد احیا شد؟")
    reply = bot.wait_for(to(USER, "۱٬۵۵۷"))
    assert reply["reply_markup"]["inline_keyboard"][0][0]["callback_data"].startswith("r:")


def test_unknown_question_offers_suggestions_that_can_be_pressed(bot):
    """«نمی‌دانم» with suggestion buttons; pressing one shows that statistic."""
    bot.say(USER, "چند فرصت شغلی ایجاد شد در سال ۱۴۰۱؟")
    offer = bot.wait_for(to(USER, "ندارم"))
    button = offer["reply_markup"]["inline_keyboard"][0][0]
    assert button["callback_data"].startswith("f:") and len(button["callback_data"].encode()) <= 64
    bot.press(USER, button["callback_data"], offer)
    shown = bot.wait_for(lambda m: m["chat"]["id"] == USER and m["text"].startswith("قریب ۲۶ هزار"))
    assert "منبع" in shown["text"]


def test_subscribe_admin_posts_document_and_subscriber_receives(bot):
    """Subscribe; the admin posts a .txt release, previews, publishes; the subscriber gets it once."""
    bot.say(USER, "/subscribe")
    bot.wait_for(to(USER, "عضو شدید"))
    bot.say(ADMIN, "/post")
    bot.wait_for(to(ADMIN, "متن خبر را بفرستید"))
    bot.send_document(ADMIN, "release.txt", RELEASE.encode())
    preview = bot.wait_for(to(ADMIN, "پیش‌نمایش"))
    assert "۱٬۲۰۰ هکتار" in preview["text"]
    labels = [b["text"] for row in preview["reply_markup"]["inline_keyboard"] for b in row]
    assert any("انتشار" in t for t in labels) and any("لغو" in t for t in labels)
    bot.press(ADMIN, button(preview, "انتشار"), preview)
    bot.wait_for(to(USER, "واگذاری زمین"))
    bot.wait_for(to(ADMIN, "۱ فرستاده"))
    asked = len(bot.sent)
    bot.say(USER, "در ۱۰ ماهه ۱۴۰۴ چند هکتار زمین واگذار شد؟")
    answer = bot.wait_for(to(USER, "۱٬۲۰۰ هکتار"), since=asked)
    chart_button = answer["reply_markup"]["inline_keyboard"][0][-1]
    assert "نمودار" in chart_button["text"] and chart_button["callback_data"].startswith("g:")
    bot.press(USER, chart_button["callback_data"], answer)
    photo = bot.wait_for(lambda m: m["chat"]["id"] == USER and m["method"] == "sendPhoto")
    assert photo["upload"]["data"][:8] == b"\x89PNG\r\n\x1a\n" and len(photo["upload"]["data"]) > 10_000
    assert "۹۰۰ هکتار" in photo["caption"] and "۱٬۲۰۰ هکتار" in photo["caption"]
    assert "sendChatAction" in bot.calls
    assert sum(1 for m in bot.sent if m["chat"]["id"] == USER and "واگذاری زمین" in m.get("text", "")
               and "📰" in m.get("text", "")) == 1


def test_non_admin_refused_and_odd_input_handled(bot):
    """A non-admin /post is refused; a forged button and HTML-looking text are answered politely."""
    bot.say(OTHER, "/post")
    bot.wait_for(to(OTHER, "فقط برای مدیران"))
    bot.press(OTHER, "x:<b>", {"message_id": 1, "date": 0, "chat": {"id": OTHER, "type": "private"}})
    bot.wait_for(to(OTHER, "معتبر نیست"))
    bot.say(OTHER, "<script>alert(1)</script> چند واحد؟")
    bot.wait_for(lambda m: m["chat"]["id"] == OTHER and "&lt;" not in m["text"] and "نمی‌دانم" in m["text"])


def test_topics_for_everyone_and_the_csv_export_for_admins(bot):
    """/topics shows what can be asked; /export sends admins every statistic as a CSV Excel can read."""
    bot.say(USER, "/topics")
    topics = bot.wait_for(to(USER, "آنچه می‌توانید بپرسید"))
    assert "• واحد — " in topics["text"] and "بازگشت" in topics["text"] and "۱۳۹۹" in topics["text"]
    bot.say(OTHER, "/export")
    bot.wait_for(to(OTHER, "فقط برای مدیران"))
    bot.say(ADMIN, "/export")
    sent = bot.wait_for(lambda m: m["chat"]["id"] == ADMIN and m["method"] == "sendDocument")
    data = sent["upload"]["data"]
    assert sent["upload"]["filename"].endswith(".csv") and data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    revived = [r for r in rows if r["مقدار"] == "1557" and r["دوره"] == "سال ۱۳۹۹"]
    assert all(r["یکا"] == "واحد" and r["تاریخ خبر"] == "1400-04-03" for r in revived)
    assert any("سال گذشته" in r["جمله‌ی خبر"] for r in revived)
    assert not any(m["chat"]["id"] == OTHER and m["method"] == "sendDocument" for m in bot.sent)


def test_token_never_appears_in_the_log(tmp_path):
    """At DEBUG, through questions, buttons, a post and an error whose text carries the URL, no line has the token."""
    with running_bot(tmp_path, LOG_LEVEL="DEBUG") as bot:
        bot.errors[OTHER] = [(500, {"description": f"Internal Server Error at /bot{TOKEN}/sendMessage"})]
        bot.say(OTHER, "/help")
        bot.say(USER, "سال ۱۳۹۹ چند واحد راکد احیا شد؟")
        bot.wait_for(to(USER, "۱٬۵۵۷"))
        bot.say(ADMIN, "/post")
        bot.wait_for(to(ADMIN, "متن خبر را بفرستید"))
        bot.send_document(ADMIN, "release.txt", RELEASE.encode())
        bot.wait_for(to(ADMIN, "پیش‌نمایش"))
    log = bot.log_path.read_text()
    assert "Internal Server Error at /bot<BOT_TOKEN>/sendMessage" in log and "getUpdates" in log
    assert TOKEN not in log and TOKEN.replace(":", "%3A") not in log
