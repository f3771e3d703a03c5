"""The press office through the fake Bot API: a preview that can be checked, and dates typed as people do."""
import pytest

from tests.bot_process import running_bot

ADMIN = 1001
RELEASE = ("---\ndate: 1405-02-10\ntitle: سرمایه‌گذاری در شهرک‌های صنعتی کاشان\n---\n"
           "مدیر شهرک‌های صنعتی کاشان گفت: در سال ۱۴۰۴ بیش از ۱۲ هزار و ۲۹۵ میلیارد ریال در شهرک‌های صنعتی"
           " شهر کاشان سرمایه‌گذاری شد و ۸۶ واحد تولیدی در این شهر به بهره‌برداری رسید.\n")


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with running_bot(tmp_path_factory.mktemp("press") / "bot.db", ADMIN) as fake:
        yield fake


def date_button(preview: dict) -> str:
    """The callback data of the preview's «تغییر تاریخ» button (it names the preview's draft)."""
    return next(b["callback_data"] for row in preview["reply_markup"]["inline_keyboard"] for b in row
                if "تاریخ" in b["text"])


def to(chat: int, contains: str):
    return lambda m: m["chat"]["id"] == chat and contains in m.get("text", "")


def test_preview_names_measures_with_exact_values_and_the_date_step_takes_a_month_name(bot):
    """Each statistic's measure, exact value, period and place (a city with its province); «۱۵ اردیبهشت ۱۴۰۵»
    typed at the date step becomes the release's date."""
    bot.say(ADMIN, "/post")
    bot.wait_for(to(ADMIN, "متن خبر را بفرستید"))
    bot.say(ADMIN, RELEASE)
    preview = bot.wait_for(to(ADMIN, "پیش‌نمایش"))
    assert "بیش از ۱۲٬۲۹۵ میلیارد ریال سرمایه‌گذاری" in preview["text"] and "| سال ۱۴۰۴ |" in preview["text"]
    assert "شهر کاشان، استان اصفهان" in preview["text"] and "استان کاشان" not in preview["text"]
    assert "تاریخ: ۱۰ اردیبهشت ۱۴۰۵" in preview["text"]
    bot.press(ADMIN, date_button(preview), preview)
    bot.wait_for(to(ADMIN, "تاریخ شمسی خبر را بفرستید"))
    bot.say(ADMIN, "۱۵ اردیبهشت ۱۴۰۵")
    bot.wait_for(to(ADMIN, "تاریخ: ۱۵ اردیبهشت ۱۴۰۵"))
    bot.say(ADMIN, "/cancel")
    bot.wait_for(to(ADMIN, "لغو شد"))


def test_an_impossible_date_is_refused_and_asked_again(bot):
    """«۳۱ اسفند ۱۴۰۴» does not exist: the admin is told, and the date step waits for another."""
    bot.say(ADMIN, "/post")
    bot.say(ADMIN, RELEASE.replace("۸۶", "۸۷"))
    preview = bot.wait_for(lambda m: m["chat"]["id"] == ADMIN and "۸۷ واحد" in m.get("text", ""))
    bot.press(ADMIN, date_button(preview), preview)
    bot.say(ADMIN, "۳۱ اسفند ۱۴۰۴")
    bot.wait_for(to(ADMIN, "«۳۱ اسفند ۱۴۰۴» یک تاریخ شمسی درست نیست"))
    bot.say(ADMIN, "دیروز")
    bot.wait_for(lambda m: m["chat"]["id"] == ADMIN and "۸۷ واحد" in m.get("text", "")
                 and m["message_id"] != preview["message_id"])  # previewed again, with yesterday's date
