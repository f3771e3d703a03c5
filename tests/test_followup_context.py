"""Follow-ups continue the chat's last question: relative to the figure last given, changing only what they say,
kept per chat in the database for a limited time, so they work after the bot restarts."""
import shutil

import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.followup import REMEMBER_FOR, Conversation, is_followup, keep, merge, nothing_to_continue, recall
from bot.answer.question import analyze
from bot.chips import follow_up
from bot.extract.model import Period
from tests.bot_process import running_bot

TODAY = (1404, 3, 1)
Y1399 = Period(139901, 139912, "year", "1399")
NINE_MONTHS_1404 = Period(140401, 140409, "partial", "1404-01..1404-09")


@pytest.mark.parametrize("text", ["و سال قبلش؟", "در مرکزی چطور؟", "شغل چی؟", "اشتغالش چی؟",
                                  "همین رو برای پارسال بگو", "همینو برای تهران بگو", "و غیردولتی چطور؟", "و در تهران؟",
                                  "سال بعدش چی؟", "تو اصفهان چی؟"])
def test_short_continuations_are_follow_ups(text):
    """Each leaves the rest of the last question unsaid."""
    assert is_followup(analyze(text, TODAY))


@pytest.mark.parametrize("text", ["در مرکزی چند واحد راکد احیا شد؟", "و در سال ۹۸ چند واحد راکد احیا شد؟",
                                  "وضعیت صادرات و اشتغال چطور است؟", "آخرین خبرها", "مدیرعامل سازمان کیست؟"])
def test_full_questions_are_never_follow_ups(text):
    """A question with a unit to count, or about two things, stands alone even when it starts with «و»."""
    assert not is_followup(analyze(text, TODAY))


def _after(question: str, answered: Period | None) -> Conversation:
    conversation = Conversation()
    conversation.remember(analyze(question, TODAY), answered)
    return conversation


@pytest.mark.parametrize(("answered", "follow", "period"), [
    (Y1399, "و سال قبلش؟", Period(139801, 139812, "year", "1398")),
    (Y1399, "سال بعدش چی؟", Period(140001, 140012, "year", "1400")),
    (NINE_MONTHS_1404, "و سال قبلش؟", Period(140301, 140309, "partial", "1403-01..1403-09")),
    (Y1399, "همین رو برای پارسال بگو", Period(140301, 140312, "year", "1403")),  # «پارسال» counts from today
    (Y1399, "در مرکزی چطور؟", Y1399),
])
def test_the_year_before_counts_from_the_figure_given_not_from_today(answered, follow, period):
    """The last question named no period; the figure given was for `answered`."""
    merged = merge(_after("چند واحد راکد احیا شد؟", answered), analyze(follow, TODAY))
    assert merged is not None and merged.period == period


def test_a_place_follow_up_changes_only_the_place():
    """«در مرکزی چطور؟» keeps what was counted and how; only the province changes."""
    last = analyze("سال ۱۳۹۹ چند واحد راکد در لرستان احیا شد؟", TODAY)
    merged = merge(_after(last.text, Y1399), analyze("در مرکزی چطور؟", TODAY))
    assert merged is not None
    assert (merged.region, merged.regions, merged.asked_unit, merged.groups, merged.period) == (
        "مرکزی", ("مرکزی",), last.asked_unit, last.groups, Y1399)


def test_the_whole_country_after_a_province_drops_the_province():
    """«و کل کشور چطور؟» after a question about Lorestan asks the national figure of the same thing."""
    last = analyze("سال ۱۳۹۹ چند واحد راکد در لرستان احیا شد؟", TODAY)
    merged = merge(_after(last.text, Y1399), analyze("و کل کشور چطور؟", TODAY))
    assert merged is not None and (merged.region, merged.regions, merged.groups) == (None, (), last.groups)


@pytest.mark.parametrize("follow", ["اشتغالش چی؟", "شغل چی؟"])
def test_a_measure_follow_up_asks_the_new_measure_of_the_same_thing(follow):
    """«اشتغالش چی؟» after a count of revived units asks the jobs of those revivals, same period and place."""
    merged = merge(_after("سال ۱۳۹۹ چند واحد راکد احیا شد؟", Y1399), analyze(follow, TODAY))
    assert merged is not None
    assert (merged.asked_kind, merged.asked_unit, merged.period) == ("people", None, Y1399)
    assert {"#راکد", "#احیا", "#اشتغال"} <= set().union(*(g.alternatives for g in merged.groups))


def test_a_year_shift_with_no_period_known_is_not_guessed():
    """Neither the question nor an answer had a period: «سال قبلش» has nothing to count from."""
    assert merge(_after("چند واحد راکد احیا شد؟", None), analyze("و سال قبلش؟", TODAY)) is None


@pytest.mark.parametrize(("first", "follow", "today", "value"), [
    ("سرمایه گذاری در شهرکهای دولتی چقدر بوده؟", "و سال قبلش؟", (1405, 9, 5), 41e13),  # no period asked
    ("سال ۱۳۹۹ چند واحد راکد احیا شد؟", "اشتغالش چی؟", TODAY, 26000),
    ("در بهار امسال چند واحد در استان مرکزی به بهره برداری رسید؟", "اشتغالش چی؟", (1395, 5, 1), 865),
    ("در بهار امسال چند واحد در استان مرکزی به بهره برداری رسید؟", "سرمایه گذاری چطور؟", (1395, 5, 1),
     645181e6),
])
async def test_follow_up_answers_in_context(full_db, first, follow, today, value):
    """Alone the follow-up means nothing; after the first question it has one answer."""
    engine, conversation = AnswerEngine(full_db), Conversation()
    assert (await engine.answer(first, today, conversation)).answered
    answer = await engine.answer(follow, today, conversation)
    assert (answer.answered, answer.value) == (True, value)


async def test_a_new_full_question_is_not_merged_with_the_last(full_db):
    """After a question about Markazi in 1395, a full question about the country in 1399 is answered as asked."""
    engine, conversation = AnswerEngine(full_db), Conversation()
    await engine.answer("در بهار امسال چند واحد در استان مرکزی به بهره برداری رسید؟", (1395, 5, 1), conversation)
    answer = await engine.answer("سال ۱۳۹۹ چند واحد راکد احیا شد؟", TODAY, conversation)
    assert (answer.answered, answer.value) == (True, 1557)


@pytest.mark.parametrize("before", [None, "آخرین خبرها"])
async def test_a_follow_up_with_nothing_to_continue_is_told_to_ask_in_full(full_db, before):
    """No figure of its own: a clear request to ask the whole question, also after a question of another kind."""
    engine, conversation = AnswerEngine(full_db), Conversation()
    if before:
        await engine.answer(before, TODAY, conversation)
    answer = await engine.answer("و سال قبلش؟", TODAY, conversation)
    assert (answer.answered, answer.text) == (False, nothing_to_continue(None))


async def test_a_follow_up_without_an_answer_keeps_the_last_figure_as_context(full_db):
    """«و سال قبلش؟» finds nothing for 1398; «اشتغالش چی؟» then still asks about the 1399 figure given."""
    engine, conversation = AnswerEngine(full_db), Conversation()
    await engine.answer("سال ۱۳۹۹ چند واحد راکد احیا شد؟", TODAY, conversation)
    assert not (await engine.answer("و سال قبلش؟", TODAY, conversation)).answered
    assert (await engine.answer("اشتغالش چی؟", TODAY, conversation)).value == 26000


async def test_after_a_chip_the_chat_goes_on_from_the_chips_answer(full_db):
    """«سال قبلش؟» pressed under the 1403 figure shows 1402; «و سال قبلش؟» typed next asks 1401."""
    engine, conversation = AnswerEngine(full_db), Conversation()
    pressed = await follow_up(engine, "امسال چند هکتار زمین در لرستان واگذار شد؟", "prev", (1403, 12, 25),
                              conversation)
    typed = await engine.answer("و سال قبلش؟", (1403, 12, 25), conversation)
    assert (pressed.value, typed.answered) == (165, False) and "۱۴۰۱" in typed.text


def test_a_conversation_survives_being_written_as_text():
    """What is stored is read back equal."""
    conversation = _after("امسال چند هکتار زمین در لرستان واگذار شد؟", Y1399)
    assert Conversation.from_state(conversation.to_state()) == conversation


@pytest.mark.parametrize("state", ["not json", '{"last": {"text": 1}}', '[1, 2]', '{"anchor": {"start": "x"}}'])
def test_an_unreadable_stored_conversation_is_no_conversation(state):
    """A state another version wrote, or a damaged one, is logged and read as none, never a crash."""
    assert Conversation.from_state(state) == Conversation()


async def test_the_context_is_per_chat_and_forgotten_after_the_time_limit(seed_db):
    """Chat 1's context is not chat 2's, and after REMEMBER_FOR seconds it is gone."""
    conversation = _after("سال ۱۳۹۹ چند واحد راکد احیا شد؟", Y1399)
    await keep(seed_db, 1, conversation, now=1000.0)
    assert await recall(seed_db, 1, now=1000.0 + REMEMBER_FOR) == conversation
    assert await recall(seed_db, 2, now=1000.0) == Conversation()
    assert await recall(seed_db, 1, now=1001.0 + REMEMBER_FOR) == Conversation()


def test_follow_up_survives_a_restart_of_the_bot(templates, tmp_path):
    """Asked through Telegram, the bot stopped and started again on the same database: «و سال قبلش؟» is the
    year before the figure given before the restart; another chat, with no context, is asked to ask in full."""
    path = tmp_path / "bot.db"
    shutil.copyfile(templates["full"], path)
    chat = 5001
    with running_bot(path, 1001) as bot:
        bot.say(chat, "سرمایه گذاری ۹ ماهه ۱۴۰۴ در شهرکهای دولتی چقدر بوده؟")
        bot.wait_for(lambda m: m["chat"]["id"] == chat and "۴۹۰ هزار میلیارد ریال" in m.get("text", ""))
    with running_bot(path, 1001) as bot:
        bot.say(chat, "و سال قبلش؟")
        answer = bot.wait_for(lambda m: m["chat"]["id"] == chat)
        bot.say(chat + 1, "و سال قبلش؟")
        alone = bot.wait_for(lambda m: m["chat"]["id"] == chat + 1)
    assert "۴۱۰ هزار میلیارد ریال" in answer["text"] and "۹ ماهه نخست ۱۴۰۳" in answer["text"]
    assert alone["text"] == nothing_to_continue(None)
