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


Buttons = list[list[tuple[str, str]]]  # rows of (label, callback data): a keyboard as plain data, cheap to send


def markup(buttons: Buttons) -> InlineKeyboardMarkup | None:
    """The buttons as PTB's keyboard, for `reply_text` and the like; None when there are none."""
    rows = [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in buttons]
    return InlineKeyboardMarkup(rows) if rows else None


def answer_buttons(answer: Answer, chart_id: int | None = None, question_id: int | None = None,
                   chips: Sequence[str] = ()) -> Buttons:
    """Under an answer: the source release and the chart, then the follow-up chips (bot.chips) and 👍/👎
    (when the question was logged, so they have something to refer to); the suggestions when the bot did
    not answer."""
    rows = [[(shorten(label, MAX_BUTTON), f"f:{fid}")]
            for label, fid in zip(answer.suggestions, answer.suggestion_ids, strict=True)]
    if answer.answered and answer.sources:
        rows = [[(say("read_release"), f"r:{answer.sources[0].release_id}")]]
        if chart_id is not None:
            rows[0].append((say("btn_chart"), f"g:{chart_id}"))
        if question_id is not None:
            rows.extend(_feedback_rows(answer, question_id, chips))
    return rows


def answer_keyboard(answer: Answer, chart_id: int | None = None, question_id: int | None = None,
                    chips: Sequence[str] = ()) -> InlineKeyboardMarkup | None:
    """`answer_buttons` as PTB's keyboard."""
    return markup(answer_buttons(answer, chart_id, question_id, chips))


def _feedback_rows(answer: Answer, question_id: int, chips: Sequence[str]) -> Buttons:
    follow = [(say(f"btn_{chip}"), f"u:{chip}:{question_id}") for chip in chips]
    fact = answer.fact_id if answer.fact_id is not None else ""
    thumbs = [(say(f"btn_{vote}"), f"v:{vote}:{question_id}:{fact}") for vote in ("up", "down")]
    return [row for row in (follow, thumbs) if row]


def release_buttons(release_id: int) -> Buttons:
    """Under a broadcast release: ask about it («c:ID»), or stop receiving releases («x:unsubscribe»)."""
    return [[(say("btn_ask_release"), f"c:{release_id}"), (say("btn_unsubscribe"), "x:unsubscribe")]]
