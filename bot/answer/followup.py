"""Follow-up questions in context: «و سال قبلش؟», «در مرکزی چطور؟», «اشتغالش چی؟» after a question.

A chat's context is its last question about a figure, as understood, and the period of the figure given for it
(what «سال قبلش» counts from, also when the question named no period). It is plain JSON text, so the bot keeps
it per chat in the database (`recall`, `keep`) and a follow-up still works after a restart, for REMEMBER_FOR
seconds.
"""
import json
import logging
import re
import time
from dataclasses import dataclass, replace

from bot.answer.plain import from_plain, to_plain
from bot.answer.question import Query, TermGroup
from bot.answer.render import fa
from bot.extract.model import Period
from bot.lang.followups import FILLER_WORDS, FOLLOW_UP_CUE, YEAR_SHIFTS
from bot.lang.regions import NATIONAL_WORDS
from bot.lang.units import MEASURE_NOUNS
from bot.messages import say
from db.connection import Database
from db.conversations import conversation_since, save_conversation

log = logging.getLogger(__name__)
REMEMBER_FOR = 30 * 60  # seconds: a follow-up after a longer pause is read as a question of its own
_CONTINUABLE = frozenset({"numeric", "which_region"})


@dataclass(slots=True)
class Conversation:
    """What the last question asked and the period of the figure given for it, so the next may leave them
    unsaid."""
    last: Query | None = None
    anchor: Period | None = None

    def remember(self, query: Query, answered: Period | None, followed: bool = False) -> None:
        """`query` was just answered (with a figure for `answered`, or none): the context of the next question.
        A follow-up that found no figure leaves the context as it was (the last figure given); a question of
        another kind (the latest news, a person) leaves nothing to continue."""
        if followed and answered is None:
            return
        if query.intent in _CONTINUABLE:
            self.last, self.anchor = query, answered or query.period
        else:
            self.last = self.anchor = None

    def to_state(self) -> str:
        return json.dumps(to_plain(self), ensure_ascii=False)

    @classmethod
    def from_state(cls, state: str | None) -> "Conversation":
        """The conversation `to_state` wrote; a state this version cannot read is logged and read as none."""
        if state is None:
            return cls()
        try:
            return from_plain(cls, json.loads(state))
        except (ValueError, TypeError) as err:
            log.warning("a stored conversation could not be read (%s); the next question stands alone", err)
            return cls()


async def recall(db: Database, chat_id: int, now: float | None = None) -> Conversation:
    """The chat's conversation, or a new one when it has none from the last REMEMBER_FOR seconds."""
    now = time.time() if now is None else now
    return Conversation.from_state(await conversation_since(db, chat_id, now - REMEMBER_FOR))


async def keep(db: Database, chat_id: int, conversation: Conversation, now: float | None = None) -> None:
    """Store the chat's conversation; its time limit starts again."""
    await save_conversation(db, chat_id, conversation.to_state(), time.time() if now is None else now)


def nothing_to_continue(conversation: Conversation | None) -> str:
    """Why a follow-up gets no figure: no recent question to continue, or no year to count «سال قبلش» from."""
    if conversation is not None and conversation.last is not None:
        return say("followup_no_year")
    return say("followup_alone", minutes=fa(REMEMBER_FOR // 60))


def is_followup(query: Query) -> bool:
    """Said as a continuation («و …», «… چطور؟», «… قبلش») or only a period or a place, about one thing at
    most: a question complete in itself (a unit to count, two things it is about) is never a follow-up."""
    if query.intent != "numeric" or query.asked_unit or query.counted or len(_content(query)) > 1:
        return False
    bare = not _content(query) and bool(query.period or query.region or query.scope)
    return bare or bool(FOLLOW_UP_CUE.search(query.normalized))


def merge(conversation: Conversation, follow: Query) -> Query | None:
    """The last question with what the follow-up changes (its period, place, scope or measure), for the period
    of the figure given unless it names another; None when
    there is no last question, or a year before or after is asked and no period is known to count from."""
    last = conversation.last
    if last is None:
        return None
    period, anchor = follow.period, conversation.anchor
    shift = next((years for word, years in YEAR_SHIFTS.items() if word in follow.normalized), 0)
    if shift:
        if anchor is None:
            return None
        period = _shifted(anchor, shift)
    period = period or anchor  # the figure given was for this period: the same thing elsewhere is compared
    merged = replace(last, text=follow.text, normalized=follow.normalized, today=follow.today)
    if period:
        merged = replace(merged, period=period, to_now=follow.to_now, running_total=False)
    if follow.region:
        merged = replace(merged, region=follow.region, regions=follow.regions, place=follow.place,
                         places=follow.places)
    elif _national(follow):
        merged = replace(merged, region=None, regions=(), place=None, places=())
    if follow.scope:
        merged = replace(merged, scope=follow.scope)
    words = [g for g in _content(follow) if not _national_word(g)]
    return _with_measure(merged, follow, words) if words else merged


def _content(query: Query) -> list[TermGroup]:
    """What the question is about, without the words that only say it is a follow-up."""
    return [g for g in query.groups if g.text not in FILLER_WORDS and not g.alternatives & FILLER_WORDS]


def _national(query: Query) -> bool:
    return any(_national_word(g) for g in query.groups)


def _national_word(group: TermGroup) -> bool:
    return group.text in NATIONAL_WORDS


def _with_measure(merged: Query, follow: Query, words: list[TermGroup]) -> Query:
    """«اشتغالش چی؟»: the follow-up's thing added to the last question's; a measure it names («شغل»,
    «زمین») replaces the one asked before, with its kind."""
    if not follow.asked_kind:
        return replace(merged, groups=[*merged.groups, *words])
    said = set().union(*(g.alternatives for g in words))
    kept = [g for g in merged.groups if not _names_measure(g) and not g.alternatives & said]
    return replace(merged, groups=[*kept, *words], asked_kind=follow.asked_kind, asked_unit=None, counted=None,
                   how_much=follow.how_much)


def _names_measure(group: TermGroup) -> bool:
    return any(a.lstrip("#") in MEASURE_NOUNS for a in {group.text, *group.alternatives})


def _shifted(period: Period, years: int) -> Period:
    start, end = period.start + years * 100, period.end + years * 100
    label = str(start // 100) if period.kind == "year" else re.sub(
        r"\d{4}", lambda m: str(int(m.group()) + years), period.label)
    return Period(start, end, period.kind, label)
