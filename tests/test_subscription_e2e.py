"""Subscribers choose what arrives: every release, or national news plus releases about chosen provinces."""
from tests.test_admin_flow_e2e import preview_of
from tests.test_telegram_e2e import ADMIN, button, running_bot, to

EVERYONE, MARKAZI_ONLY, YAZD_ONLY = 7001, 7002, 7003
PROVINCIAL = ("---\ndate: 1404-11-0{day}\ntitle: {title}\n---\nمدیرعامل شرکت شهرک‌های صنعتی استان {province} گفت: "
              "در ۱۰ ماهه امسال {n} هکتار زمین در شهرک‌های صنعتی استان {province} به سرمایه‌گذاران واگذار شد.\n")
NATIONAL = ("---\ndate: 1404-11-09\ntitle: خبر کشوری\n---\nمدیرعامل سازمان صنایع کوچک و شهرک‌های صنعتی ایران گفت: "
            "در ۱۰ ماهه امسال ۹۹۰۰ هکتار زمین در شهرک‌های صنعتی کشور به سرمایه‌گذاران واگذار شد.\n")


def publish(bot, text: str) -> None:
    preview = preview_of(bot, ADMIN, ADMIN, text)
    since = len(bot.sent)
    bot.press(ADMIN, button(preview, "انتشار"), preview)
    bot.wait_for(lambda m: m["chat"]["id"] == ADMIN and "فرستاده" in m.get("text", "")
                 and "در صف" not in m.get("text", "") and "۰ در صف" not in m.get("text", ""), since=since)


def titles_to(bot, chat: int) -> set[str]:
    return {t for m in bot.sent if m["chat"]["id"] == chat
            for t in ("خبر مرکزی دوم", "خبر یزد", "خبر کشوری", "خبر مرکزی") if t in m.get("text", "")}


def choose(bot, chat: int, province: str) -> None:
    bot.say(chat, "/subscribe")
    offer = bot.wait_for(lambda m: m["chat"]["id"] == chat and province in str(m.get("reply_markup", "")))
    bot.press(chat, button(offer, province), offer)
    bot.wait_for(lambda a: province in a.get("text", ""), among="answers")


def test_a_province_choice_narrows_what_arrives_and_status_shows_it(tmp_path):
    """After choosing مرکزی, a Yazd release does not arrive but a Markazi and a national one do."""
    with running_bot(tmp_path) as bot:
        bot.say(EVERYONE, "/subscribe")
        bot.wait_for(to(EVERYONE, "عضو شدید"))
        publish(bot, PROVINCIAL.format(day=1, title="خبر مرکزی", province="مرکزی", n="۱۱۰"))
        publish(bot, PROVINCIAL.format(day=2, title="خبر یزد اول", province="یزد", n="۲۲۰"))
        choose(bot, MARKAZI_ONLY, "مرکزی")
        choose(bot, YAZD_ONLY, "یزد")
        bot.say(MARKAZI_ONLY, "/status")
        bot.wait_for(to(MARKAZI_ONLY, "استان‌های مرکزی"))
        sent_before = len(bot.sent)
        publish(bot, PROVINCIAL.format(day=3, title="خبر مرکزی دوم", province="مرکزی", n="۳۳۰"))
        publish(bot, PROVINCIAL.format(day=4, title="خبر یزد", province="یزد", n="۴۴۰"))
        publish(bot, NATIONAL)
        bot.wait_for(lambda m: m["chat"]["id"] == YAZD_ONLY and "خبر کشوری" in m.get("text", ""), since=sent_before)
        assert titles_to(bot, MARKAZI_ONLY) == {"خبر مرکزی دوم", "خبر مرکزی", "خبر کشوری"}
        assert titles_to(bot, YAZD_ONLY) == {"خبر یزد", "خبر کشوری"}
        assert {"خبر مرکزی دوم", "خبر یزد", "خبر کشوری"} <= titles_to(bot, EVERYONE)


def test_back_to_every_release(tmp_path):
    """«همه‌ی خبرها» undoes a province choice; /status says every release arrives."""
    with running_bot(tmp_path) as bot:
        publish(bot, PROVINCIAL.format(day=1, title="خبر مرکزی", province="مرکزی", n="۱۱۰"))
        choose(bot, MARKAZI_ONLY, "مرکزی")
        bot.say(MARKAZI_ONLY, "/status")
        status = bot.wait_for(to(MARKAZI_ONLY, "استان‌های مرکزی"))
        bot.press(MARKAZI_ONLY, button(status, "همه‌ی خبرها"), status)
        bot.wait_for(lambda a: "همه‌ی خبرها" in a.get("text", ""), among="answers")
        bot.say(MARKAZI_ONLY, "/status")
        bot.wait_for(to(MARKAZI_ONLY, "همه‌ی خبرها را دریافت"))
