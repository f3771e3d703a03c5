"""What people meet outside plain questions, through the fake Bot API: commands, small talk, Latin script."""
import pytest

from tests.bot_process import running_bot

ADMIN = 1001


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with running_bot(tmp_path_factory.mktemp("people") / "bot.db", ADMIN) as fake:
        yield fake


def texts_to(bot, chat: int) -> list[str]:
    return [m.get("text", "") for m in bot.sent if m["chat"]["id"] == chat]


def to(chat: int, contains: str):
    return lambda m: m["chat"]["id"] == chat and contains in m.get("text", "")


def test_unknown_command_says_so_and_shows_help(bot):
    """/foo is named as unknown, followed by how to use the bot."""
    bot.say(4001, "/foo")
    bot.wait_for(to(4001, "فرمان /foo را نمی‌شناسم"))
    bot.wait_for(to(4001, "/topics"))


def test_cancel_outside_a_conversation(bot):
    """/cancel with nothing going on says there is nothing to cancel."""
    bot.say(4002, "/cancel")
    bot.wait_for(to(4002, "کاری در جریان نیست"))


@pytest.mark.parametrize(("chat", "text", "reply"), [
    (4003, "راهنما", "/topics"),
    (4004, "کمک", "/topics"),
    (4005, "ممنون", "خواهش می‌کنم"),
    (4006, "How many units were revived?", "لطفاً به فارسی بنویسید"),
])
def test_small_talk_gets_a_fitting_reply(bot, chat, text, reply):
    """Help, thanks and English each get their own Persian reply, never «نمی‌دانم»."""
    bot.say(chat, text)
    bot.wait_for(to(chat, reply))
    assert not any("نمی‌دانم" in t for t in texts_to(bot, chat))


def test_finglish_is_transliterated_and_can_be_asked(bot):
    """Latin-script Persian is shown back in Persian letters; «بپرس» answers it."""
    bot.say(4007, "sal 1399 chand vahed raked ehya shod?")
    guess = bot.wait_for(to(4007, "سال 1399 چند واحد راکد احیا شد؟"))
    [[button]] = guess["reply_markup"]["inline_keyboard"]
    bot.press(4007, button["callback_data"], guess)
    bot.wait_for(to(4007, "۱٬۵۵۷"))


def test_welcome_in_persian_digits_with_one_date_for_one_release(bot):
    """With only the founding release, the welcome reads «۱ خبر» and one date, not «۳ تیر ۱۴۰۰ تا ۳ تیر ۱۴۰۰»."""
    bot.say(4008, "/start")
    welcome = bot.wait_for(to(4008, "از آمارِ"))
    assert "از آمارِ ۱ خبر سازمان (۳ تیر ۱۴۰۰) بپرسید" in welcome["text"]
