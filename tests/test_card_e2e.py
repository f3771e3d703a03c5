"""A published release reaches subscribers as a card: bold title, date, key figures, the whole text, buttons."""
import pytest

from tests.test_admin_flow_e2e import preview_of
from tests.test_telegram_e2e import ADMIN, button, running_bot, to

READER = 8101
RELEASE = ("---\ndate: 1404-11-05\ntitle: واگذاری زمین در ده ماهه\n---\n"
           "مدیرعامل سازمان صنایع کوچک و شهرک‌های صنعتی ایران گفت: در ۱۰ ماهه امسال ۱۲۰۰ هکتار زمین در شهرک‌های "
           "صنعتی کشور به سرمایه‌گذاران واگذار شد و ۳۴۰ واحد صنعتی راکد به چرخه تولید بازگشت.\n\n"
           "به گفته او، تا پایان امسال واگذاری ۱۵۰۰ هکتار زمین دیگر هدف‌گذاری شده است.\n")


@pytest.fixture(scope="module")
def card(tmp_path_factory):
    """The card the subscriber received, with the running bot."""
    with running_bot(tmp_path_factory.mktemp("card")) as bot:
        bot.say(READER, "/subscribe")
        bot.wait_for(to(READER, "عضو شدید"))
        preview = preview_of(bot, ADMIN, ADMIN, RELEASE)
        bot.press(ADMIN, button(preview, "انتشار"), preview)
        yield bot, bot.wait_for(to(READER, "📰"))


def test_card_has_bold_title_date_key_figures_and_the_whole_text(card):
    """Title in bold first, the Jalali date, the key figures naming what they count, then every sentence."""
    _, message = card
    text = message["text"]
    assert text.startswith("<b>📰 واگذاری زمین در ده ماهه</b>")
    assert "۵ بهمن ۱۴۰۴" in text and "ارقام کلیدی" in text
    figures = text.split("ارقام کلیدی:")[1].split("\n\n")[0]
    assert "۱٬۲۰۰ هکتار" in figures and "۳۴۰ واحد" in figures
    assert figures.index("۱٬۲۰۰") < figures.index("۱٬۵۰۰") and "هدف" in figures.split("۱٬۵۰۰")[1]
    assert "هدف‌گذاری شده است" in text.split("ارقام کلیدی:")[1]


def test_card_buttons_ask_about_the_release_and_unsubscribe(card):
    """«بپرس» offers the release's figures, each shown with its source; «لغو عضویت» stops the releases."""
    bot, message = card
    bot.press(READER, button(message, "بپرس"), message)
    offer = bot.wait_for(to(READER, "درباره‌ی این خبر"))
    figure = next(b for row in offer["reply_markup"]["inline_keyboard"] for b in row if "هکتار" in b["text"]
                  or "زمین" in b["text"])
    bot.press(READER, figure["callback_data"], offer)
    bot.wait_for(lambda m: m["chat"]["id"] == READER and "منبع" in m.get("text", ""))
    bot.press(READER, button(message, "لغو عضویت"), message)
    bot.wait_for(lambda a: "عضویت لغو شد" in a.get("text", ""), among="answers")
    bot.say(READER, "/status")
    bot.wait_for(to(READER, "عضو نیستید"))
