"""The press office corrects a preview through the fake Bot API: the correction is what gets stored, so
questions are answered from the corrected figures; a short question typed after /post is asked about."""
import pytest

from tests.bot_process import running_bot
from tests.test_telegram_e2e import button, to

ADMIN, READER = 1001, 4100
RELEASE = ("---\ndate: 1405-02-10\ntitle: بهره‌برداری از واحدهای صنعتی یزد\n---\n"
           "مدیرعامل شرکت شهرک‌های صنعتی استان یزد گفت: در سال ۱۴۰۴ تعداد ۴۲ واحد صنعتی در شهرک‌های صنعتی استان"
           " یزد به بهره‌برداری رسید. وی افزود: در همین مدت ۱۹ واحد صنعتی راکد در استان کرمان احیا شد.\n")
REVIVED_IN_KERMAN = "سال ۱۴۰۴ در استان کرمان چند واحد راکد احیا شد؟"
OPENED_IN_YAZD = "سال ۱۴۰۴ در استان یزد چند واحد به بهره‌برداری رسید؟"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with running_bot(tmp_path_factory.mktemp("fix") / "bot.db", ADMIN) as fake:
        yield fake


def exactly(message: dict, label: str) -> str:
    """The callback data of the message's button labelled exactly `label`."""
    return next(b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row
                if b["text"] == label)


def correct(bot, preview: dict, line: str, choice: str) -> dict:
    """✏️ on the preview, then line `line`, then `choice`; the new preview that follows."""
    since = len(bot.sent)
    bot.press(ADMIN, button(preview, "اصلاح"), preview)
    lines = bot.wait_for(to(ADMIN, "کدام سطر"), since=since)
    bot.press(ADMIN, exactly(lines, line), lines)
    options = bot.wait_for(to(ADMIN, "درست آن کدام است"), since=since)
    bot.press(ADMIN, exactly(options, choice), options)
    return bot.wait_for(to(ADMIN, "پیش‌نمایش خبر"), since=since)


def ask(bot, question: str) -> str:
    since = len(bot.sent)
    bot.say(READER, question)
    return bot.wait_for(lambda m: m["chat"]["id"] == READER, since=since)["text"]


def test_corrections_change_what_is_stored_and_answered(bot):
    """«در همین مدت» read as «until the release's date» is set to «سال ۱۴۰۴», and the Yazd figure is marked
    «این آمار نیست»: the new preview shows both, and after publishing the corrected figure answers while the
    dropped one does not exist."""
    since = len(bot.sent)
    bot.say(ADMIN, "/post")
    bot.say(ADMIN, RELEASE)
    preview = bot.wait_for(to(ADMIN, "پیش‌نمایش خبر"), since=since)
    assert "۲. ۱۹ واحد صنعتی راکد احیا | تا ۱۰ اردیبهشت ۱۴۰۵ | استان کرمان" in preview["text"]
    preview = correct(bot, preview, "۲", "سال ۱۴۰۴")
    assert "۲. ۱۹ واحد صنعتی راکد احیا | سال ۱۴۰۴ | استان کرمان ✏️" in preview["text"]
    preview = correct(bot, preview, "۱", "این آمار نیست")
    assert "۱. حذف شد (این آمار نیست)" in preview["text"] and "سال ۱۴۰۴ | استان کرمان ✏️" in preview["text"]
    bot.press(ADMIN, button(preview, "انتشار"), preview)
    bot.wait_for(to(ADMIN, "خبر ثبت شد"), since=since)
    assert ask(bot, REVIVED_IN_KERMAN).startswith("۱۹ واحد")
    assert "۴۲" not in ask(bot, OPENED_IN_YAZD)


def test_a_new_date_keeps_the_corrections(bot):
    """Corrections made before «تغییر تاریخ» are still applied in the preview of the new date."""
    since = len(bot.sent)
    bot.say(ADMIN, "/post")
    bot.say(ADMIN, RELEASE.replace("۱۹", "۲۱"))
    preview = correct(bot, bot.wait_for(to(ADMIN, "پیش‌نمایش خبر"), since=since), "۱", "این آمار نیست")
    bot.press(ADMIN, button(preview, "تاریخ"), preview)
    bot.wait_for(to(ADMIN, "تاریخ شمسی خبر را بفرستید"), since=since)
    bot.say(ADMIN, "۱۲ اردیبهشت ۱۴۰۵")
    dated = bot.wait_for(to(ADMIN, "تاریخ: ۱۲ اردیبهشت ۱۴۰۵"), since=since)
    assert "۱. حذف شد (این آمار نیست)" in dated["text"] and "۲۱ واحد" in dated["text"]
    bot.say(ADMIN, "/cancel")
    bot.wait_for(to(ADMIN, "لغو شد"), since=since)


def test_a_stale_correction_button_changes_nothing(bot):
    """A ✏️ line button of a cancelled preview only gets the stale-preview alert."""
    since = len(bot.sent)
    bot.say(ADMIN, "/post")
    bot.say(ADMIN, RELEASE.replace("۴۲", "۴۳"))
    preview = bot.wait_for(to(ADMIN, "پیش‌نمایش خبر"), since=since)
    bot.press(ADMIN, button(preview, "اصلاح"), preview)
    lines = bot.wait_for(to(ADMIN, "کدام سطر"), since=since)
    bot.say(ADMIN, "/cancel")
    bot.wait_for(to(ADMIN, "لغو شد"), since=since)
    answers = len(bot.answers)
    bot.press(ADMIN, exactly(lines, "۱"), lines)
    assert "معتبر نیست" in bot.wait_for(lambda a: "text" in a, among="answers", since=answers)["text"]


@pytest.mark.parametrize(("text", "pressed", "expected"), [
    ("سال ۱۳۹۹ چند واحد راکد احیا شد؟", "سؤال", "۱٬۵۵۷ واحد"),  # answered from the founding release (seeds/)
    ("افتتاح طرح‌های صنعتی استان یزد", "خبر", "پیش‌نمایش خبر"),
])
def test_a_short_text_without_a_statistic_is_asked_about(bot, text, pressed, expected):
    """A question typed after /post is not previewed as a release of no statistics: «خبر یا سؤال؟» comes
    first; «سؤال» answers it (the conversation over), «خبر» previews it."""
    since = len(bot.sent)
    bot.say(ADMIN, "/post")
    bot.say(ADMIN, text)
    kind = bot.wait_for(to(ADMIN, "این متن خبر است یا سؤال؟"), since=since)
    bot.press(ADMIN, button(kind, pressed), kind)
    bot.wait_for(to(ADMIN, expected), since=since)
    bot.say(ADMIN, "/cancel")
