"""Answers remembered between questions (db.memo) never outlive the facts they were worked out from."""
import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.followup import Conversation
from bot.chart.charts import Charts
from bot.chips import answerable_chips
from bot.ingest import ingest
from bot.release import parse_release
from bot.teaching import answer_taught, teach
from db import charts as chart_store
from db import memo, paraphrases, releases
from db.connection import Database

ASKED = "سال ۱۴۰۰ چند واحد راکد احیا شد؟"
TODAY = (1401, 2, 1)
NEW_RELEASE = ("---\ndate: 1401-01-20\ntitle: احیای ۹۱۲ واحد راکد در سال ۱۴۰۰\n---\n"
               "مدیرعامل سازمان صنایع کوچک و شهرک‌های صنعتی ایران گفت: در سال ۱۴۰۰ تعداد ۹۱۲ واحد صنعتی راکد"
               " در شهرک‌ها و نواحی صنعتی کشور احیا شد و به چرخه تولید بازگشت.\n")


async def test_a_release_stored_here_is_answered_at_once(seed_db):
    """Asked before a release is stored, the question is refused; asked right after, the release answers it."""
    engine = AnswerEngine(seed_db)
    assert (await engine.answer(ASKED, TODAY)).answered is False
    await ingest(seed_db, parse_release(NEW_RELEASE))
    answer = await engine.answer(ASKED, TODAY)
    assert (answer.answered, answer.value) == (True, 912)


async def test_a_release_stored_by_another_process_is_answered(seed_db, monkeypatch):
    """A release stored through another connection (a command-line ingest into the bot's database) is seen
    when the facts' version is next read."""
    monkeypatch.setattr(memo, "RECHECK_EVERY", 0.0)  # the testing switch: no second's wait
    engine = AnswerEngine(seed_db)
    assert (await engine.answer(ASKED, TODAY)).answered is False
    other = await Database.open(seed_db.path)
    try:
        await ingest(other, parse_release(NEW_RELEASE))
    finally:
        await other.close()
    assert (await engine.answer(ASKED, TODAY)).value == 912


@pytest.mark.parametrize("question", ["سال ۱۳۹۹ چند واحد راکد احیا شد؟", "پارسال چند واحد احیا شد",
                                      "قیمت دلار چنده", "علل توقف تولید چیست؟", "سال ۹۵ چند واحد راکد احیا شد؟"])
async def test_a_remembered_answer_is_the_answer_worked_out_afresh(full_db, question):
    """Asked twice, a question gets what an engine that remembers nothing gives, chips and chart included."""
    today = (1404, 9, 5)
    remembering, fresh = AnswerEngine(full_db), AnswerEngine(full_db, remember=0)
    await remembering.answer(question, today)
    again, afresh = await remembering.answer(question, today), await fresh.answer(question, today)
    assert (again.text, again.answered, again.value, again.choices) == (
        afresh.text, afresh.answered, afresh.value, afresh.choices)
    assert await answerable_chips(remembering, again, today) == await answerable_chips(fresh, afresh, today)
    assert await remembering.series(again, today) == await fresh.series(afresh, today)


async def test_a_caller_changing_its_answer_does_not_change_the_next_one(seed_db):
    """Each asker gets its own copy of a remembered answer."""
    engine = AnswerEngine(seed_db)
    first = await engine.answer("سال ۱۳۹۹ چند واحد راکد احیا شد؟", (1400, 5, 1))
    first.text = "changed"
    assert (await engine.answer("سال ۱۳۹۹ چند واحد راکد احیا شد؟", (1400, 5, 1))).text != "changed"


async def test_a_follow_up_after_a_remembered_answer_continues_it(full_db):
    """The conversation learns the question even when its answer was remembered: «و سال قبلش؟» follows it."""
    engine, today = AnswerEngine(full_db), (1400, 5, 1)
    await engine.answer("سال ۱۳۹۹ چند واحد راکد احیا شد؟", today)
    conversation = Conversation()
    await engine.answer("سال ۱۳۹۹ چند واحد راکد احیا شد؟", today, conversation)
    follow = await engine.answer("و سال قبلش؟", today, conversation)
    assert follow.period == (await engine.answer("سال ۱۳۹۸ چند واحد راکد احیا شد؟", today)).period


async def test_the_same_chart_offered_twice_has_one_id(full_db):
    """A popular answer's chart is stored once: offered again, it has the id it was given."""
    engine = AnswerEngine(full_db)
    answer = await engine.answer("سرمایه گذاری ۹ ماهه امسال در شهرکهای دولتی چقدر بوده؟", (1404, 10, 20))
    first = await Charts(full_db, engine).offer(answer, (1404, 10, 20))
    assert first is not None
    assert await Charts(full_db, engine).offer(answer, (1404, 10, 20)) == first
    assert (await chart_store.chart_series(full_db, first))[1] == answer.fact_id


NEW_WORD = ("---\ndate: 1401-01-25\ntitle: تشکیل کنسرسیوم‌های صادراتی\n---\n"
            "مدیرعامل سازمان صنایع کوچک و شهرک‌های صنعتی ایران گفت: در سال ۱۴۰۰ تعداد ۲۳ کنسرسیوم صادراتی"
            " در کشور تشکیل شد.\n")


async def test_a_word_first_used_by_a_new_release_is_known_at_once(seed_db):
    """A word no release had used is named as unknown; once a release uses it, the next question is answered."""
    engine, asked = AnswerEngine(seed_db), "سال ۱۴۰۰ چند کنسرسیوم صادراتی تشکیل شد؟"
    assert (await engine.answer(asked, TODAY)).answered is False
    await ingest(seed_db, parse_release(NEW_WORD))
    answer = await engine.answer(asked, TODAY)
    assert (answer.answered, answer.value) == (True, 23)


async def test_a_teaching_by_another_process_is_applied(seed_db, monkeypatch):
    """Teachings are kept in memory, yet one taught or undone through another connection is seen."""
    monkeypatch.setattr(paraphrases, "RECHECK_EVERY", 0.0)  # the testing switch: no second's wait
    engine, refused = AnswerEngine(seed_db), "سال ۹۹ چند تا کارگاه تعطیل دوباره باز شد"
    assert await answer_taught(engine, seed_db, refused, (1400, 5, 1)) is None
    fact_id = next(f.id for f in await releases.all_facts(seed_db) if f.value == 1557 and f.period)
    other = await Database.open(seed_db.path)
    try:
        taught = await teach(other, refused, None, fact_id, None, (1400, 5, 1))
        assert (await answer_taught(engine, seed_db, refused, (1400, 5, 1))).value == 1557
        await paraphrases.undo(other, taught)
    finally:
        await other.close()
    assert await answer_taught(engine, seed_db, refused, (1400, 5, 1)) is None
