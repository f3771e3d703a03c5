"""Shared pieces of the handlers: HTML escaping, keyboards, long texts."""
import html
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answer.model import Answer
from bot.labels import shorten
from bot.messages import say
from bot.paging import pages

MAX_BUTTON = 60
MAX_ID_DIGITS = 18  # a longer number cannot be a SQLite integer, so no button of ours ever carries one


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def chunks(text: str, title: str = "") -> list[str]:
    """PLAIN text in, HTML-escaped parts out, each one Telegram message (bot.paging); `title` opens in bold."""
    return pages(text, title)


def button_id(text: str) -> int | None:
    """The id a button of ours carries, or None for anything forged (no digits, «²» or «۲», 23 digits)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS else None


def answer_keyboard(answer: Answer, chart_id: int | None = None, question_id: int | None = None,
                    chips: Sequence[str] = ()) -> InlineKeyboardMarkup | None:
    """Under an answer: the source release and the chart, then the follow-up chips (bot.chips) and 👍/👎
    (when the question was logged, so they have something to refer to); the suggestions when the bot did
    not answer."""
    rows = [[InlineKeyboardButton(shorten(label, MAX_BUTTON), callback_data=f"f:{fid}")]
            for label, fid in zip(answer.suggestions, answer.suggestion_ids, strict=True)]
    if answer.answered and answer.sources:
        rows = [[InlineKeyboardButton(say("read_release"), callback_data=f"r:{answer.sources[0].release_id}")]]
        if chart_id is not None:
            rows[0].append(InlineKeyboardButton(say("btn_chart"), callback_data=f"g:{chart_id}"))
        if question_id is not None:
            rows.extend(_feedback_rows(answer, question_id, chips))
    return InlineKeyboardMarkup(rows) if rows else None


def _feedback_rows(answer: Answer, question_id: int, chips: Sequence[str]) -> list[list[InlineKeyboardButton]]:
    follow = [InlineKeyboardButton(say(f"btn_{chip}"), callback_data=f"u:{chip}:{question_id}") for chip in chips]
    fact = answer.fact_id if answer.fact_id is not None else ""
    thumbs = [InlineKeyboardButton(say(f"btn_{vote}"), callback_data=f"v:{vote}:{question_id}:{fact}")
              for vote in ("up", "down")]
    return [row for row in (follow, thumbs) if row]


def release_keyboard(release_id: int) -> InlineKeyboardMarkup:
    """Under a broadcast release: ask about it («c:ID»), or stop receiving releases («x:unsubscribe»)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(say("btn_ask_release"), callback_data=f"c:{release_id}"),
                                  InlineKeyboardButton(say("btn_unsubscribe"), callback_data="x:unsubscribe")]])
