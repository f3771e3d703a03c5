"""The admin's /post flow through the fake Bot API: a preview's buttons act on their own draft only."""
import time

from tests.test_telegram_e2e import ADMIN, USER, button, running_bot, to

GROUP = -500
BODY = ("مدیرعامل سازمان صنایع کوچک و شهرک‌های صنعتی ایران گفت: در ۱۰ ماهه امسال {n} هکتار زمین در شهرک‌های "
        "صنعتی کشور به سرمایه‌گذاران واگذار شد.\n")


def release(title: str, n: str, date_line: str = "date: 1404-11-05") -> str:
    return f"---\n{date_line}\ntitle: {title}\n---\n{BODY.format(n=n)}"


def preview_of(bot, chat: int, user: int, text: str) -> dict:
    """/post and the release text from `user` in `chat`; the preview message with its buttons."""
    since = len(bot.sent)
    bot.say(user, "/post", chat_id=None if chat == user else chat)
    bot.wait_for(to(chat, "متن خبر را بفرستید"), since=since)
    bot.say(user, text, chat_id=None if chat == user else chat)
    return bot.wait_for(to(chat, "پیش‌نمایش"), since=since)


def stale_answers(bot) -> int:
    return sum("معتبر نیست" in a.get("text", "") for a in bot.answers)


def received(bot, title: str) -> int:
    return sum(1 for m in bot.sent if m["chat"]["id"] == USER and f"📰 {title}" in m.get("text", ""))


def test_cancelled_preview_button_publishes_nothing(tmp_path):
    """/post A → /cancel → /post B: A's old buttons only say the preview is stale; B's publish sends B once."""
    with running_bot(tmp_path) as bot:
        bot.say(USER, "/subscribe")
        bot.wait_for(to(USER, "عضو شدید"))
        old = preview_of(bot, ADMIN, ADMIN, release("خبر الف", "۱۱۰۰"))
        bot.say(ADMIN, "/cancel")
        bot.wait_for(to(ADMIN, "لغو شد"))
        new = preview_of(bot, ADMIN, ADMIN, release("خبر ب", "۲۲۰۰"))
        for label in ("انتشار", "تغییر تاریخ", "لغو"):
            bot.press(ADMIN, button(old, label), old)
        bot.wait_for(lambda a: stale_answers(bot) >= 3, among="answers")
        bot.press(ADMIN, button(new, "انتشار"), new)
        bot.wait_for(to(ADMIN, "۱ فرستاده"))
        bot.press(ADMIN, button(new, "انتشار"), new)
        bot.press(ADMIN, button(old, "انتشار"), old)
        bot.wait_for(lambda a: stale_answers(bot) >= 5, among="answers")
        time.sleep(0.5)
        assert (received(bot, "خبر الف"), received(bot, "خبر ب"), stale_answers(bot)) == (0, 1, 5)
        assert sum("خبر ثبت شد" in m.get("text", "") for m in bot.sent) == 1


def test_private_and_group_previews_of_one_admin_never_cross(tmp_path):
    """Open previews in a private chat and a group: each publish button sends its own release, once."""
    with running_bot(tmp_path) as bot:
        bot.say(USER, "/subscribe")
        bot.wait_for(to(USER, "عضو شدید"))
        private = preview_of(bot, ADMIN, ADMIN, release("خبر خصوصی", "۳۳۰۰"))
        group = preview_of(bot, GROUP, ADMIN, release("خبر گروه", "۴۴۰۰"))
        bot.press(ADMIN, button(private, "انتشار"), {**group, "message_id": private["message_id"]})
        bot.wait_for(lambda a: stale_answers(bot) >= 1, among="answers")
        bot.press(ADMIN, button(private, "انتشار"), private)
        bot.wait_for(lambda m: received(bot, "خبر خصوصی") == 1)
        bot.press(ADMIN, button(group, "انتشار"), group)
        bot.wait_for(lambda m: received(bot, "خبر گروه") == 1)
        time.sleep(0.5)
        assert (received(bot, "خبر خصوصی"), received(bot, "خبر گروه"), stale_answers(bot)) == (1, 1, 1)


def test_front_matter_date_in_any_case_is_the_release_date(tmp_path):
    """`Date:` and `date :` front matter give the preview its date instead of today's."""
    with running_bot(tmp_path) as bot:
        first = preview_of(bot, ADMIN, ADMIN, release("خبر یک", "۵۵۰۰", "Date: 1403/02/10"))
        bot.say(ADMIN, "/cancel")
        second = preview_of(bot, ADMIN, ADMIN, release("خبر دو", "۶۶۰۰", "date : 1402-07-01"))
    assert "تاریخ: ۱۰ اردیبهشت ۱۴۰۳" in first["text"] and "تاریخ: ۱ مهر ۱۴۰۲" in second["text"]
