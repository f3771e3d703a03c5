"""What people meet outside plain questions, through the fake Bot API: commands, small talk, Latin script,
the chips and 👍/👎 under an answer."""
import sqlite3

import pytest

from tests.bot_process import running_bot

ADMIN = 1001


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "bot.db"
    with running_bot(path, ADMIN) as fake:
        fake.db_path = path
        yield fake


def buttons(message: dict) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row}


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


def test_answer_offers_thumbs_and_no_chip_that_would_not_answer(bot):
    """Under a numeric answer: the release, 👍 and 👎; no «سال قبلش؟», as no release reports 1398."""
    bot.say(4009, "سال ۱۳۹۹ چند واحد راکد احیا شد؟")
    answer = bot.wait_for(to(4009, "۱٬۵۵۷"))
    offered = buttons(answer)
    assert {"متن کامل خبر", "👍", "👎"} <= set(offered) and not {"سال قبلش؟", "استان‌های دیگر"} & set(offered)
    assert all(len(data.encode()) <= 64 for data in offered.values())


def test_thumbs_down_and_its_reason_are_stored(bot):
    """👎 is stored with the answer's fact; a reply to the «why» prompt is stored as its reason."""
    bot.say(4010, "سال ۱۳۹۹ چند واحد راکد احیا شد؟")
    answer = bot.wait_for(to(4010, "۱٬۵۵۷"))
    bot.press(4010, buttons(answer)["👎"], answer)
    why = bot.wait_for(to(4010, "چه چیزی درست نبود"))
    assert why["reply_markup"]["force_reply"] is True
    bot.say(4010, "منظورم واحدهای استان تهران بود", reply_to=why)
    bot.wait_for(to(4010, "یادداشت شد"))
    with sqlite3.connect(bot.db_path) as db:
        stored = db.execute("SELECT q.question, f.vote, f.fact_id, f.reason FROM feedback f"
                            " JOIN questions q ON q.id = f.question_id WHERE q.chat_id = 4010").fetchall()
    assert stored == [("سال ۱۳۹۹ چند واحد راکد احیا شد؟", -1, int(buttons(answer)["👎"].split(":")[3]),
                       "منظورم واحدهای استان تهران بود")]


def test_a_vote_from_another_chat_is_refused(bot):
    """A thumb pressed for a question asked in another chat stores nothing."""
    bot.say(4011, "سال ۱۳۹۹ چند واحد راکد احیا شد؟")
    answer = bot.wait_for(to(4011, "۱٬۵۵۷"))
    bot.press(4012, buttons(answer)["👍"], {**answer, "chat": {"id": 4012, "type": "private"}})
    bot.wait_for(to(4012, "معتبر نیست"))
    with sqlite3.connect(bot.db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM feedback f JOIN questions q ON q.id = f.question_id"
                          " WHERE q.chat_id = 4011").fetchone() == (0,)


def test_admin_teaches_a_refused_question_from_stats_and_can_undo_it(bot):
    """Refused, listed under /stats with its closest fact, taught with one tap, answered, then undone."""
    question = "سال ۹۹ چند تا کارگاه تعطیل دوباره باز شد"
    bot.say(4020, question)
    bot.wait_for(to(4020, "نمی‌دانم"))
    bot.say(4013, "🙂")
    bot.say(ADMIN, "/stats")
    item = bot.wait_for(to(ADMIN, f"«{question}» (۱ بار) — بی‌پاسخ"))
    assert not any("«🙂»" in t for t in texts_to(bot, ADMIN))
    [[fact_button]] = item["reply_markup"]["inline_keyboard"]
    assert fact_button["text"].startswith("۱٬۵۵۷ واحد") and "سال ۱۳۹۹" in fact_button["text"]
    bot.press(ADMIN, fact_button["callback_data"], item)
    taught = bot.wait_for(to(ADMIN, "یاد گرفتم"))
    bot.say(4021, question + "؟")
    bot.wait_for(to(4021, "۱٬۵۵۷ واحد"))
    bot.press(ADMIN, buttons(taught)["↩️ برگرداندن"], taught)
    bot.wait_for(to(ADMIN, "برگردانده شد"))
    bot.say(4022, question)
    bot.wait_for(to(4022, "نمی‌دانم"))


def test_teaching_buttons_are_for_admins_only(bot):
    """A non-admin pressing a teaching button is refused and nothing is taught."""
    bot.press(4023, "t:1:1", {"message_id": 1, "date": 0, "chat": {"id": 4023, "type": "private"}})
    bot.wait_for(to(4023, "فقط برای مدیران"))


def test_latest_buttons_cut_long_titles_at_a_word_boundary(bot):
    """The founding release's long title is cut after a whole word, marked «…», and keeps its date."""
    title = "پیام رئیس سازمان به رؤسای کل دادگستری: بازگشت ۱۵۵۷ واحد راکد به چرخه تولید در سال ۱۳۹۹"
    bot.say(4014, "/latest")
    listing = bot.wait_for(to(4014, "تازه‌ترین خبرها"))
    [label] = list(buttons(listing))
    head, _, date = label.partition("… ")
    assert date == "(۳ تیر ۱۴۰۰)" and title.startswith(head) and title[len(head)] == " " and len(head) <= 50
