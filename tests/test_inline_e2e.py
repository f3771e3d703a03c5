"""Inline mode through the fake Bot API: «@bot question» in any chat offers one cited line to post."""
import pytest

from tests.bot_process import running_bot

ADMIN, JOURNALIST = 1001, 5001


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with running_bot(tmp_path_factory.mktemp("inline") / "bot.db", ADMIN) as fake:
        yield fake


def test_inline_question_gets_a_cited_one_line_answer(bot):
    """Value, measure, period and source release in one line, HTML-safe, as an article."""
    answer = bot.wait_for_inline(bot.ask_inline(JOURNALIST, "سال ۱۳۹۹ چند واحد راکد احیا شد؟"))
    [article] = answer["results"]
    posted = article["input_message_content"]["message_text"]
    assert article["type"] == "article" and "۱٬۵۵۷ واحد" in article["title"]
    assert "\n" not in posted and "سال ۱۳۹۹" in posted and "منبع:" in posted and "۳ تیر ۱۴۰۰" in posted


def test_inline_refusal_says_so(bot):
    """A question the releases do not answer gives a «نمی‌دانم» card, with no number to post."""
    answer = bot.wait_for_inline(bot.ask_inline(JOURNALIST, "چند فرصت شغلی ایجاد شد در سال ۱۴۰۱؟"))
    [article] = answer["results"]
    assert article["title"] == "نمی‌دانم" and "منبع" not in article["input_message_content"]["message_text"]


def test_empty_inline_query_shows_how_to_ask(bot):
    """Typing only «@bot» shows a hint with an example question."""
    answer = bot.wait_for_inline(bot.ask_inline(JOURNALIST, ""))
    [article] = answer["results"]
    assert "مثلاً" in article["description"]
