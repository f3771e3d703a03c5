"""Messages that are not questions get a fitting reply, not a search: help, thanks, Persian please."""
import pytest

from bot.labels import shorten
from bot.smalltalk import SmallTalk, classify


@pytest.mark.parametrize(("text", "expected"), [
    ("راهنما", SmallTalk("help")),
    ("کمک", SmallTalk("help")),
    ("لطفاً راهنمایی", SmallTalk("help")),
    ("help", SmallTalk("help")),
    ("ممنون", SmallTalk("thanks")),
    ("مرسی!", SmallTalk("thanks")),
    ("خیلی ممنونم 🙏", SmallTalk("thanks")),
    ("دستتون درد نکنه", SmallTalk("thanks")),
    ("thank you", SmallTalk("thanks")),
    ("How many units were revived last year?", SmallTalk("latin")),
    ("hello", SmallTalk("latin")),
    ("What was invested in ۱۴۰۳?", SmallTalk("latin")),
    ("parsal chand vahed ehya shod", SmallTalk("finglish", "پارسال چند واحد احیا شد؟")),
    ("Sal 1399 chand vahede raked ehya shod?", SmallTalk("finglish", "سال 1399 چند واحد راکد احیا شد؟")),
    ("tedad sherkatha dar tehran", SmallTalk("finglish", "تعداد شرکت‌ها در تهران؟")),
    ("sal 1399 chand vahed raked ehya shod?", SmallTalk("finglish", "سال 1399 چند واحد راکد احیا شد؟")),
])
def test_small_talk_is_recognised(text, expected):
    """Each kind of non-question is told apart from a question."""
    assert classify(text) == expected


@pytest.mark.parametrize("text", [
    "پارسال چند واحد احیا شد؟",
    "کمک‌های بلاعوض امسال چقدر بود؟",
    "ممنون، پارسال چند هکتار زمین واگذار شد؟",
    "سرمایه‌گذاری در شهرک‌های صنعتی ۱۴۰۳ چند همت بود؟ (ISIPO)",
    "<script>alert(1)</script> چند واحد؟",
])
def test_questions_are_left_to_the_engine(text):
    """A question that contains a small-talk word, or a Latin acronym, is still a question."""
    assert classify(text) is None


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("واگذاری زمین در شهرک‌ها", 50, "واگذاری زمین در شهرک‌ها"),
    ("احیای ۱۵۵۷ واحد راکد در سال ۱۳۹۹ توسط سازمان صنایع کوچک", 30, "احیای ۱۵۵۷ واحد راکد در سال…"),
    ("سرمایه‌گذاری‌های‌بسیار‌طولانی", 10, "سرمایه‌گذ…"),
])
def test_button_labels_are_cut_at_a_word_boundary(text, limit, expected):
    """A long title is cut after a whole word and ends with «…», within the limit."""
    assert shorten(text, limit) == expected and len(shorten(text, limit)) <= limit
