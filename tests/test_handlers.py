"""Handlers in-process with a fake request: what a person sees for each kind of input."""
import time

import pytest
from telegram import Update

from bot.broadcast import Part
from bot.settings import Settings
from db import subscribers
from handlers.app import build, make_sender, post_init, post_shutdown
from tests.fake_request import FakeRequest

USER, ADMIN = 2002, 1001


@pytest.fixture
async def app(tmp_path):
    settings = Settings(bot_token="123:TEST", admin_ids=frozenset({ADMIN}), questions_per_minute=3,
                        retry_limit=2, retry_base_delay=0, broadcast_rate=0)
    request = FakeRequest()
    application = build(settings, str(tmp_path / "h.db"), request=request)
    await application.initialize()
    await post_init(application)
    application.fake = request
    yield application
    await post_shutdown(application)
    await application.shutdown()


def message(text: str | None = None, user: int = USER, **extra) -> Update:
    payload = {"message_id": 1, "date": int(time.time()), "chat": {"id": user, "type": "private"},
               "from": {"id": user, "is_bot": False, "first_name": "کاربر"}, **extra}
    if text is not None:
        payload["text"] = text
        if text.startswith("/"):
            payload["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return Update.de_json({"update_id": 1, "message": payload}, None)


async def say(app, update: Update) -> list[dict]:
    before = len(app.fake.calls)
    await app.process_update(Update.de_json(update.to_dict(), app.bot))
    return [p for m, p in app.fake.calls[before:] if m == "sendMessage" and p.get("_status") != "refused"]


async def test_start_welcomes_with_example_buttons(app):
    """/start says what the bot knows and offers example questions as buttons."""
    [reply] = await say(app, message("/start"))
    assert "خبر" in reply["text"] and len(reply["reply_markup"]["inline_keyboard"]) >= 2


async def test_question_is_answered_and_html_escaped(app):
    """A question with markup characters is answered; nothing unescaped reaches Telegram."""
    [reply] = await say(app, message("<b>سال ۱۳۹۹ چند واحد راکد احیا شد؟"))
    assert "۱٬۵۵۷" in reply["text"] and reply["parse_mode"] == "HTML" and "<" not in reply["text"]


async def test_flood_control_after_the_limit(app):
    """The fourth question within a minute (limit 3 here) gets the polite notice."""
    replies = [(await say(app, message("سلام")))[0]["text"] for _ in range(4)]
    assert "آهسته" in replies[-1] and "آهسته" not in replies[0]


async def test_sticker_gets_a_polite_reply(app):
    """Non-text input is not an error."""
    sticker = {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1, "is_animated": False,
               "is_video": False, "type": "regular"}
    [reply] = await say(app, message(sticker=sticker))
    assert "متنی" in reply["text"]


async def test_blocking_the_bot_makes_the_subscriber_inactive(app):
    """my_chat_member «kicked» marks the chat inactive; /start makes it active again."""
    await say(app, message("/subscribe"))
    change = {"chat": {"id": USER, "type": "private"}, "from": {"id": USER, "is_bot": False, "first_name": "x"},
              "date": int(time.time()),
              "old_chat_member": {"status": "member", "user": {"id": 42, "is_bot": True, "first_name": "b"}},
              "new_chat_member": {"status": "kicked", "until_date": 0,
                                  "user": {"id": 42, "is_bot": True, "first_name": "b"}}}
    await app.process_update(Update.de_json({"update_id": 9, "my_chat_member": change}, app.bot))
    assert await subscribers.subscriber_state(app.bot_data["db"], USER) == (True, False)
    await say(app, message("/start"))
    assert await subscribers.subscriber_state(app.bot_data["db"], USER) == (True, True)


@pytest.mark.parametrize(("reply", "status"), [
    ((403, "Forbidden: bot was blocked by the user", {}), "blocked"),
    ((400, "Bad Request: chat not found", {}), "blocked"),
    ((429, "Too Many Requests: retry after 3", {"retry_after": 3}), "retry"),
    ((500, "Internal Server Error", {}), "error"),
    ("timeout", "unconfirmed"),
])
async def test_sender_turns_telegram_errors_into_outcomes(app, reply, status):
    """403 and «chat not found» block, 429 waits, 5xx retries, a timeout is unconfirmed (kept for /retry)."""
    app.fake.fail("sendMessage", reply)
    outcome = await make_sender(app)(USER, Part("خبر"))
    assert outcome.status == status
    if status == "retry":
        assert outcome.retry_after == 3


def press(data: str, user: int = USER, with_message: bool = True) -> Update:
    """A button press; without a message it is what Telegram sends for inline or very old messages."""
    query = {"id": "7", "chat_instance": "ci", "data": data,
             "from": {"id": user, "is_bot": False, "first_name": "کاربر"}}
    if with_message:
        query["message"] = {"message_id": 3, "date": int(time.time()), "chat": {"id": user, "type": "private"}}
    else:
        query["inline_message_id"] = "inline-1"
    return Update.de_json({"update_id": 2, "callback_query": query}, None)


def callback_answers(app, before: int) -> list[dict]:
    return [p for m, p in app.fake.calls[before:] if m == "answerCallbackQuery"]


@pytest.mark.parametrize("data", ["r:²", "r:۲", "r:" + "1" * 23, "f:" + "9" * 23, "g:" + "7" * 20, "q:99", "r:-1",
                                  "r:", "zz"])
async def test_forged_callback_gets_the_stale_notice_not_an_error(app, data):
    """Superscript and Persian digits, 23-digit ids and junk are answered «no longer valid», never raise."""
    [reply] = await say(app, press(data))
    assert "معتبر نیست" in reply["text"]


async def test_callback_without_a_message_is_answered_in_place(app):
    """A press that carries no message (inline, or too old) gets the notice as the button's alert."""
    before = len(app.fake.calls)
    assert await say(app, press("r:1", with_message=False)) == []
    [answer] = callback_answers(app, before)
    assert "معتبر نیست" in answer["text"] and answer["show_alert"] in (True, "true")


async def test_button_presses_have_a_flood_limit(app):
    """Past the per-minute limit (3 here) a «whole release» press is refused in the alert; nothing is sent."""
    sent = [len(await say(app, press("r:1"))) for _ in range(3)]
    before = len(app.fake.calls)
    assert await say(app, press("r:1")) == [] and all(sent)
    assert "آهسته" in callback_answers(app, before)[0]["text"]


RELEASE_TEXT = ("---\nDate: 1404-11-05\ntitle: واگذاری زمین\n---\nدر ۱۰ ماهه امسال ۱۲۰۰ هکتار زمین در شهرک‌های"
                " صنعتی کشور به سرمایه‌گذاران واگذار شد.")


@pytest.mark.parametrize(("failures", "previewed"), [
    ([(429, "Too Many Requests: retry after 1", {"retry_after": 1})], True),
    ([(429, "Too Many Requests: retry after 1", {"retry_after": 1})] * 2, False),
    ([(429, "Too Many Requests: retry after 900", {"retry_after": 900})], False),
    ([(500, "Internal Server Error", {})], False),
])
async def test_preview_refused_by_telegram_ends_the_conversation(app, failures, previewed):
    """A 429 is waited out once; a preview that still cannot be sent ends /post, so the admin's next text is a
    question again, not a release."""
    await say(app, message("/post", ADMIN))
    app.fake.fail("sendMessage", *failures)
    replies = await say(app, message(RELEASE_TEXT, ADMIN))
    assert any("پیش‌نمایش خبر" in r["text"] for r in replies) is previewed
    assert any("/post" in r["text"] for r in replies) is not previewed
    [reply] = await say(app, message("سال ۱۳۹۹ چند واحد راکد احیا شد؟", ADMIN))
    assert "۱٬۵۵۷" in reply["text"]


@pytest.mark.parametrize("command", ["/post", "/stats", "/export", "/broadcasts", "/retry 1"])
async def test_admin_commands_from_anyone_else_are_refused_once(app, command):
    """Each admin command from a non-admin gets the one refusal, nothing of the command itself."""
    [reply] = await say(app, message(command))
    assert "فقط برای مدیران" in reply["text"]


@pytest.mark.parametrize("command", ["/stats", "/broadcasts"])
async def test_admin_commands_from_an_admin_are_not_refused(app, command):
    """The admin filter lets ADMIN_IDS through: the command answers, with no refusal among the replies."""
    replies = await say(app, message(command, user=ADMIN))
    assert replies and not any("فقط برای مدیران" in r["text"] for r in replies)


@pytest.mark.parametrize(("command", "expected"), [("/retry ۹۹", "۰"), ("/retry 99", "۰"), ("/retry", "/retry"),
                                                   ("/retry ۲۳x", "/retry"), ("/retry " + "9" * 23, "/retry")])
async def test_retry_takes_persian_or_latin_digits_and_explains_anything_else(app, command, expected):
    """«/retry ۹۹» is broadcast 99 (nothing to resend there); no number, or not one, gets the usage line."""
    [reply] = await say(app, message(command, user=ADMIN))
    assert expected in reply["text"]
