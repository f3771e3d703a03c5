"""Long texts split into Telegram messages: every word kept, each part within the limit as Telegram counts it."""
import html
import re

import pytest

from bot.paging import pages
from tests.fake_telegram import html_error, message_length

SENTENCE = "در ۹ ماهه نخست سال ۱۴۰۴ تعداد ۱٬۲۰۰ واحد R&D با سرمایه <بیش از> ۳ هزار میلیارد ریال احیا شد. "
TEXTS = {
    "a word as long as a message": "a" * 4096,
    "a word longer than a message": "a" * 9000,
    "ampersands that escape to five characters": "&" * 5000,
    "one paragraph of sentences": SENTENCE * 80,
    "paragraphs": "\n\n".join([SENTENCE * 12] * 8),
    "lines without sentence marks": "سطر بدون نقطه & <تگ>\n" * 400,
    "questions and semicolons": "آیا کافی است؟ نه؛ " * 700,
    "emoji count twice": "📰 خبر " * 1500,
}


def letters(parts: list[str]) -> str:
    """What a reader sees across the parts, tags dropped, entities decoded, whitespace ignored."""
    return re.sub(r"\s", "", "".join(html.unescape(re.sub(r"<[^>]*>", "", p)) for p in parts))


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_every_word_kept_in_parts_within_the_limit(text):
    """Each part is valid HTML within 4,096 after entity parsing; together they read the whole text in order."""
    parts = pages(text, title="📰 عنوان & خبر")
    assert letters(parts) == re.sub(r"\s", "", f"📰 عنوان & خبر{text}")
    assert all(0 < message_length(p, "HTML") <= 4096 and html_error(p) is None for p in parts)
    assert parts[0].startswith("<b>📰 عنوان &amp; خبر</b>\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("", []),
    ("   \n\n  ", []),
    ("a < b & c > d", ["a &lt; b &amp; c &gt; d"]),
])
def test_short_texts_are_one_escaped_part_and_blank_ones_none(text, expected):
    """A short text is one escaped part; an empty text gives no part at all (never an empty message)."""
    assert pages(text) == expected


def test_paragraph_boundaries_preferred_over_sentences():
    """Two paragraphs that fit one message each are sent as two messages, each paragraph whole."""
    first, second = SENTENCE * 30, SENTENCE.replace("۱۴۰۴", "۱۴۰۳") * 30
    assert pages(f"{first}\n\n{second}", limit=4096) == pages(first) + pages(second)


def test_sentence_boundaries_preferred_over_words():
    """A paragraph longer than a message breaks after a sentence mark, not mid-sentence."""
    parts = pages("جمله‌ای کوتاه است؟ " * 600)
    assert len(parts) > 1 and all(p.endswith("؟") for p in parts)
